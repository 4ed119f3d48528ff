#include "BriefingQueries.h"

#include "ActionSql.h"
#include "Database.h"
#include "StoreSql.h"

BriefingQueries::Meeting BriefingQueries::meeting(qint64 meetingId) const
{
    Meeting m;
    QSqlQuery q = StoreSql::exec(
        m_db,
        QStringLiteral(
            "SELECT m.id, m.committee_id, c.name, m.venue, m.title, m.status, m.starts_at, c.short_name "
            "FROM meetings m JOIN committees c ON c.id = m.committee_id WHERE m.id = ?"),
        {meetingId});
    if (!q.next())
        return m;
    m.id = q.value(0).toLongLong();
    m.committeeId = q.value(1).toLongLong();
    m.committee = q.value(2).toString();
    m.venue = q.value(3).toString();
    m.title = q.value(4).toString();
    m.status = q.value(5).toString();
    m.committeeShort = q.value(7).toString();
    const QString at = q.value(6).toString();
    m.startsAt = QDateTime::fromString(at, Qt::ISODate);
    if (!m.startsAt.isValid())
        m.startsAt = QDateTime(QDate::fromString(at.left(10), Qt::ISODate), QTime());
    return m;
}

QSet<qint64> BriefingQueries::exemptActionIds(qint64 committeeId) const
{
    QSet<qint64> ids;
    QSqlQuery q = StoreSql::exec(
        m_db,
        QStringLiteral("SELECT a.id FROM actions a JOIN agenda_items i ON i.id = a.item_id "
                       "JOIN meetings m ON m.id = i.meeting_id WHERE m.committee_id = ? AND i.exempt = 1"),
        {committeeId});
    while (q.next())
        ids.insert(q.value(0).toLongLong());
    return ids;
}

QList<BriefingQueries::Action> BriefingQueries::openActionsAt(qint64 meetingId) const
{
    QList<Action> out;
    QSqlQuery q = StoreSql::exec(
        m_db,
        QStringLiteral(
            "SELECT a.id, a.reference, a.text, a.owner, a.due_date, COALESCE(i.exempt, 0), "
            // The person the owner names, by name first, else by post: the other of the two.
            "COALESCE((SELECT job_title FROM people WHERE name = a.owner AND job_title <> '' LIMIT 1), "
            "(SELECT name FROM people WHERE job_title = a.owner LIMIT 1)) FROM actions a "
            "JOIN meetings am ON am.id = a.meeting_id JOIN meetings m ON m.id = ? AND m.committee_id = "
            "am.committee_id "
            "LEFT JOIN agenda_items i ON i.id = a.item_id "
            "WHERE am.starts_at <= m.starts_at AND a.status <> 'cancelled' "
            "AND (") +
            ActionSql::outstanding() +
            QStringLiteral(" OR (a.status = 'done' AND a.completed_on > substr(m.starts_at, 1, 10))) "
                           "ORDER BY a.due_date IS NULL, a.due_date, a.id"),
        {meetingId});
    while (q.next()) {
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(6).toString().trimmed(),
                    QDate::fromString(q.value(4).toString(), Qt::ISODate), q.value(5).toBool()});
    }
    return out;
}
