#include "MinutesImport.h"

#include "Database.h"
#include "core/BritishDate.h"
#include "core/MinuteNumber.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>

namespace MinutesImport {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("MinutesImport", text);
}
} // namespace

qint64 findSameFile(const Database& db, const QByteArray& bytes, QString* importedAt)
{
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const auto rows = db.rows(
        QStringLiteral("SELECT meeting_id, imported_at FROM documents WHERE sha256 = ? ORDER BY id LIMIT 1"),
        {sha});
    if (rows.isEmpty())
        return 0;
    if (importedAt)
        *importedAt = rows.first().value(QStringLiteral("imported_at")).toString();
    return rows.first().value(QStringLiteral("meeting_id")).toLongLong();
}

Saved save(Database& db, const ParsedMinutes& m, const QString& fileName, const QByteArray& bytes, int pages,
           bool replace)
{
    Saved saved;
    QString when;
    const qint64 existing = findSameFile(db, bytes, &when);
    if (existing && !replace) {
        saved.meetingId = existing;
        saved.alreadyImported = true;
        saved.message =
            tr("%1 was already imported on %2; nothing was changed. Import it again with “replace” to "
               "replace it.")
                .arg(fileName, BritishDate::mediumDate(QDateTime::fromString(when, Qt::ISODate).date()));
        return saved;
    }
    // Nothing of a meeting was found (a letter, a text file named .pdf): saving it would make an
    // "approved" meeting dated today with nothing in it.
    if (m.items.isEmpty() && !m.date.isValid() && m.present.isEmpty() && m.apologies.isEmpty() &&
        m.committee.isEmpty())
        throw StoreError(
            StoreError::Kind::Invalid,
            tr("No meeting date, attendance or agenda items were found in %1, so it was not "
               "saved. Check that it is the minutes of a meeting (a PDF, or a .txt of their text) "
               "and import that file.")
                .arg(fileName));
    Database::Transaction t(db);
    if (existing)
        db.remove(QStringLiteral("meetings"), existing);
    const QString committeeName = m.committee.isEmpty() ? tr("Imported minutes") : m.committee;
    QVariant committee =
        db.scalar(QStringLiteral("SELECT id FROM committees WHERE lower(name) = lower(?)"), {committeeName});
    if (!committee.isValid())
        committee =
            db.insert(QStringLiteral("committees"),
                      {{QStringLiteral("name"), committeeName},
                       {QStringLiteral("council"), m.council.isEmpty() ? QVariant() : QVariant(m.council)}});
    const QString startsAt =
        m.date.isValid() ? m.date.toString(Qt::ISODate) +
                               (m.time.isValid() ? m.time.toString(QStringLiteral("'T'HH:mm")) : QString())
                         : QDate::currentDate().toString(Qt::ISODate);
    const int sameDay = m.date.isValid()
                            ? db.scalar(QStringLiteral("SELECT COUNT(*) FROM meetings WHERE committee_id = ? "
                                                       "AND substr(starts_at, 1, 10) = ?"),
                                        {committee, m.date.toString(Qt::ISODate)})
                                  .toInt()
                            : 0;
    const qint64 meeting =
        db.insert(QStringLiteral("meetings"),
                  {{QStringLiteral("committee_id"), committee},
                   {QStringLiteral("starts_at"), startsAt},
                   {QStringLiteral("venue"), m.venue.isEmpty() ? QVariant() : QVariant(m.venue)},
                   {QStringLiteral("contact"), m.contact.isEmpty() ? QVariant() : QVariant(m.contact)},
                   {QStringLiteral("status"), QStringLiteral("approved")}});
    auto person = [&db](const QString& name) {
        const QVariant id =
            db.scalar(QStringLiteral("SELECT id FROM people WHERE lower(name) = lower(?)"), {name});
        if (id.isValid())
            return id.toLongLong();
        return db.insert(QStringLiteral("people"), {{QStringLiteral("name"), name},
                                                    {QStringLiteral("kind"), QStringLiteral("member")}});
    };
    QSet<qint64> attended;
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
        }
    int position = 0;
    QHash<QString, qint64> itemIds; // by minute number, for the declarations
    for (const ParsedItem& item : m.items) {
        const qint64 itemId = db.insert(
            QStringLiteral("agenda_items"),
            {{QStringLiteral("meeting_id"), meeting},
             {QStringLiteral("minute_number"), item.number.isEmpty() ? QVariant() : QVariant(item.number)},
             {QStringLiteral("sort_key"), MinuteNumber::sortKey(item.number)},
             {QStringLiteral("position"), position++},
             {QStringLiteral("title"), item.title.isEmpty() ? tr("(untitled)") : item.title},
             {QStringLiteral("minutes_text"), item.text},
             {QStringLiteral("report_refs"), item.reportRefs.join(QStringLiteral(", "))},
             {QStringLiteral("source_page"), item.page}});
        if (!item.number.isEmpty() && !itemIds.contains(MinuteNumber::normalised(item.number)))
            itemIds.insert(MinuteNumber::normalised(item.number), itemId);
        QHash<QString, qint64> resolutionIds;
        int n = 1;
        for (const QString& r : item.resolutions)
            resolutionIds.insert(
                r, db.insert(QStringLiteral("resolutions"), {{QStringLiteral("item_id"), itemId},
                                                             {QStringLiteral("number"), n++},
                                                             {QStringLiteral("text"), r},
                                                             {QStringLiteral("source_page"), item.page}}));
        int a = 1;
        for (const ParsedAction& action : item.actions)
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
    }
    // Declarations of interest: the member matched or created as for attendance; the item by its
    // number when the minutes name one that is in them.
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
            nature = nature.isEmpty() ? tr("%1 interest").arg(d.kind)
                                      : tr("%1 interest: %2").arg(d.kind, d.nature);
        const QString number = MinuteNumber::normalised(d.itemNumber);
        db.insert(QStringLiteral("declarations"),
                  {{QStringLiteral("meeting_id"), meeting},
                   {QStringLiteral("item_id"),
                    itemIds.contains(number) ? QVariant(itemIds.value(number)) : QVariant()},
                   {QStringLiteral("person_id"), person(d.member.trimmed())},
                   {QStringLiteral("interest_type"), type},
                   {QStringLiteral("nature"), nature.isEmpty() ? QVariant() : QVariant(nature)}});
    }
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
    saved.message =
        tr("%1: saved the meeting of %2 with %3 items.")
            .arg(fileName, m.date.isValid() ? BritishDate::longDate(m.date) : tr("an unknown date"))
            .arg(m.items.size());
    if (sameDay > 0)
        saved.message +=
            QLatin1Char(' ') +
            tr("Note: this committee already had a meeting recorded on that date; check for a duplicate.");
    return saved;
}

} // namespace MinutesImport
