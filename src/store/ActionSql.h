#pragma once

#include <QString>

// core/ActionRules.h as SQL conditions on the `actions` table, under the alias `a`.
namespace ActionSql {

// Still to be done.
inline QString outstanding()
{
    return QStringLiteral("a.status IN ('open', 'in progress')");
}

// Has a due date (imported actions may hold an empty one).
inline QString dated()
{
    return QStringLiteral("a.due_date IS NOT NULL AND a.due_date <> ''");
}

// Outstanding and due before the day bound to its one `?` (an ISO date).
inline QString overdue()
{
    return outstanding() + QStringLiteral(" AND ") + dated() + QStringLiteral(" AND a.due_date < ?");
}

// Outstanding and due from the first bound day to the second, both included.
inline QString dueBetween()
{
    return outstanding() + QStringLiteral(" AND ") + dated() +
           QStringLiteral(" AND a.due_date >= ? AND a.due_date <= ?");
}

} // namespace ActionSql
