#include "MinutesImport.h"

#include "Database.h"
#include "StoreSql.h"
#include "core/BritishDate.h"
#include "core/CommitteeName.h"
#include "core/MinuteNumber.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QSet>

namespace MinutesImport {

namespace {
// The context of this file's strings, the same for tr() at run time and for lupdate.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MinutesImport)
};
} // namespace

qint64 findSameFile(const Database& db, const QByteArray& bytes, QString* importedAt)
{
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const auto rows = StoreSql::rows(
        db,
        QStringLiteral("SELECT meeting_id, imported_at FROM documents WHERE sha256 = ? ORDER BY id LIMIT 1"),
        {sha});
    if (rows.isEmpty())
        return 0;
    if (importedAt)
        *importedAt = rows.first().value(QStringLiteral("imported_at")).toString();
    return rows.first().value(QStringLiteral("meeting_id")).toLongLong();
}

QString matchCommittee(const Database& db, const QString& name)
{
    if (name.trimmed().isEmpty())
        return {};
    QStringList names, shortNames;
    for (const QVariantMap& r :
         StoreSql::rows(db, QStringLiteral("SELECT name, short_name FROM committees ORDER BY id"))) {
        names << r.value(QStringLiteral("name")).toString();
        shortNames << r.value(QStringLiteral("short_name")).toString();
    }
    return CommitteeName::match(name, names, shortNames);
}

ExistingMeeting findSameMeeting(const Database& db, const QString& committee, const QDate& date)
{
    ExistingMeeting found;
    const QString known = matchCommittee(db, committee.isEmpty() ? Text::tr("Imported minutes") : committee);
    if (known.isEmpty() || !date.isValid())
        return found;
    const auto rows = StoreSql::rows(
        db,
        QStringLiteral("SELECT m.id, m.starts_at, m.status, "
                       "(SELECT COUNT(*) FROM agenda_items i WHERE i.meeting_id = m.id) AS items "
                       "FROM meetings m JOIN committees c ON c.id = m.committee_id "
                       "WHERE c.name = ? AND substr(m.starts_at, 1, 10) = ? ORDER BY m.id LIMIT 1"),
        {known, date.toString(Qt::ISODate)});
    if (rows.isEmpty())
        return found;
    found.id = rows.first().value(QStringLiteral("id")).toLongLong();
    found.committee = known;
    found.startsAt =
        QDateTime::fromString(rows.first().value(QStringLiteral("starts_at")).toString(), Qt::ISODate);
    if (!found.startsAt.isValid())
        found.startsAt = QDateTime(date, QTime());
    found.status = rows.first().value(QStringLiteral("status")).toString();
    found.items = rows.first().value(QStringLiteral("items")).toInt();
    return found;
}

namespace {

QString plain(const QString& text)
{
    return text.simplified().toLower();
}

// Adds `m` to meeting `meeting`: everything when it is new, only what it lacks when merging.
void addContents(Database& db, qint64 meeting, const ParsedMinutes& m, bool merging, Saved& saved)
{
    auto person = [&db](const QString& name) {
        const QVariant id = StoreSql::scalar(
            db, QStringLiteral("SELECT id FROM people WHERE lower(name) = lower(?)"), {name});
        if (id.isValid())
            return id.toLongLong();
        return db.insert(QStringLiteral("people"), {{QStringLiteral("name"), name},
                                                    {QStringLiteral("kind"), QStringLiteral("member")}});
    };
    QSet<qint64> attended;
    for (const QVariantMap& r : StoreSql::rows(
             db, QStringLiteral("SELECT person_id FROM attendance WHERE meeting_id = ?"), {meeting}))
        attended.insert(r.value(QStringLiteral("person_id")).toLongLong());
    for (const auto& [names, status] : {std::pair{m.present, QStringLiteral("present")},
                                        std::pair{m.apologies, QStringLiteral("apologies")}})
        for (const QString& n : names) {
            const qint64 p = person(n);
            if (attended.contains(p))
                continue;
            attended.insert(p);
            db.insert(QStringLiteral("attendance"), {{QStringLiteral("meeting_id"), meeting},
                                                     {QStringLiteral("person_id"), p},
                                                     {QStringLiteral("status"), status}});
            ++saved.people;
        }
    // The meeting's items already there (a merge): by minute number, else by title.
    QHash<QString, qint64> byNumber, byTitle;
    int position = 0;
    if (merging) {
        for (const QVariantMap& r :
             StoreSql::rows(db,
                            QStringLiteral("SELECT id, minute_number, title, position FROM "
                                           "agenda_items WHERE meeting_id = ?"),
                            {meeting})) {
            const qint64 id = r.value(QStringLiteral("id")).toLongLong();
            const QString number =
                MinuteNumber::normalised(r.value(QStringLiteral("minute_number")).toString());
            if (!number.isEmpty())
                byNumber.insert(number, id);
            byTitle.insert(plain(r.value(QStringLiteral("title")).toString()), id);
            position = qMax(position, r.value(QStringLiteral("position")).toInt() + 1);
        }
    }
    QHash<QString, qint64> itemIds; // by minute number, for the declarations
    for (const ParsedItem& item : m.items) {
        const QString number = MinuteNumber::normalised(item.number);
        qint64 itemId = !number.isEmpty() ? byNumber.value(number) : byTitle.value(plain(item.title));
        if (!itemId) {
            itemId = db.insert(
                QStringLiteral("agenda_items"),
                {{QStringLiteral("meeting_id"), meeting},
                 {QStringLiteral("minute_number"),
                  item.number.isEmpty() ? QVariant() : QVariant(item.number)},
                 {QStringLiteral("sort_key"), MinuteNumber::sortKey(item.number)},
                 {QStringLiteral("position"), position++},
                 {QStringLiteral("title"), item.title.isEmpty() ? Text::tr("(untitled)") : item.title},
                 {QStringLiteral("minutes_text"), item.text},
                 {QStringLiteral("report_refs"), item.reportRefs.join(QStringLiteral(", "))},
                 {QStringLiteral("source_page"), item.page}});
            ++saved.items;
        }
        if (!number.isEmpty() && !itemIds.contains(number))
            itemIds.insert(number, itemId);
        QSet<QString> resolutionsThere;
        int n = 1;
        for (const QVariantMap& r : StoreSql::rows(
                 db, QStringLiteral("SELECT number, text FROM resolutions WHERE item_id = ?"), {itemId})) {
            resolutionsThere.insert(plain(r.value(QStringLiteral("text")).toString()));
            n = qMax(n, r.value(QStringLiteral("number")).toInt() + 1);
        }
        QHash<QString, qint64> resolutionIds;
        for (const QString& r : item.resolutions) {
            if (resolutionsThere.contains(plain(r)))
                continue;
            resolutionsThere.insert(plain(r));
            resolutionIds.insert(
                r, db.insert(QStringLiteral("resolutions"), {{QStringLiteral("item_id"), itemId},
                                                             {QStringLiteral("number"), n++},
                                                             {QStringLiteral("text"), r},
                                                             {QStringLiteral("source_page"), item.page}}));
            ++saved.resolutions;
        }
        QSet<QString> actionsThere;
        int a = 1;
        for (const QVariantMap& r : StoreSql::rows(
                 db, QStringLiteral("SELECT text, owner FROM actions WHERE item_id = ?"), {itemId})) {
            actionsThere.insert(plain(r.value(QStringLiteral("text")).toString()) + QLatin1Char('\n') +
                                plain(r.value(QStringLiteral("owner")).toString()));
            ++a;
        }
        for (const ParsedAction& action : item.actions) {
            const QString key = plain(action.text) + QLatin1Char('\n') + plain(action.owner);
            if (actionsThere.contains(key))
                continue;
            actionsThere.insert(key);
            db.insert(QStringLiteral("actions"),
                      {{QStringLiteral("meeting_id"), meeting},
                       {QStringLiteral("item_id"), itemId},
                       {QStringLiteral("resolution_id"), resolutionIds.contains(action.text)
                                                             ? QVariant(resolutionIds.value(action.text))
                                                             : QVariant()},
                       {QStringLiteral("reference"), QStringLiteral("%1/%2").arg(item.number).arg(a++)},
                       {QStringLiteral("text"), action.text},
                       {QStringLiteral("owner"), action.owner},
                       {QStringLiteral("due_date"),
                        action.due.isValid() ? QVariant(action.due.toString(Qt::ISODate)) : QVariant()},
                       {QStringLiteral("status"), QStringLiteral("open")},
                       {QStringLiteral("source_page"), action.page},
                       {QStringLiteral("created_on"),
                        m.date.isValid() ? m.date.toString(Qt::ISODate) : QVariant()}});
            ++saved.actions;
        }
    }
    // Declarations of interest: the member matched or created as for attendance; the item by its
    // number when the minutes name one that is in them.
    QSet<QString> declared;
    for (const QVariantMap& r : StoreSql::rows(
             db, QStringLiteral("SELECT person_id, item_id FROM declarations WHERE meeting_id = ?"),
             {meeting}))
        declared.insert(r.value(QStringLiteral("person_id")).toString() + QLatin1Char('/') +
                        r.value(QStringLiteral("item_id")).toString());
    for (const ParsedDeclaration& d : m.declarations) {
        if (d.member.trimmed().isEmpty())
            continue;
        const QString kind = d.kind.toLower();
        const QString type =
            kind.contains(QLatin1String("prejudicial")) ? QStringLiteral("prejudicial")
            : kind.contains(QLatin1String("pecuniary")) && !kind.contains(QLatin1String("non-pecuniary"))
                ? QStringLiteral("pecuniary")
            : kind.contains(QLatin1String("personal")) || kind.isEmpty() ? QStringLiteral("personal")
                                                                         : QStringLiteral("other");
        // The kind as written is kept where the type does not say it all ("disclosable pecuniary").
        QString nature = d.nature;
        if (!kind.isEmpty() && kind != type)
            nature = nature.isEmpty() ? Text::tr("%1 interest").arg(d.kind)
                                      : Text::tr("%1 interest: %2").arg(d.kind, d.nature);
        const QString number = MinuteNumber::normalised(d.itemNumber);
        const QVariant item = itemIds.contains(number) ? QVariant(itemIds.value(number)) : QVariant();
        const qint64 who = person(d.member.trimmed());
        const QString key = QString::number(who) + QLatin1Char('/') + item.toString();
        if (merging && declared.contains(key))
            continue;
        declared.insert(key);
        db.insert(QStringLiteral("declarations"),
                  {{QStringLiteral("meeting_id"), meeting},
                   {QStringLiteral("item_id"), item},
                   {QStringLiteral("person_id"), who},
                   {QStringLiteral("interest_type"), type},
                   {QStringLiteral("nature"), nature.isEmpty() ? QVariant() : QVariant(nature)}});
        ++saved.declarations;
    }
}

} // namespace

Saved save(Database& db, const ParsedMinutes& m, const QString& fileName, const QByteArray& bytes, int pages,
           const SaveOptions& options)
{
    Saved saved;
    QString when;
    const qint64 existing = findSameFile(db, bytes, &when);
    if (existing && !options.replaceSameFile) {
        saved.meetingId = existing;
        saved.alreadyImported = true;
        saved.message =
            Text::tr("%1 was already imported on %2; nothing was changed. Import it again with “replace” to "
                     "replace it.")
                .arg(fileName, BritishDate::mediumDate(QDateTime::fromString(when, Qt::ISODate).date()));
        return saved;
    }
    // Nothing of a meeting was found (a letter, a text file named .pdf): saving it would make a
    // meeting dated today with nothing in it.
    if (m.items.isEmpty() && !m.date.isValid() && m.present.isEmpty() && m.apologies.isEmpty() &&
        m.committee.isEmpty())
        throw StoreError(
            StoreError::Kind::Invalid,
            Text::tr("No meeting date, attendance or agenda items were found in %1, so it was not "
                     "saved. Check that it is the minutes of a meeting (a PDF, or a .txt of their text) "
                     "and import that file.")
                .arg(fileName));
    Database::Transaction t(db);
    if (existing)
        db.remove(QStringLiteral("meetings"), existing);
    const QString committeeName = m.committee.isEmpty() ? Text::tr("Imported minutes") : m.committee;
    const QString known = matchCommittee(db, committeeName);
    const QVariant committee =
        !known.isEmpty()
            ? StoreSql::scalar(db, QStringLiteral("SELECT id FROM committees WHERE name = ?"), {known})
            : QVariant(db.insert(
                  QStringLiteral("committees"),
                  {{QStringLiteral("name"), committeeName},
                   {QStringLiteral("council"), m.council.isEmpty() ? QVariant() : QVariant(m.council)}}));
    saved.committeeId = committee.toLongLong();
    saved.status = m.draft ? QStringLiteral("held") : QStringLiteral("approved");
    const ExistingMeeting same = findSameMeeting(db, committeeName, m.date);
    qint64 meeting = 0;
    if (same.id && options.sameMeeting == SameMeeting::Merge) {
        meeting = same.id;
        // What the meeting lacks of its header; approved once approved minutes come in.
        StoreSql::exec(
            db,
            QStringLiteral("UPDATE meetings SET venue = coalesce(venue, ?), contact = coalesce(contact, ?), "
                           "status = CASE WHEN ? = 'approved' THEN 'approved' ELSE status END WHERE id = ?"),
            {m.venue.isEmpty() ? QVariant() : QVariant(m.venue),
             m.contact.isEmpty() ? QVariant() : QVariant(m.contact), saved.status, meeting});
        saved.status =
            StoreSql::scalar(db, QStringLiteral("SELECT status FROM meetings WHERE id = ?"), {meeting})
                .toString();
    } else {
        if (same.id && options.sameMeeting == SameMeeting::Replace)
            db.remove(QStringLiteral("meetings"), same.id);
        const QString startsAt =
            m.date.isValid()
                ? m.date.toString(Qt::ISODate) +
                      (m.time.isValid() ? m.time.toString(QStringLiteral("'T'HH:mm")) : QString())
                : QDate::currentDate().toString(Qt::ISODate);
        meeting =
            db.insert(QStringLiteral("meetings"),
                      {{QStringLiteral("committee_id"), committee},
                       {QStringLiteral("starts_at"), startsAt},
                       {QStringLiteral("venue"), m.venue.isEmpty() ? QVariant() : QVariant(m.venue)},
                       {QStringLiteral("contact"), m.contact.isEmpty() ? QVariant() : QVariant(m.contact)},
                       {QStringLiteral("status"), saved.status}});
    }
    const bool merging = meeting == same.id;
    addContents(db, meeting, m, merging, saved);
    db.insert(QStringLiteral("documents"),
              {{QStringLiteral("meeting_id"), meeting},
               {QStringLiteral("file_name"), fileName},
               {QStringLiteral("sha256"),
                QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())},
               {QStringLiteral("bytes"), bytes},
               {QStringLiteral("pages"), pages},
               {QStringLiteral("kind"), QStringLiteral("minutes")},
               {QStringLiteral("imported_at"), QDateTime::currentDateTime().toString(Qt::ISODate)},
               {QStringLiteral("imported_by"), db.login()}});
    t.commit();
    saved.meetingId = meeting;
    const QString date = m.date.isValid() ? BritishDate::longDate(m.date) : Text::tr("an unknown date");
    const QString counts = QStringList{Text::tr("%n item(s)", nullptr, saved.items),
                                       Text::tr("%n resolution(s)", nullptr, saved.resolutions),
                                       Text::tr("%n action(s)", nullptr, saved.actions),
                                       Text::tr("%n person(s)", nullptr, saved.people)}
                               .join(QStringLiteral(", "));
    const QString status = saved.status == QLatin1String("held")
                               ? Text::tr("minutes in draft, not yet approved")
                               : Text::tr("minutes approved");
    const QString committeeShown = known.isEmpty() ? committeeName : known;
    if (merging)
        saved.message = Text::tr("%1: added to the meeting of %2 on %3 what it lacked: %4 (%5).")
                            .arg(fileName, committeeShown, date, counts, status);
    else
        saved.message = Text::tr("%1: saved the meeting of %2 on %3 with %4 (%5).")
                            .arg(fileName, committeeShown, date, counts, status);
    if (same.id && options.sameMeeting == SameMeeting::KeepBoth)
        saved.message +=
            QLatin1Char(' ') + Text::tr("The committee already had a meeting on that date: both are kept.");
    else if (same.id && options.sameMeeting == SameMeeting::Replace)
        saved.message += QLatin1Char(' ') + Text::tr("It replaces the meeting recorded before on that date.");
    return saved;
}

} // namespace MinutesImport
