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

QList<ContextRepository::ItemRow> ContextRepository::items(qint64 meetingId) const
{
    QList<ItemRow> out;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, minute_number, title, minutes_text, report_refs, exempt FROM agenda_items "
                                           "WHERE meeting_id = ? ORDER BY sort_key, position"),
                            {meetingId});
    while (q.next()) {
        ItemRow r{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                  q.value(4).toString(), q.value(5).toBool(), {}, {}};
        QSqlQuery res = m_db.exec(QStringLiteral("SELECT number, text FROM resolutions WHERE item_id = ? ORDER BY number"), {r.id});
        while (res.next())
            r.resolutions.append({res.value(0).toInt(), res.value(1).toString()});
        QSqlQuery act = m_db.exec(QStringLiteral("SELECT text, owner FROM actions WHERE item_id = ? ORDER BY id"), {r.id});
        while (act.next())
            r.actions.append({act.value(0).toString(), act.value(1).toString()});
        out.append(r);
    }
    return out;
}

QList<ContextRepository::AttendanceRow> ContextRepository::attendance(qint64 meetingId) const
{
    QList<AttendanceRow> out;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT p.name, a.status, a.capacity FROM attendance a JOIN people p ON p.id = a.person_id "
                                           "WHERE a.meeting_id = ? ORDER BY CASE a.status WHEN 'present' THEN 0 WHEN 'apologies' "
                                           "THEN 1 ELSE 2 END, p.name"),
                            {meetingId});
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

QList<ContextRepository::ActionRow> ContextRepository::actions() const
{
    QList<ActionRow> out;
    QSqlQuery q = m_db.exec(QStringLiteral(
        "SELECT a.id, a.reference, a.text, a.owner, a.status, c.short_name, a.due_date, m.starts_at, "
        "(SELECT MAX(u.updated_on) FROM action_updates u WHERE u.action_id = a.id) "
        "FROM actions a LEFT JOIN meetings m ON m.id = a.meeting_id LEFT JOIN committees c ON c.id = m.committee_id "
        "ORDER BY m.starts_at DESC, a.id"));
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString(), QDate::fromString(q.value(6).toString(), Qt::ISODate),
                    QDate::fromString(q.value(7).toString().left(10), Qt::ISODate),
                    QDate::fromString(q.value(8).toString().left(10), Qt::ISODate)});
    return out;
}
