#include "MeetingRepository.h"

#include "Database.h"

#include <QHash>

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

const QString kMeetingSelect = QStringLiteral("SELECT m.id, m.committee_id, c.name, c.short_name, c.council, "
                                              "m.starts_at, m.venue, m.title, m.status, m.contact "
                                              "FROM meetings m JOIN committees c ON c.id = m.committee_id ");

MeetingRepository::Meeting readMeeting(const QVariantMap& r)
{
    MeetingRepository::Meeting m;
    m.id = r.value(QStringLiteral("id")).toLongLong();
    m.committeeId = r.value(QStringLiteral("committee_id")).toLongLong();
    m.committee = r.value(QStringLiteral("name")).toString();
    m.committeeShort = r.value(QStringLiteral("short_name")).toString();
    m.council = r.value(QStringLiteral("council")).toString();
    m.startsAt = isoDateTime(r.value(QStringLiteral("starts_at")));
    m.venue = r.value(QStringLiteral("venue")).toString();
    m.title = r.value(QStringLiteral("title")).toString();
    m.status = r.value(QStringLiteral("status")).toString();
    m.contact = r.value(QStringLiteral("contact")).toString();
    return m;
}

} // namespace

QList<MeetingRepository::Meeting> MeetingRepository::meetings(qint64 committeeId) const
{
    QList<Meeting> out;
    const QString order = QStringLiteral(" ORDER BY m.starts_at DESC, m.id DESC");
    const auto rows =
        committeeId > 0
            ? m_db.rows(kMeetingSelect + QStringLiteral("WHERE m.committee_id = ?") + order, {committeeId})
            : m_db.rows(kMeetingSelect + order);
    for (const QVariantMap& r : rows)
        out << readMeeting(r);
    return out;
}

MeetingRepository::Meeting MeetingRepository::meeting(qint64 meetingId) const
{
    const auto rows = m_db.rows(kMeetingSelect + QStringLiteral("WHERE m.id = ?"), {meetingId});
    return rows.isEmpty() ? Meeting() : readMeeting(rows.first());
}

MeetingRepository::Minutes MeetingRepository::minutes(qint64 meetingId, bool withExempt) const
{
    Minutes out;
    out.meeting = meeting(meetingId);
    if (!out.meeting.id)
        return out;

    const auto people = m_db.rows(
        QStringLiteral(
            "SELECT p.name, p.kind, a.status, s.name AS substitute_for, a.capacity FROM attendance a "
            "JOIN people p ON p.id = a.person_id LEFT JOIN people s ON s.id = a.substitute_for_id "
            "WHERE a.meeting_id = ? ORDER BY CASE a.status WHEN 'present' THEN 0 WHEN 'substitute' THEN 1 "
            "WHEN 'apologies' THEN 2 WHEN 'absent' THEN 3 ELSE 4 END, p.name"),
        {meetingId});
    for (const QVariantMap& r : people)
        out.attendance << Attendee{r.value(QStringLiteral("name")).toString(),
                                   r.value(QStringLiteral("kind")).toString(),
                                   r.value(QStringLiteral("status")).toString(),
                                   r.value(QStringLiteral("substitute_for")).toString(),
                                   r.value(QStringLiteral("capacity")).toString()};

    QHash<qint64, int> index;
    const auto items =
        m_db.rows(QStringLiteral("SELECT id, minute_number, title, minutes_text, exempt FROM agenda_items "
                                 "WHERE meeting_id = ? ORDER BY sort_key, position, id"),
                  {meetingId});
    for (const QVariantMap& r : items) {
        Item item;
        item.id = r.value(QStringLiteral("id")).toLongLong();
        item.number = r.value(QStringLiteral("minute_number")).toString();
        item.title = r.value(QStringLiteral("title")).toString();
        item.text = r.value(QStringLiteral("minutes_text")).toString();
        item.exempt = r.value(QStringLiteral("exempt")).toInt() != 0;
        if (item.exempt && !withExempt)
            continue;
        index.insert(item.id, int(out.items.size()));
        out.items << item;
    }

    const auto resolutions = m_db.rows(QStringLiteral("SELECT r.id, r.item_id, r.number, r.text FROM "
                                                      "resolutions r JOIN agenda_items i ON i.id = r.item_id "
                                                      "WHERE i.meeting_id = ? ORDER BY r.item_id, r.number"),
                                       {meetingId});
    for (const QVariantMap& r : resolutions) {
        const auto it = index.constFind(r.value(QStringLiteral("item_id")).toLongLong());
        if (it == index.constEnd())
            continue;
        out.items[*it].resolutions << Resolution{r.value(QStringLiteral("id")).toLongLong(),
                                                 r.value(QStringLiteral("number")).toInt(),
                                                 r.value(QStringLiteral("text")).toString()};
    }

    const auto actions = m_db.rows(
        QStringLiteral(
            "SELECT id, item_id, resolution_id, reference, text, owner, status, due_date FROM actions "
            "WHERE meeting_id = ? ORDER BY item_id, resolution_id, id"),
        {meetingId});
    for (const QVariantMap& r : actions) {
        const auto it = index.constFind(r.value(QStringLiteral("item_id")).toLongLong());
        if (it == index.constEnd())
            continue;
        Action a;
        a.id = r.value(QStringLiteral("id")).toLongLong();
        a.resolutionId = r.value(QStringLiteral("resolution_id")).toLongLong();
        a.reference = r.value(QStringLiteral("reference")).toString();
        a.text = r.value(QStringLiteral("text")).toString();
        a.owner = r.value(QStringLiteral("owner")).toString();
        a.status = r.value(QStringLiteral("status")).toString();
        a.due = isoDate(r.value(QStringLiteral("due_date")));
        out.items[*it].actions << a;
    }

    const auto declarations = m_db.rows(
        QStringLiteral("SELECT d.item_id, p.name, d.interest_type, d.nature FROM declarations d "
                       "JOIN people p ON p.id = d.person_id WHERE d.meeting_id = ? ORDER BY p.name, d.id"),
        {meetingId});
    for (const QVariantMap& r : declarations) {
        const qint64 itemId = r.value(QStringLiteral("item_id")).toLongLong();
        if (itemId && !index.contains(itemId))
            continue; // declared on an exempt item that is left out
        out.declarations << Declaration{itemId, r.value(QStringLiteral("name")).toString(),
                                        r.value(QStringLiteral("interest_type")).toString(),
                                        r.value(QStringLiteral("nature")).toString()};
    }
    return out;
}
