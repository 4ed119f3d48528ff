#include "MinutesRepository.h"

#include "Database.h"
#include "core/MinuteNumber.h"

#include <QCoreApplication>

qint64 MinutesRepository::createMeeting(qint64 committeeId, const QDateTime& startsAt, const QString& venue)
{
    return m_db.insert(QStringLiteral("meetings"), {{QStringLiteral("committee_id"), committeeId},
                                                    {QStringLiteral("starts_at"), startsAt.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm"))},
                                                    {QStringLiteral("venue"), venue},
                                                    {QStringLiteral("status"), QStringLiteral("scheduled")}});
}

QDateTime MinutesRepository::meetingStart(qint64 meetingId) const
{
    return QDateTime::fromString(m_db.scalar(QStringLiteral("SELECT starts_at FROM meetings WHERE id = ?"), {meetingId}).toString(), Qt::ISODate);
}

qint64 MinutesRepository::committeeOf(qint64 meetingId) const
{
    return m_db.scalar(QStringLiteral("SELECT committee_id FROM meetings WHERE id = ?"), {meetingId}).toLongLong();
}

QList<MinutesRepository::Attendee> MinutesRepository::attendance(qint64 meetingId) const
{
    QList<Attendee> out;
    QSqlQuery q = m_db.exec(QStringLiteral(
        "SELECT p.id, p.name, p.kind, (SELECT a.status FROM attendance a WHERE a.meeting_id = ? AND a.person_id = p.id) "
        "FROM people p WHERE p.id IN (SELECT person_id FROM committee_members WHERE committee_id = "
        "(SELECT committee_id FROM meetings WHERE id = ?)) OR p.id IN (SELECT person_id FROM attendance WHERE meeting_id = ?) "
        "ORDER BY CASE p.kind WHEN 'member' THEN 0 WHEN 'co-opted' THEN 1 ELSE 2 END, p.name"),
        {meetingId, meetingId, meetingId});
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return out;
}

void MinutesRepository::setAttendance(qint64 meetingId, qint64 personId, const QString& status)
{
    Database::Transaction t(m_db);
    const QVariant id = m_db.scalar(QStringLiteral("SELECT id FROM attendance WHERE meeting_id = ? AND person_id = ?"), {meetingId, personId});
    if (status.isEmpty()) {
        if (id.isValid())
            m_db.remove(QStringLiteral("attendance"), id.toLongLong());
    } else if (id.isValid()) {
        m_db.update(QStringLiteral("attendance"), id.toLongLong(), {{QStringLiteral("status"), status}});
    } else {
        m_db.insert(QStringLiteral("attendance"), {{QStringLiteral("meeting_id"), meetingId}, {QStringLiteral("person_id"), personId},
                                                   {QStringLiteral("status"), status}});
    }
    t.commit();
}

QList<MinutesRepository::Item> MinutesRepository::items(qint64 meetingId) const
{
    QList<Item> out;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, minute_number, title, minutes_text, exempt, position FROM agenda_items "
                                           "WHERE meeting_id = ? ORDER BY sort_key, position, id"),
                            {meetingId});
    while (q.next()) {
        Item item{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                  q.value(4).toBool(), q.value(5).toInt(), {}, {}};
        QSqlQuery r = m_db.exec(QStringLiteral("SELECT id, number, text FROM resolutions WHERE item_id = ? ORDER BY number"), {item.id});
        while (r.next())
            item.resolutions.append({r.value(0).toLongLong(), r.value(1).toInt(), r.value(2).toString()});
        QSqlQuery a = m_db.exec(QStringLiteral("SELECT id, resolution_id, text, owner, due_date FROM actions WHERE item_id = ? ORDER BY id"), {item.id});
        while (a.next())
            item.actions.append({a.value(0).toLongLong(), a.value(1).toLongLong(), a.value(2).toString(), a.value(3).toString(),
                                 QDate::fromString(a.value(4).toString(), Qt::ISODate)});
        out.append(item);
    }
    return out;
}

QString MinutesRepository::suggestNextNumber(qint64 meetingId) const
{
    const QDate date = meetingStart(meetingId).date();
    // The municipal year starts in May.
    const QDate yearStart(date.month() >= 5 ? date.year() : date.year() - 1, 5, 1);
    const auto rows = m_db.rows(QStringLiteral("SELECT i.minute_number FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id "
                                               "WHERE m.committee_id = ? AND m.starts_at >= ? AND m.starts_at <= ? AND i.minute_number IS NOT NULL "
                                               "AND i.minute_number <> ''"),
                                {committeeOf(meetingId), yearStart.toString(Qt::ISODate), meetingStart(meetingId).toString(Qt::ISODate)});
    QString highest;
    for (const QVariantMap& r : rows) {
        const QString n = r.value(QStringLiteral("minute_number")).toString();
        if (highest.isEmpty() || MinuteNumber::compare(n, highest) > 0)
            highest = n;
    }
    return MinuteNumber::next(highest);
}

qint64 MinutesRepository::addItem(qint64 meetingId, const QString& number, const QString& title, bool exempt, qint64 id)
{
    const int position = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(position), -1) + 1 FROM agenda_items WHERE meeting_id = ?"), {meetingId}).toInt();
    QVariantMap row{{QStringLiteral("meeting_id"), meetingId},
                    {QStringLiteral("minute_number"), MinuteNumber::normalised(number)},
                    {QStringLiteral("sort_key"), MinuteNumber::sortKey(number)},
                    {QStringLiteral("position"), position},
                    {QStringLiteral("title"), title},
                    {QStringLiteral("exempt"), exempt ? 1 : 0}};
    if (id > 0)
        row.insert(QStringLiteral("id"), id); // redo restores the same row
    return m_db.insert(QStringLiteral("agenda_items"), row);
}

void MinutesRepository::updateItem(qint64 itemId, const QString& number, const QString& title, const QString& text, bool exempt)
{
    m_db.update(QStringLiteral("agenda_items"), itemId,
                {{QStringLiteral("minute_number"), MinuteNumber::normalised(number)},
                 {QStringLiteral("sort_key"), MinuteNumber::sortKey(number)},
                 {QStringLiteral("title"), title},
                 {QStringLiteral("minutes_text"), text},
                 {QStringLiteral("exempt"), exempt ? 1 : 0}});
}

void MinutesRepository::removeItem(qint64 itemId) { m_db.remove(QStringLiteral("agenda_items"), itemId); }

qint64 MinutesRepository::addResolution(qint64 itemId, const QString& text, qint64 id)
{
    const int number = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(number), 0) + 1 FROM resolutions WHERE item_id = ?"), {itemId}).toInt();
    QVariantMap row{{QStringLiteral("item_id"), itemId}, {QStringLiteral("number"), number}, {QStringLiteral("text"), text}};
    if (id > 0)
        row.insert(QStringLiteral("id"), id);
    return m_db.insert(QStringLiteral("resolutions"), row);
}

void MinutesRepository::updateResolution(qint64 resolutionId, const QString& text)
{
    m_db.update(QStringLiteral("resolutions"), resolutionId, {{QStringLiteral("text"), text}});
}

void MinutesRepository::removeResolution(qint64 resolutionId) { m_db.remove(QStringLiteral("resolutions"), resolutionId); }

qint64 MinutesRepository::addAction(qint64 itemId, qint64 resolutionId, const QString& text, const QString& owner, const QDate& due, qint64 id)
{
    const auto item = m_db.rows(QStringLiteral("SELECT meeting_id, minute_number FROM agenda_items WHERE id = ?"), {itemId});
    if (item.isEmpty())
        throw StoreError(StoreError::Kind::NotFound, QCoreApplication::translate("MinutesRepository", "The item has been removed."));
    const int number = resolutionId ? m_db.scalar(QStringLiteral("SELECT number FROM resolutions WHERE id = ?"), {resolutionId}).toInt()
                                    : m_db.scalar(QStringLiteral("SELECT COUNT(*) + 1 FROM actions WHERE item_id = ?"), {itemId}).toInt();
    QVariantMap row{{QStringLiteral("meeting_id"), item.first().value(QStringLiteral("meeting_id"))},
                    {QStringLiteral("item_id"), itemId},
                    {QStringLiteral("resolution_id"), resolutionId ? QVariant(resolutionId) : QVariant()},
                    {QStringLiteral("reference"), QStringLiteral("%1/%2").arg(item.first().value(QStringLiteral("minute_number")).toString()).arg(number)},
                    {QStringLiteral("text"), text},
                    {QStringLiteral("owner"), owner},
                    {QStringLiteral("due_date"), due.isValid() ? QVariant(due.toString(Qt::ISODate)) : QVariant()},
                    {QStringLiteral("status"), QStringLiteral("open")},
                    {QStringLiteral("created_on"), QDate::currentDate().toString(Qt::ISODate)}};
    if (id > 0)
        row.insert(QStringLiteral("id"), id);
    return m_db.insert(QStringLiteral("actions"), row);
}

void MinutesRepository::removeAction(qint64 actionId) { m_db.remove(QStringLiteral("actions"), actionId); }

QStringList MinutesRepository::knownOwners() const
{
    QStringList out;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT DISTINCT owner FROM actions WHERE owner IS NOT NULL AND owner <> '' "
                                           "UNION SELECT name FROM people UNION SELECT job_title FROM people WHERE job_title IS NOT NULL ORDER BY 1"));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QDate MinutesRepository::nextMeetingDate(qint64 meetingId) const
{
    const QVariant v = m_db.scalar(QStringLiteral("SELECT n.starts_at FROM meetings n JOIN meetings m ON m.committee_id = n.committee_id "
                                                  "WHERE m.id = ? AND n.starts_at > m.starts_at ORDER BY n.starts_at LIMIT 1"),
                                   {meetingId});
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}
