#include "Role.h"

#include <QCoreApplication>
#include <QSet>

namespace Roles {

QString code(Role role)
{
    switch (role) {
    case Role::Member:
        return QStringLiteral("member");
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::Officer:
        return QStringLiteral("officer");
    case Role::Administrator:
        return QStringLiteral("administrator");
    }
    return QString();
}

Role fromCode(const QString& code, bool* ok)
{
    if (ok)
        *ok = true;
    if (code == QLatin1String("clerk"))
        return Role::Clerk;
    if (code == QLatin1String("officer"))
        return Role::Officer;
    if (code == QLatin1String("administrator"))
        return Role::Administrator;
    if (ok)
        *ok = code == QLatin1String("member");
    return Role::Member;
}

QString displayName(Role role)
{
    switch (role) {
    case Role::Member:
        return QCoreApplication::translate("Roles", "Member");
    case Role::Clerk:
        return QCoreApplication::translate("Roles", "Clerk");
    case Role::Officer:
        return QCoreApplication::translate("Roles", "Officer");
    case Role::Administrator:
        return QCoreApplication::translate("Roles", "Administrator");
    }
    return QString();
}

namespace {

const QSet<QString>& minutesTables()
{
    static const QSet<QString> t = {
        QStringLiteral("committees"),   QStringLiteral("people"),        QStringLiteral("committee_members"),
        QStringLiteral("meetings"),     QStringLiteral("attendance"),    QStringLiteral("agenda_items"),
        QStringLiteral("declarations"), QStringLiteral("documents"),     QStringLiteral("resolutions"),
        QStringLiteral("actions"),      QStringLiteral("action_updates")};
    return t;
}

const QSet<QString>& planTables()
{
    static const QSet<QString> t = {
        QStringLiteral("improvement_plans"), QStringLiteral("priorities"),
        QStringLiteral("recommendations"),   QStringLiteral("priority_recommendations"),
        QStringLiteral("milestones"),        QStringLiteral("rating_changes"),
        QStringLiteral("rating_schemes"),    QStringLiteral("rating_statuses")};
    return t;
}

const QSet<QString>& figureTables()
{
    static const QSet<QString> t = {QStringLiteral("indicators"), QStringLiteral("indicator_values"),
                                    QStringLiteral("teams"), QStringLiteral("indicator_priorities")};
    return t;
}

} // namespace

bool mayWrite(Role role, const QString& table)
{
    if (table == QLatin1String("notes"))
        return true; // every role keeps private notes; the store limits them to their author
    switch (role) {
    case Role::Administrator:
        return true;
    case Role::Clerk:
        return minutesTables().contains(table) || planTables().contains(table);
    case Role::Officer:
        return planTables().contains(table) || figureTables().contains(table) ||
               table == QLatin1String("action_updates");
    case Role::Member:
        return false;
    }
    return false;
}

bool mayRecordMinutes(Role role)
{
    return mayWrite(role, QStringLiteral("resolutions"));
}
bool mayChangeRatings(Role role)
{
    return mayWrite(role, QStringLiteral("rating_changes"));
}
bool mayEnterFigures(Role role)
{
    return mayWrite(role, QStringLiteral("indicator_values"));
}
bool mayManageUsers(Role role)
{
    return role == Role::Administrator;
}

} // namespace Roles
