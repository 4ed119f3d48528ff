#include "MeetingRepository.h"

#include "Database.h"
#include "StoreSql.h"

#include <QHash>
#include <QSet>

namespace {

QDate isoDate(const QVariant& v)
{
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}

QDateTime isoDateTime(const QVariant& v)
{
    const QString s = v.toString();
    QDateTime t = QDateTime::fromString(s.left(16), QStringLiteral("yyyy-MM-ddTHH:mm"));
    if (!t.isValid())
        t = QDateTime(isoDate(s), QTime());
    return t;
}

QString text(const QVariantMap& r, const char* column)
{
    return r.value(QLatin1String(column)).toString();
}
qint64 id(const QVariantMap& r, const char* column)
{
    return r.value(QLatin1String(column)).toLongLong();
}

const QString kMeetingSelect = QStringLiteral("SELECT m.id, m.committee_id, c.name, c.short_name, c.council, "
                                              "m.starts_at, m.venue, m.title, m.status, m.contact "
                                              "FROM meetings m JOIN committees c ON c.id = m.committee_id ");

MeetingRepository::Meeting readMeeting(const QVariantMap& r)
{
    MeetingRepository::Meeting m;
    m.id = id(r, "id");
    m.committeeId = id(r, "committee_id");
    m.committee = text(r, "name");
    m.committeeShort = text(r, "short_name");
    m.council = text(r, "council");
    m.startsAt = isoDateTime(r.value(QStringLiteral("starts_at")));
    m.venue = text(r, "venue");
    m.title = text(r, "title");
    m.status = text(r, "status");
    m.contact = text(r, "contact");
    return m;
}

} // namespace

QList<MeetingRepository::Meeting> MeetingRepository::meetings(qint64 committeeId) const
{
    QList<Meeting> out;
    const QString order = QStringLiteral(" ORDER BY m.starts_at DESC, m.id DESC");
    const auto rows =
        committeeId > 0
            ? StoreSql::rows(m_db, kMeetingSelect + QStringLiteral("WHERE m.committee_id = ?") + order,
                             {committeeId})
            : StoreSql::rows(m_db, kMeetingSelect + order);
    for (const QVariantMap& r : rows)
        out << readMeeting(r);
    return out;
}

MeetingRepository::Meeting MeetingRepository::meeting(qint64 meetingId) const
{
    const auto rows = StoreSql::rows(m_db, kMeetingSelect + QStringLiteral("WHERE m.id = ?"), {meetingId});
    return rows.isEmpty() ? Meeting() : readMeeting(rows.first());
}

QList<MeetingRepository::Attendee> MeetingRepository::attendance(qint64 meetingId) const
{
    QList<Attendee> out;
    const auto people = StoreSql::rows(
        m_db,
        QStringLiteral(
            "SELECT p.id, p.name, p.kind, a.status, a.substitute_for_id, s.name AS substitute_for, "
            "a.capacity "
            "FROM attendance a JOIN people p ON p.id = a.person_id LEFT JOIN people s ON s.id = "
            "a.substitute_for_id "
            "WHERE a.meeting_id = ? ORDER BY CASE a.status WHEN 'present' THEN 0 WHEN 'substitute' THEN 1 "
            "WHEN 'apologies' THEN 2 WHEN 'absent' THEN 3 ELSE 4 END, p.name"),
        {meetingId});
    for (const QVariantMap& r : people)
        out << Attendee{text(r, "name"),           text(r, "kind"),     text(r, "status"),
                        text(r, "substitute_for"), text(r, "capacity"), id(r, "id"),
                        id(r, "substitute_for_id")};
    return out;
}

QList<MeetingRepository::Item> MeetingRepository::items(qint64 meetingId, bool withExempt,
                                                        ItemOrder order) const
{
    QList<Item> out;
    QHash<qint64, int> index;
    const auto items = StoreSql::rows(
        m_db,
        order == ItemOrder::Agenda
            ? QStringLiteral(
                  "SELECT id, minute_number, title, minutes_text, exempt, position FROM agenda_items "
                  "WHERE meeting_id = ? ORDER BY position, sort_key, id")
            : QStringLiteral(
                  "SELECT id, minute_number, title, minutes_text, exempt, position FROM agenda_items "
                  "WHERE meeting_id = ? ORDER BY sort_key, position, id"),
        {meetingId});
    for (const QVariantMap& r : items) {
        Item item;
        item.id = id(r, "id");
        item.number = text(r, "minute_number");
        item.title = text(r, "title");
        item.text = text(r, "minutes_text");
        item.exempt = r.value(QStringLiteral("exempt")).toInt() != 0;
        item.position = r.value(QStringLiteral("position")).toInt();
        if (item.exempt && !withExempt)
            continue;
        index.insert(item.id, int(out.size()));
        out << item;
    }

    const auto resolutions =
        StoreSql::rows(m_db,
                       QStringLiteral("SELECT r.id, r.item_id, r.number, r.text FROM "
                                      "resolutions r JOIN agenda_items i ON i.id = r.item_id "
                                      "WHERE i.meeting_id = ? ORDER BY r.item_id, r.number"),
                       {meetingId});
    for (const QVariantMap& r : resolutions) {
        const auto it = index.constFind(id(r, "item_id"));
        if (it != index.constEnd())
            out[*it].resolutions << Resolution{id(r, "id"), r.value(QStringLiteral("number")).toInt(),
                                               text(r, "text")};
    }

    const auto actions = StoreSql::rows(
        m_db,
        QStringLiteral(
            "SELECT id, item_id, resolution_id, reference, text, owner, status, due_date FROM actions "
            "WHERE meeting_id = ? ORDER BY item_id, resolution_id, id"),
        {meetingId});
    for (const QVariantMap& r : actions) {
        const auto it = index.constFind(id(r, "item_id"));
        if (it != index.constEnd())
            out[*it].actions << Action{id(r, "id"),
                                       id(r, "resolution_id"),
                                       text(r, "reference"),
                                       text(r, "text"),
                                       text(r, "owner"),
                                       text(r, "status"),
                                       isoDate(r.value(QStringLiteral("due_date")))};
    }
    return out;
}

QList<MeetingRepository::Declaration> MeetingRepository::declarations(qint64 meetingId) const
{
    QList<Declaration> out;
    const auto rows = StoreSql::rows(
        m_db,
        QStringLiteral(
            "SELECT d.id, d.item_id, d.person_id, p.name, d.interest_type, d.nature FROM declarations d "
            "JOIN people p ON p.id = d.person_id WHERE d.meeting_id = ? ORDER BY p.name, d.id"),
        {meetingId});
    for (const QVariantMap& r : rows)
        out << Declaration{id(r, "item_id"),  text(r, "name"), text(r, "interest_type"),
                           text(r, "nature"), id(r, "id"),     id(r, "person_id")};
    return out;
}

MeetingRepository::Minutes MeetingRepository::minutes(qint64 meetingId, bool withExempt) const
{
    Minutes out;
    out.meeting = meeting(meetingId);
    if (!out.meeting.id)
        return out;
    out.attendance = attendance(meetingId);
    out.items = items(meetingId, withExempt);
    QSet<qint64> shown;
    for (const Item& i : std::as_const(out.items))
        shown.insert(i.id);
    for (const Declaration& d : declarations(meetingId))
        if (!d.itemId || shown.contains(d.itemId)) // not those declared on an exempt item that is left out
            out.declarations << d;
    return out;
}
