#include "ContextRepository.h"

#include "Database.h"

QList<ContextRepository::Committee> ContextRepository::committees() const
{
    QList<Committee> out;
    QSqlQuery q = m_db.exec(QStringLiteral(
        "SELECT c.id, c.name, (SELECT COUNT(*) FROM meetings m WHERE m.committee_id = c.id) "
        "FROM committees c ORDER BY c.name"));
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt()});
    return out;
}

QList<ContextRepository::Meeting> ContextRepository::meetings(qint64 committeeId) const
{
    QList<Meeting> out;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, starts_at, venue, status FROM meetings WHERE committee_id = ? "
                                           "ORDER BY starts_at DESC"),
                            {committeeId});
    while (q.next())
        out.append({q.value(0).toLongLong(), QDateTime::fromString(q.value(1).toString(), Qt::ISODate),
                    q.value(2).toString(), q.value(3).toString()});
    return out;
}

qint64 ContextRepository::currentMeeting(qint64 committeeId, const QDate& today) const
{
    const QVariant next = m_db.scalar(QStringLiteral("SELECT id FROM meetings WHERE committee_id = ? AND starts_at >= ? "
                                                     "ORDER BY starts_at LIMIT 1"),
                                      {committeeId, today.toString(Qt::ISODate)});
    if (next.isValid())
        return next.toLongLong();
    return m_db
        .scalar(QStringLiteral("SELECT id FROM meetings WHERE committee_id = ? ORDER BY starts_at DESC LIMIT 1"),
                {committeeId})
        .toLongLong();
}

int ContextRepository::meetingCount() const { return m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM meetings")).toInt(); }
