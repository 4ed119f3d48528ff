#include "MinutesRepository.h"

#include "Database.h"
#include "StoreSql.h"
#include "core/MinuteNumber.h"

#include <QCoreApplication>
#include <algorithm>

namespace {
// The context of this file's strings, the same for tr() at run time and for lupdate.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MinutesRepository)
};

int kindRank(const QString& kind)
{
    if (kind == QLatin1String("member"))
        return 0;
    return kind == QLatin1String("co-opted") ? 1 : 2;
}
} // namespace

qint64 MinutesRepository::createMeeting(qint64 committeeId, const QDateTime& startsAt, const QString& venue)
{
    return m_writer.insert(
        QStringLiteral("meetings"),
        {{QStringLiteral("committee_id"), committeeId},
         {QStringLiteral("starts_at"), startsAt.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm"))},
         {QStringLiteral("venue"), venue},
         {QStringLiteral("status"), QStringLiteral("scheduled")}});
}

QList<MinutesRepository::Attendee> MinutesRepository::attendanceSheet(qint64 meetingId) const
{
    QList<Attendee> out = attendance(meetingId);
    // Members of the committee on the day who have nothing recorded yet.
    const auto rows = StoreSql::rows(
        m_writer,
        QStringLiteral("SELECT DISTINCT p.id, p.name, p.kind FROM people p JOIN committee_members cm ON "
                       "cm.person_id = p.id "
                       "JOIN meetings m ON m.committee_id = cm.committee_id WHERE m.id = ? "
                       "AND (cm.from_date IS NULL OR cm.from_date <= substr(m.starts_at, 1, 10)) "
                       "AND (cm.to_date IS NULL OR cm.to_date >= substr(m.starts_at, 1, 10)) "
                       "AND p.id NOT IN (SELECT person_id FROM attendance WHERE meeting_id = ?)"),
        {meetingId, meetingId});
    for (const QVariantMap& r : rows) {
        Attendee a;
        a.personId = r.value(QStringLiteral("id")).toLongLong();
        a.name = r.value(QStringLiteral("name")).toString();
        a.kind = r.value(QStringLiteral("kind")).toString();
        out << a;
    }
    std::stable_sort(out.begin(), out.end(), [](const Attendee& a, const Attendee& b) {
        const int ka = kindRank(a.kind), kb = kindRank(b.kind);
        return ka != kb ? ka < kb : QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return out;
}

MinutesRepository::Presence MinutesRepository::presence(qint64 meetingId, qint64 personId) const
{
    const auto rows = StoreSql::rows(m_writer,
                                     QStringLiteral("SELECT status, substitute_for_id, capacity FROM "
                                                    "attendance WHERE meeting_id = ? AND person_id = ?"),
                                     {meetingId, personId});
    if (rows.isEmpty())
        return {};
    const QVariantMap& r = rows.first();
    return {r.value(QStringLiteral("status")).toString(),
            r.value(QStringLiteral("substitute_for_id")).toLongLong(),
            r.value(QStringLiteral("capacity")).toString()};
}

void MinutesRepository::setAttendance(qint64 meetingId, qint64 personId, const Presence& presence)
{
    Database::Transaction t(m_writer);
    const QVariant id = StoreSql::scalar(
        m_writer, QStringLiteral("SELECT id FROM attendance WHERE meeting_id = ? AND person_id = ?"),
        {meetingId, personId});
    const QVariantMap values{
        {QStringLiteral("status"), presence.status},
        {QStringLiteral("substitute_for_id"),
         presence.substituteForId ? QVariant(presence.substituteForId) : QVariant()},
        {QStringLiteral("capacity"), presence.capacity.isEmpty() ? QVariant() : QVariant(presence.capacity)}};
    if (presence.status.isEmpty()) {
        if (id.isValid())
            m_writer.remove(QStringLiteral("attendance"), id.toLongLong());
    } else if (id.isValid()) {
        m_writer.update(QStringLiteral("attendance"), id.toLongLong(), values);
    } else {
        QVariantMap row = values;
        row.insert(QStringLiteral("meeting_id"), meetingId);
        row.insert(QStringLiteral("person_id"), personId);
        m_writer.insert(QStringLiteral("attendance"), row);
    }
    t.commit();
}

qint64 MinutesRepository::personNamed(const QString& name) const
{
    return StoreSql::scalar(
               m_writer,
               QStringLiteral("SELECT id FROM people WHERE lower(name) = lower(?) ORDER BY id LIMIT 1"),
               {name.trimmed()})
        .toLongLong();
}

qint64 MinutesRepository::addPerson(const QString& name, const QString& kind, qint64 id)
{
    if (name.trimmed().isEmpty())
        throw StoreError(StoreError::Kind::Invalid, Text::tr("Type the person's name first."));
    QVariantMap row{{QStringLiteral("name"), name.trimmed()}, {QStringLiteral("kind"), kind}};
    return insertAs(QStringLiteral("people"), row, id);
}

void MinutesRepository::removePerson(qint64 personId)
{
    m_writer.remove(QStringLiteral("people"), personId);
}

qint64 MinutesRepository::insertAs(const QString& table, QVariantMap row, qint64 id)
{
    if (id > 0)
        row.insert(QStringLiteral("id"), id); // a redo restores the very row its undo removed
    return m_writer.insert(table, row);
}

QStringList MinutesRepository::names(const QString& sql, const QVariantList& values) const
{
    QStringList out;
    QSqlQuery q = StoreSql::exec(m_writer, sql, values);
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QStringList MinutesRepository::committeePeople(qint64 meetingId) const
{
    return names(
        QStringLiteral("SELECT name FROM people WHERE id IN (SELECT cm.person_id FROM committee_members cm "
                       "JOIN meetings m "
                       "ON m.committee_id = cm.committee_id WHERE m.id = ?) "
                       "OR id IN (SELECT person_id FROM attendance WHERE meeting_id = ?) ORDER BY name"),
        {meetingId, meetingId});
}

QStringList MinutesRepository::knownPeople() const
{
    return names(QStringLiteral("SELECT DISTINCT name FROM people ORDER BY name"));
}

QString MinutesRepository::suggestNextNumber(qint64 meetingId) const
{
    const Meeting m = meeting(meetingId);
    const QDate date = m.startsAt.date();
    // The municipal year starts in May.
    const QDate yearStart(date.month() >= 5 ? date.year() : date.year() - 1, 5, 1);
    const QStringList numbers = names(
        QStringLiteral("SELECT i.minute_number FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id "
                       "WHERE m.committee_id = ? AND m.starts_at >= ? "
                       "AND m.starts_at <= (SELECT starts_at FROM meetings WHERE id = ?) "
                       "AND i.minute_number IS NOT NULL AND i.minute_number <> ''"),
        {m.committeeId, yearStart.toString(Qt::ISODate), meetingId});
    QString highest;
    for (const QString& n : numbers)
        if (highest.isEmpty() || MinuteNumber::compare(n, highest) > 0)
            highest = n;
    return MinuteNumber::next(highest);
}

qint64 MinutesRepository::addItem(qint64 meetingId, const QString& number, const QString& title, bool exempt,
                                  qint64 id)
{
    const int position =
        StoreSql::scalar(
            m_writer,
            QStringLiteral("SELECT COALESCE(MAX(position), -1) + 1 FROM agenda_items WHERE meeting_id = ?"),
            {meetingId})
            .toInt();
    QVariantMap row{{QStringLiteral("meeting_id"), meetingId},
                    {QStringLiteral("minute_number"), MinuteNumber::normalised(number)},
                    {QStringLiteral("sort_key"), MinuteNumber::sortKey(number)},
                    {QStringLiteral("position"), position},
                    {QStringLiteral("title"), title},
                    {QStringLiteral("exempt"), exempt ? 1 : 0}};
    return insertAs(QStringLiteral("agenda_items"), row, id);
}

void MinutesRepository::updateItem(qint64 itemId, const QString& number, const QString& title,
                                   const QString& text, bool exempt)
{
    m_writer.update(QStringLiteral("agenda_items"), itemId,
                    {{QStringLiteral("minute_number"), MinuteNumber::normalised(number)},
                     {QStringLiteral("sort_key"), MinuteNumber::sortKey(number)},
                     {QStringLiteral("title"), title},
                     {QStringLiteral("minutes_text"), text},
                     {QStringLiteral("exempt"), exempt ? 1 : 0}});
}

void MinutesRepository::removeItem(qint64 itemId)
{
    m_writer.remove(QStringLiteral("agenda_items"), itemId);
}

void MinutesRepository::setItemOrder(qint64 meetingId, const QList<qint64>& itemIds)
{
    Database::Transaction t(m_writer);
    const auto rows = StoreSql::rows(
        m_writer, QStringLiteral("SELECT id, position FROM agenda_items WHERE meeting_id = ?"), {meetingId});
    QHash<qint64, int> positions;
    for (const QVariantMap& r : rows)
        positions.insert(r.value(QStringLiteral("id")).toLongLong(),
                         r.value(QStringLiteral("position")).toInt());
    for (int i = 0; i < itemIds.size(); ++i) {
        const auto it = positions.constFind(itemIds.at(i));
        if (it == positions.constEnd())
            throw StoreError(
                StoreError::Kind::NotFound,
                Text::tr("An item of this meeting has been removed. Close the meeting and open it again."));
        if (*it != i)
            m_writer.update(QStringLiteral("agenda_items"), itemIds.at(i), {{QStringLiteral("position"), i}});
    }
    t.commit();
}

qint64 MinutesRepository::addDeclaration(qint64 meetingId, const Declaration& d)
{
    if (!d.personId)
        throw StoreError(StoreError::Kind::Invalid,
                         Text::tr("Choose the member who declares the interest from the names offered."));
    QVariantMap row{{QStringLiteral("meeting_id"), meetingId},
                    {QStringLiteral("item_id"), d.itemId ? QVariant(d.itemId) : QVariant()},
                    {QStringLiteral("person_id"), d.personId},
                    {QStringLiteral("interest_type"), d.type.isEmpty() ? QStringLiteral("personal") : d.type},
                    {QStringLiteral("nature"), d.nature.isEmpty() ? QVariant() : QVariant(d.nature)}};
    return insertAs(QStringLiteral("declarations"), row, d.id);
}

void MinutesRepository::removeDeclaration(qint64 declarationId)
{
    m_writer.remove(QStringLiteral("declarations"), declarationId);
}

qint64 MinutesRepository::addResolution(qint64 itemId, const QString& text, qint64 id)
{
    const int number =
        StoreSql::scalar(
            m_writer,
            QStringLiteral("SELECT COALESCE(MAX(number), 0) + 1 FROM resolutions WHERE item_id = ?"),
            {itemId})
            .toInt();
    QVariantMap row{{QStringLiteral("item_id"), itemId},
                    {QStringLiteral("number"), number},
                    {QStringLiteral("text"), text}};
    return insertAs(QStringLiteral("resolutions"), row, id);
}

void MinutesRepository::updateResolution(qint64 resolutionId, const QString& text)
{
    m_writer.update(QStringLiteral("resolutions"), resolutionId, {{QStringLiteral("text"), text}});
}

void MinutesRepository::removeResolution(qint64 resolutionId)
{
    m_writer.remove(QStringLiteral("resolutions"), resolutionId);
}

qint64 MinutesRepository::addAction(qint64 itemId, qint64 resolutionId, const QString& text,
                                    const QString& owner, const QDate& due, qint64 id)
{
    const auto item = StoreSql::rows(
        m_writer, QStringLiteral("SELECT meeting_id, minute_number FROM agenda_items WHERE id = ?"),
        {itemId});
    if (item.isEmpty())
        throw StoreError(StoreError::Kind::NotFound, Text::tr("The item has been removed."));
    const int number =
        resolutionId
            ? StoreSql::scalar(m_writer, QStringLiteral("SELECT number FROM resolutions WHERE id = ?"),
                               {resolutionId})
                  .toInt()
            : StoreSql::scalar(m_writer, QStringLiteral("SELECT COUNT(*) + 1 FROM actions WHERE item_id = ?"),
                               {itemId})
                  .toInt();
    QVariantMap row{
        {QStringLiteral("meeting_id"), item.first().value(QStringLiteral("meeting_id"))},
        {QStringLiteral("item_id"), itemId},
        {QStringLiteral("resolution_id"), resolutionId ? QVariant(resolutionId) : QVariant()},
        {QStringLiteral("reference"), QStringLiteral("%1/%2")
                                          .arg(item.first().value(QStringLiteral("minute_number")).toString())
                                          .arg(number)},
        {QStringLiteral("text"), text},
        {QStringLiteral("owner"), owner},
        {QStringLiteral("due_date"), due.isValid() ? QVariant(due.toString(Qt::ISODate)) : QVariant()},
        {QStringLiteral("status"), QStringLiteral("open")},
        {QStringLiteral("created_on"), QDate::currentDate().toString(Qt::ISODate)}};
    return insertAs(QStringLiteral("actions"), row, id);
}

void MinutesRepository::removeAction(qint64 actionId)
{
    m_writer.remove(QStringLiteral("actions"), actionId);
}

QStringList MinutesRepository::knownOwners() const
{
    return names(QStringLiteral("SELECT DISTINCT owner FROM actions WHERE owner IS NOT NULL AND owner <> '' "
                                "UNION SELECT name FROM people UNION SELECT job_title FROM people WHERE "
                                "job_title IS NOT NULL ORDER BY 1"));
}

QDate MinutesRepository::nextMeetingDate(qint64 meetingId) const
{
    const QVariant v = StoreSql::scalar(
        m_writer,
        QStringLiteral(
            "SELECT n.starts_at FROM meetings n JOIN meetings m ON m.committee_id = n.committee_id "
            "WHERE m.id = ? AND n.starts_at > m.starts_at ORDER BY n.starts_at LIMIT 1"),
        {meetingId});
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}

int MinutesRepository::usualGapDays(qint64 meetingId) const
{
    QList<QDate> dates;
    QSqlQuery q = StoreSql::exec(
        m_writer,
        QStringLiteral(
            "SELECT n.starts_at FROM meetings n JOIN meetings m ON m.committee_id = n.committee_id "
            "WHERE m.id = ? AND n.starts_at <= m.starts_at ORDER BY n.starts_at"),
        {meetingId});
    while (q.next())
        dates << QDate::fromString(q.value(0).toString().left(10), Qt::ISODate);
    QList<qint64> gaps;
    for (int i = 1; i < dates.size(); ++i)
        if (dates.at(i - 1).isValid() && dates.at(i).isValid() && dates.at(i - 1) < dates.at(i))
            gaps << dates.at(i - 1).daysTo(dates.at(i));
    if (gaps.size() < 2)
        return 56;
    std::sort(gaps.begin(), gaps.end());
    return int(gaps.at(gaps.size() / 2));
}
