#include "ContextRepository.h"

#include "Database.h"
#include "StoreSql.h"

QList<ContextRepository::Committee> ContextRepository::committees() const
{
    QList<Committee> out;
    QSqlQuery q = StoreSql::exec(
        m_db,
        QStringLiteral("SELECT c.id, c.name, (SELECT COUNT(*) FROM meetings m WHERE m.committee_id = c.id) "
                       "FROM committees c ORDER BY c.name"));
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt()});
    return out;
}

QList<ContextRepository::Meeting> ContextRepository::meetings(qint64 committeeId) const
{
    QList<Meeting> out;
    QSqlQuery q = StoreSql::exec(
        m_db,
        QStringLiteral("SELECT id, starts_at, venue, status FROM meetings WHERE committee_id = ? "
                       "ORDER BY starts_at DESC"),
        {committeeId});
    while (q.next())
        out.append({q.value(0).toLongLong(), QDateTime::fromString(q.value(1).toString(), Qt::ISODate),
                    q.value(2).toString(), q.value(3).toString()});
    return out;
}

qint64 ContextRepository::currentMeeting(qint64 committeeId, const QDate& today) const
{
    const QVariant next =
        StoreSql::scalar(m_db,
                         QStringLiteral("SELECT id FROM meetings WHERE committee_id = ? AND starts_at >= ? "
                                        "ORDER BY starts_at LIMIT 1"),
                         {committeeId, today.toString(Qt::ISODate)});
    if (next.isValid())
        return next.toLongLong();
    return StoreSql::scalar(
               m_db,
               QStringLiteral(
                   "SELECT id FROM meetings WHERE committee_id = ? ORDER BY starts_at DESC LIMIT 1"),
               {committeeId})
        .toLongLong();
}

int ContextRepository::meetingCount() const
{
    return StoreSql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM meetings")).toInt();
}

QList<ContextRepository::ItemRow> ContextRepository::items(qint64 meetingId) const
{
    QList<ItemRow> out;
    QSqlQuery q = StoreSql::exec(
        m_db,
        QStringLiteral("SELECT id, minute_number, title, minutes_text, report_refs, exempt FROM agenda_items "
                       "WHERE meeting_id = ? ORDER BY sort_key, position"),
        {meetingId});
    while (q.next()) {
        ItemRow r{q.value(0).toLongLong(),
                  q.value(1).toString(),
                  q.value(2).toString(),
                  q.value(3).toString(),
                  q.value(4).toString(),
                  q.value(5).toBool(),
                  {},
                  {}};
        QSqlQuery res = StoreSql::exec(
            m_db, QStringLiteral("SELECT number, text FROM resolutions WHERE item_id = ? ORDER BY number"),
            {r.id});
        while (res.next())
            r.resolutions.append({res.value(0).toInt(), res.value(1).toString()});
        QSqlQuery act = StoreSql::exec(
            m_db, QStringLiteral("SELECT text, owner FROM actions WHERE item_id = ? ORDER BY id"), {r.id});
        while (act.next())
            r.actions.append({act.value(0).toString(), act.value(1).toString()});
        out.append(r);
    }
    return out;
}

QList<ContextRepository::AttendanceRow> ContextRepository::attendance(qint64 meetingId) const
{
    QList<AttendanceRow> out;
    QSqlQuery q = StoreSql::exec(
        m_db,
        QStringLiteral(
            "SELECT p.name, a.status, a.capacity FROM attendance a JOIN people p ON p.id = a.person_id "
            "WHERE a.meeting_id = ? ORDER BY CASE a.status WHEN 'present' THEN 0 WHEN 'apologies' "
            "THEN 1 ELSE 2 END, p.name"),
        {meetingId});
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

QList<ContextRepository::DocumentRow> ContextRepository::documents(qint64 meetingId) const
{
    QList<DocumentRow> out;
    QSqlQuery q = StoreSql::exec(
        m_db,
        QStringLiteral("SELECT id, file_name, kind, imported_by, imported_at, pages, LENGTH(bytes) "
                       "FROM documents WHERE meeting_id = ? ORDER BY imported_at, id"),
        {meetingId});
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), QDateTime::fromString(q.value(4).toString(), Qt::ISODate),
                    q.value(5).toInt(), q.value(6).toLongLong()});
    return out;
}

QByteArray ContextRepository::documentBytes(qint64 documentId) const
{
    QSqlQuery q =
        StoreSql::exec(m_db, QStringLiteral("SELECT bytes FROM documents WHERE id = ?"), {documentId});
    return q.next() ? q.value(0).toByteArray() : QByteArray();
}
