#pragma once

#include <QDate>
#include <QLatin1String>
#include <QString>

// What the statuses and due date of an action mean, in one place: the action log, the dashboard,
// the briefing pack and the plan's count of open actions all ask these (the store's SQL says the
// same in store/ActionSql.h).
namespace ActionRules {

// Still to be done: open or in progress (not done, not cancelled).
inline bool isOutstanding(const QString& status)
{
    return status == QLatin1String("open") || status == QLatin1String("in progress");
}

// Outstanding with a due date before `asAt`: due on the day itself is not yet overdue, and an
// action with no due date is never overdue.
inline bool isOverdue(const QString& status, const QDate& due, const QDate& asAt)
{
    return isOutstanding(status) && due.isValid() && due < asAt;
}

} // namespace ActionRules
