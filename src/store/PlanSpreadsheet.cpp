#include "PlanSpreadsheet.h"

#include "Database.h"
#include "StoreSql.h"
#include "core/BritishDate.h"
#include "core/Csv.h"
#include "core/Role.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace {

// The context of this file's strings, the same for tr() at run time and for lupdate.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PlanSpreadsheet)
};

enum Column
{
    Priority,
    Code,
    Milestone,
    Owner,
    Due,
    Rating,
    Completion,
    Evidence,
    ColumnCount
};

const QStringList& completions()
{
    static const QStringList list = {QStringLiteral("not started"), QStringLiteral("in progress"),
                                     QStringLiteral("awaiting sign-off"), QStringLiteral("complete")};
    return list;
}

// Header names people use for each column (lower case, spaces collapsed).
int columnOf(const QString& header)
{
    const QString h = header.simplified().toLower().remove(QLatin1Char('.'));
    static const QHash<QString, int> names = {
        {QStringLiteral("priority"), Priority},
        {QStringLiteral("priority number"), Priority},
        {QStringLiteral("code"), Code},
        {QStringLiteral("ref"), Code},
        {QStringLiteral("reference"), Code},
        {QStringLiteral("milestone code"), Code},
        {QStringLiteral("milestone"), Milestone},
        {QStringLiteral("milestone title"), Milestone},
        {QStringLiteral("title"), Milestone},
        {QStringLiteral("owner"), Owner},
        {QStringLiteral("lead"), Owner},
        {QStringLiteral("responsible officer"), Owner},
        {QStringLiteral("due date"), Due},
        {QStringLiteral("due"), Due},
        {QStringLiteral("deadline"), Due},
        {QStringLiteral("target date"), Due},
        {QStringLiteral("rating"), Rating},
        {QStringLiteral("rag"), Rating},
        {QStringLiteral("rag rating"), Rating},
        {QStringLiteral("status"), Rating},
        {QStringLiteral("completion"), Completion},
        {QStringLiteral("progress"), Completion},
        {QStringLiteral("evidence"), Evidence},
        {QStringLiteral("evidence of impact"), Evidence},
    };
    return names.value(h, -1);
}

QDate readDate(const QString& text)
{
    const QString t = text.trimmed();
    static const QRegularExpression serial(QStringLiteral("^\\d{5}$"));
    if (serial.match(t).hasMatch()) // an Excel day number, as some exports leave dates
        return QDate(1899, 12, 30).addDays(t.toInt());
    return BritishDate::parse(t);
}

struct Status
{
    qint64 id = 0;
    QString code, letter, name, colour;
};

struct Parsed
{
    int line = 0;
    int priority = 0;
    QString priorityTitle;
    QString code;
    QString title;
    QString owner;
    QDate due;
    bool hasDue = false;
    qint64 statusId = 0; // 0: leave the rating as it is
    QString completion;  // empty: leave it (or "not started" for new milestones)
    QString evidence;
};

// A field's value as a person reads it in the preview.
QString shown(const QString& field, const QVariant& value, const QHash<qint64, QString>& statusNames)
{
    if (value.isNull() || value.toString().isEmpty())
        return QString();
    if (field == QLatin1String("due_date"))
        return BritishDate::mediumDate(QDate::fromString(value.toString(), Qt::ISODate));
    if (field == QLatin1String("status_id"))
        return statusNames.value(value.toLongLong(), value.toString());
    return value.toString();
}

QString fieldLabel(const QString& field)
{
    if (field == QLatin1String("owner"))
        return Text::tr("Owner");
    if (field == QLatin1String("evidence"))
        return Text::tr("Evidence");
    if (field == QLatin1String("due_date"))
        return Text::tr("Due date");
    if (field == QLatin1String("completion"))
        return Text::tr("Completion");
    if (field == QLatin1String("title"))
        return Text::tr("Milestone");
    if (field == QLatin1String("priority_id"))
        return Text::tr("Priority");
    if (field == QLatin1String("status_id"))
        return Text::tr("Rating");
    return field;
}

bool sameValue(const QVariant& was, const QVariant& now)
{
    const bool wasEmpty = was.isNull() || was.toString().isEmpty();
    const bool nowEmpty = now.isNull() || now.toString().isEmpty();
    return wasEmpty ? nowEmpty : (!nowEmpty && was.toString() == now.toString());
}

QString elided(const QString& text)
{
    const QString one = text.simplified();
    return one.size() > 60 ? one.left(59) + QChar(0x2026) : one;
}

} // namespace

QStringList PlanSpreadsheet::headers()
{
    return {Text::tr("Priority"), Text::tr("Code"),   Text::tr("Milestone"),  Text::tr("Owner"),
            Text::tr("Due date"), Text::tr("Rating"), Text::tr("Completion"), Text::tr("Evidence")};
}

QStringList PlanSpreadsheet::cells(const Row& row)
{
    const QString priority = row.priorityTitle.isEmpty()
                                 ? QString::number(row.priorityNumber)
                                 : QStringLiteral("%1. %2").arg(row.priorityNumber).arg(row.priorityTitle);
    return {priority,
            row.code,
            row.milestone,
            row.owner,
            row.due.isValid() ? row.due.toString(QStringLiteral("dd/MM/yyyy")) : QString(),
            row.rating,
            row.completion,
            row.evidence};
}

qint64 PlanSpreadsheet::defaultPlan() const
{
    const auto plans =
        StoreSql::rows(m_db, QStringLiteral("SELECT id, title FROM improvement_plans ORDER BY id"));
    if (plans.isEmpty())
        return 0;
    if (plans.size() > 1) {
        QStringList names;
        for (const auto& p : plans)
            names << QStringLiteral("%1 (%2)")
                         .arg(p.value(QStringLiteral("title")).toString())
                         .arg(p.value(QStringLiteral("id")).toLongLong());
        throw StoreError(
            StoreError::Kind::Invalid,
            Text::tr("This database holds several improvement plans: %1. Say which one to use by its number.")
                .arg(names.join(QStringLiteral(", "))));
    }
    return plans.first().value(QStringLiteral("id")).toLongLong();
}

QList<PlanSpreadsheet::Row> PlanSpreadsheet::rows(qint64 planId) const
{
    if (planId == 0)
        planId = defaultPlan();
    QList<Row> out;
    const auto found = StoreSql::rows(
        m_db,
        QStringLiteral("SELECT p.number, p.title AS priority_title, ms.code, ms.title, ms.owner, "
                       "ms.due_date, ms.completion,"
                       " ms.evidence, s.letter, s.name AS status_name, s.colour"
                       " FROM milestones ms JOIN priorities p ON p.id = ms.priority_id"
                       " LEFT JOIN rating_statuses s ON s.id = ms.status_id"
                       " WHERE p.plan_id = ? ORDER BY p.number, ms.id"),
        {planId});
    for (const QVariantMap& r : found) {
        Row row;
        row.priorityNumber = r.value(QStringLiteral("number")).toInt();
        row.priorityTitle = r.value(QStringLiteral("priority_title")).toString();
        row.code = r.value(QStringLiteral("code")).toString();
        row.milestone = r.value(QStringLiteral("title")).toString();
        row.owner = r.value(QStringLiteral("owner")).toString();
        row.due = QDate::fromString(r.value(QStringLiteral("due_date")).toString(), Qt::ISODate);
        row.completion = r.value(QStringLiteral("completion")).toString();
        row.evidence = r.value(QStringLiteral("evidence")).toString();
        row.rating = r.value(QStringLiteral("letter")).toString();
        row.ratingName = r.value(QStringLiteral("status_name")).toString();
        row.ratingColour = r.value(QStringLiteral("colour")).toString();
        out.append(row);
    }
    return out;
}

QByteArray PlanSpreadsheet::toCsv(qint64 planId) const
{
    QList<QStringList> records = {headers()};
    for (const Row& r : rows(planId))
        records << cells(r);
    return Csv::document(records);
}

PlanSpreadsheet::ImportResult PlanSpreadsheet::importCsv(const QByteArray& bytes, const QString& sourceName,
                                                         qint64 planId)
{
    return run(bytes, sourceName, planId, true);
}

PlanSpreadsheet::ImportResult PlanSpreadsheet::preview(const QByteArray& bytes, const QString& sourceName,
                                                       qint64 planId) const
{
    return const_cast<PlanSpreadsheet*>(this)->run(bytes, sourceName, planId, false);
}

PlanSpreadsheet::ImportResult PlanSpreadsheet::run(const QByteArray& bytes, const QString& sourceName,
                                                   qint64 planId, bool save)
{
    ImportResult result;
    const auto error = [&](const QString& message) {
        ++result.errorCount;
        if (result.errors.size() < Csv::kErrorLimit)
            result.errors << message;
    };
    const auto fail = [&](const QString& message) {
        error(message);
        return result;
    };
    if (save && !Roles::mayWrite(m_db.role(), QStringLiteral("milestones")))
        return fail(
            Text::tr(
                "As a %1 you may not change the improvement plan. Ask a clerk or an officer to import it.")
                .arg(Roles::displayName(m_db.role()).toLower()));
    const Csv::Decoded decoded = Csv::decode(bytes);
    if (!decoded.ok())
        return fail(decoded.problem);
    const Csv::Table table = Csv::parse(decoded.text);
    if (!table.ok())
        return fail(Text::tr("Line %1: %2").arg(table.problemLine).arg(table.problem));
    const QList<Csv::Record>& records = table.records;
    if (records.isEmpty())
        return fail(Text::tr(
            "The file is empty. Save the plan from the spreadsheet as CSV, with the column names on the "
            "first line."));

    // Which column is which.
    QList<int> columnFor; // file column -> our column, -1 when ignored
    QList<bool> present(ColumnCount, false);
    QStringList ignored;
    for (const QString& h : records.first().cells) {
        const int c = columnOf(h);
        if (c >= 0 && present[c]) {
            error(Text::tr("Line %1: the column \"%2\" appears twice; keep one of them.")
                      .arg(records.first().line)
                      .arg(h.trimmed()));
            columnFor << -1;
            continue;
        }
        columnFor << c;
        if (c >= 0)
            present[c] = true;
        else if (!h.trimmed().isEmpty())
            ignored << h.trimmed();
    }
    if (!present[Priority] || !present[Milestone])
        return fail(
            Text::tr(
                "Line %1 must name the columns, and Priority and Milestone are needed (found: %2). The other "
                "columns Scrutineer reads are Code, Owner, Due date, Rating, Completion and Evidence.")
                .arg(records.first().line)
                .arg(records.first().cells.join(QStringLiteral(", ")).left(200)));
    if (!result.ok())
        return result;
    if (!ignored.isEmpty())
        result.notes << Text::tr("These columns were not read: %1.").arg(ignored.join(QStringLiteral(", ")));

    try {
        if (planId == 0)
            planId = defaultPlan();
        qint64 schemeId = 0;
        if (planId) {
            schemeId =
                StoreSql::scalar(m_db, QStringLiteral("SELECT scheme_id FROM improvement_plans WHERE id = ?"),
                                 {planId})
                    .toLongLong();
            if (!schemeId)
                return fail(Text::tr("There is no improvement plan number %1 in this database.").arg(planId));
        } else {
            schemeId =
                StoreSql::scalar(m_db, QStringLiteral("SELECT id FROM rating_schemes ORDER BY id LIMIT 1"))
                    .toLongLong();
        }
        QList<Status> statuses;
        if (schemeId) {
            for (const auto& r :
                 StoreSql::rows(m_db,
                                QStringLiteral("SELECT id, code, letter, name, colour FROM rating_statuses "
                                               "WHERE scheme_id = ? ORDER BY rank"),
                                {schemeId}))
                statuses.append(
                    {r.value(QStringLiteral("id")).toLongLong(), r.value(QStringLiteral("code")).toString(),
                     r.value(QStringLiteral("letter")).toString(), r.value(QStringLiteral("name")).toString(),
                     r.value(QStringLiteral("colour")).toString()});
        }
        // A database with no rating scheme at all gets the usual one, made when the import is saved;
        // until then its statuses have stand-in ids below zero.
        const bool newScheme =
            statuses.isEmpty() &&
            !StoreSql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM rating_schemes")).toInt();
        if (newScheme) {
            statuses = {
                {-1, QStringLiteral("blue"), QStringLiteral("B"), Text::tr("Blue"),
                 QStringLiteral("#1565c0")},
                {-2, QStringLiteral("green"), QStringLiteral("G"), Text::tr("Green"),
                 QStringLiteral("#2e7d32")},
                {-3, QStringLiteral("amber"), QStringLiteral("A"), Text::tr("Amber"),
                 QStringLiteral("#ef8f00")},
                {-4, QStringLiteral("red"), QStringLiteral("R"), Text::tr("Red"), QStringLiteral("#c62828")}};
        }
        QStringList letters;
        QHash<qint64, QString> statusNames;
        for (const Status& s : statuses) {
            letters << s.letter;
            statusNames.insert(s.id, QStringLiteral("%1 (%2)").arg(s.letter, s.name));
        }

        // Read and check every line before anything is written.
        static const QRegularExpression priorityPattern(
            QStringLiteral("^\\s*(?:p(?:riority)?\\s*)?(\\d+)\\s*[.:)\\x{2013}\\x{2014}-]?\\s*(.*)$"),
            QRegularExpression::CaseInsensitiveOption);
        QList<Parsed> parsed;
        QHash<QString, int> codeLine;
        for (qsizetype r = 1; r < records.size(); ++r) {
            const Csv::Record& rec = records.at(r);
            QStringList v(ColumnCount);
            for (int i = 0; i < rec.cells.size() && i < columnFor.size(); ++i)
                if (columnFor.at(i) >= 0)
                    v[columnFor.at(i)] = Csv::unguarded(rec.cells.at(i).trimmed());
            Parsed p;
            p.line = rec.line;
            const auto line = [&](const QString& what) {
                error(Text::tr("Line %1: %2").arg(rec.line).arg(what));
            };

            const auto pm = priorityPattern.match(v[Priority]);
            bool priorityOk = false;
            const int number = pm.hasMatch() ? pm.captured(1).toInt(&priorityOk) : 0;
            if (v[Priority].isEmpty())
                line(Text::tr("the priority is empty; give its number (for example 2, or 2. Caseloads)."));
            else if (!priorityOk || number <= 0)
                line(Text::tr("the priority \"%1\" has no number; write it as 2, or 2. Caseloads.")
                         .arg(v[Priority].left(80)));
            else {
                p.priority = number;
                p.priorityTitle = pm.captured(2).trimmed();
            }
            p.title = v[Milestone].simplified();
            if (p.title.isEmpty())
                line(Text::tr("the milestone is empty; give its title."));
            p.code = v[Code].simplified();
            if (!p.code.isEmpty()) {
                const QString key = p.code.toLower();
                if (codeLine.contains(key))
                    line(Text::tr("the code %1 is also used on line %2; each milestone needs its own code.")
                             .arg(p.code.left(80))
                             .arg(codeLine.value(key)));
                else
                    codeLine.insert(key, rec.line);
            }
            p.owner = v[Owner].simplified();
            p.evidence = v[Evidence];
            p.hasDue = present[Due];
            if (!v[Due].isEmpty()) {
                p.due = readDate(v[Due]);
                if (!p.due.isValid())
                    line(Text::tr(
                             "the due date \"%1\" is not a date; write it as 31/03/2017 or 31 March 2017.")
                             .arg(v[Due].left(80)));
            }
            if (!v[Rating].isEmpty()) {
                for (const Status& s : statuses)
                    if (v[Rating].compare(s.letter, Qt::CaseInsensitive) == 0 ||
                        v[Rating].compare(s.code, Qt::CaseInsensitive) == 0 ||
                        v[Rating].compare(s.name, Qt::CaseInsensitive) == 0)
                        p.statusId = s.id;
                if (!p.statusId) {
                    if (statuses.isEmpty())
                        line(Text::tr(
                                 "the rating \"%1\" cannot be kept: the plan has no rating scheme yet. Set "
                                 "one up under "
                                 "Plan ▸ Rating scheme, or leave the Rating column empty.")
                                 .arg(v[Rating].left(80)));
                    else
                        line(Text::tr("the rating \"%1\" is not one of the plan's ratings (%2).")
                                 .arg(v[Rating].left(80), letters.join(QStringLiteral(", "))));
                }
            }
            if (!v[Completion].isEmpty()) {
                QString c = v[Completion].simplified().toLower();
                c.replace(QChar(0x2013), QLatin1Char('-')).replace(QStringLiteral("complete - "), QString());
                if (c == QLatin1String("completed"))
                    c = QStringLiteral("complete");
                if (c == QLatin1String("not yet started"))
                    c = QStringLiteral("not started");
                if (!completions().contains(c))
                    line(Text::tr("the completion \"%1\" is not one of: %2.")
                             .arg(v[Completion].left(80), completions().join(QStringLiteral(", "))));
                else
                    p.completion = c;
            }
            parsed.append(p);
        }
        // Titles repeated within a priority and without codes would be merged silently: say so.
        QHash<QString, int> titleLine;
        for (const Parsed& p : std::as_const(parsed)) {
            if (!p.code.isEmpty() || !p.priority)
                continue;
            const QString key = QStringLiteral("%1|%2").arg(p.priority).arg(p.title.toLower());
            if (titleLine.contains(key))
                error(
                    Text::tr("Line %1: the milestone \"%2\" is also on line %3 under the same priority; give "
                             "them codes to keep both.")
                        .arg(p.line)
                        .arg(p.title.left(80))
                        .arg(titleLine.value(key)));
            else
                titleLine.insert(key, p.line);
        }
        if (parsed.isEmpty())
            error(Text::tr("The file names the columns but holds no milestones."));
        if (!result.ok())
            return result;

        // The plan as it stands, read once: milestones by code and by title within their priority.
        QHash<int, qint64> priorityIds;
        QList<QVariantMap> existing;
        if (planId) {
            for (const auto& r : StoreSql::rows(
                     m_db, QStringLiteral("SELECT id, number FROM priorities WHERE plan_id = ?"), {planId}))
                priorityIds.insert(r.value(QStringLiteral("number")).toInt(),
                                   r.value(QStringLiteral("id")).toLongLong());
            existing = StoreSql::rows(
                m_db,
                QStringLiteral("SELECT ms.*, p.number AS priority_number FROM milestones ms "
                               "JOIN priorities p ON p.id = ms.priority_id WHERE p.plan_id = ? "
                               "ORDER BY ms.id"),
                {planId});
        }
        QHash<QString, int> byCode, byTitle;
        QHash<int, int> inPriority; // priority number -> how many milestones it has
        QSet<QString> codesInUse;
        for (int i = 0; i < existing.size(); ++i) {
            const QVariantMap& ms = existing.at(i);
            const QString code = ms.value(QStringLiteral("code")).toString().toLower();
            const int number = ms.value(QStringLiteral("priority_number")).toInt();
            byCode.insert(code, i);
            byTitle.insert(QStringLiteral("%1|%2").arg(number).arg(
                               ms.value(QStringLiteral("title")).toString().toLower()),
                           i);
            ++inPriority[number];
            codesInUse.insert(code);
        }

        // What each line does, against the plan as it stands.
        struct Step
        {
            Parsed p;
            int existing = -1;  // index into `existing`, or -1 for a new milestone
            QVariantMap values; // the fields to write (priority_id as the priority's number)
            qint64 oldStatus = 0;
            bool rated = false; // the rating changes: record it in the history
        };
        QList<Step> steps;
        steps.reserve(parsed.size());
        for (const Parsed& p : std::as_const(parsed)) {
            Step step;
            step.p = p;
            step.existing =
                p.code.isEmpty()
                    ? byTitle.value(QStringLiteral("%1|%2").arg(p.priority).arg(p.title.toLower()), -1)
                    : byCode.value(p.code.toLower(), -1);
            QVariantMap& values = step.values;
            values.insert(QStringLiteral("priority_id"), p.priority);
            values.insert(QStringLiteral("title"), p.title);
            // Only the columns the file has: a column that is not there leaves its field alone.
            if (present[Owner])
                values.insert(QStringLiteral("owner"), p.owner.isEmpty() ? QVariant() : QVariant(p.owner));
            if (present[Evidence])
                values.insert(QStringLiteral("evidence"),
                              p.evidence.isEmpty() ? QVariant() : QVariant(p.evidence));
            if (p.hasDue)
                values.insert(QStringLiteral("due_date"),
                              p.due.isValid() ? QVariant(p.due.toString(Qt::ISODate)) : QVariant());
            if (!p.completion.isEmpty())
                values.insert(QStringLiteral("completion"), p.completion);

            Change change;
            change.line = p.line;
            change.priority = p.priority;
            change.milestone = p.title;
            if (step.existing < 0) {
                QString code = p.code;
                if (code.isEmpty()) {
                    int n = inPriority.value(p.priority) + 1;
                    while (codesInUse.contains(QStringLiteral("p%1.%2").arg(p.priority).arg(n)))
                        ++n;
                    code = QStringLiteral("P%1.%2").arg(p.priority).arg(n);
                }
                ++inPriority[p.priority];
                codesInUse.insert(code.toLower());
                values.insert(QStringLiteral("code"), code);
                if (p.statusId) {
                    values.insert(QStringLiteral("status_id"), p.statusId);
                    step.rated = true;
                }
                change.added = true;
                change.code = code;
                for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
                    if (it.key() == QLatin1String("code") || it.key() == QLatin1String("title") ||
                        it.key() == QLatin1String("priority_id") || it.value().isNull())
                        continue;
                    change.fields.append({it.key(), fieldLabel(it.key()), QString(),
                                          shown(it.key(), it.value(), statusNames)});
                }
                ++result.added;
            } else {
                const QVariantMap& old = existing.at(step.existing);
                step.oldStatus = old.value(QStringLiteral("status_id")).toLongLong();
                if (p.statusId && p.statusId != step.oldStatus) {
                    values.insert(QStringLiteral("status_id"), p.statusId);
                    step.rated = true;
                }
                change.code = old.value(QStringLiteral("code")).toString();
                for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
                    if (it.key() == QLatin1String("priority_id")) {
                        const int was = old.value(QStringLiteral("priority_number")).toInt();
                        if (was != p.priority)
                            change.fields.append({it.key(), fieldLabel(it.key()), QString::number(was),
                                                  QString::number(p.priority)});
                        continue;
                    }
                    if (!sameValue(old.value(it.key()), it.value()))
                        change.fields.append({it.key(), fieldLabel(it.key()),
                                              shown(it.key(), old.value(it.key()), statusNames),
                                              shown(it.key(), it.value(), statusNames)});
                }
                if (change.fields.isEmpty())
                    ++result.unchanged;
                else
                    ++result.updated;
            }
            if (step.rated)
                ++result.ratingsChanged;
            if (change.added || !change.fields.isEmpty())
                result.changes.append(change);
            steps.append(step);
        }
        result.planId = planId;
        if (!save)
            return result;

        // All lines are right: write them in one transaction.
        Database::Transaction t(m_db);
        Undo& undo = result.undo;
        QHash<qint64, qint64> realStatus; // stand-in id -> saved id
        if (newScheme) {
            schemeId = m_db.insert(QStringLiteral("rating_schemes"),
                                   {{QStringLiteral("name"), Text::tr("Blue, Green, Amber, Red")}});
            undo.addedScheme = schemeId;
            int rank = 0;
            for (const Status& st : std::as_const(statuses)) {
                const bool blue = st.id == -1, green = st.id == -2;
                realStatus.insert(st.id, m_db.insert(QStringLiteral("rating_statuses"),
                                                     {{QStringLiteral("scheme_id"), schemeId},
                                                      {QStringLiteral("code"), st.code},
                                                      {QStringLiteral("letter"), st.letter},
                                                      {QStringLiteral("name"), st.name},
                                                      {QStringLiteral("colour"), st.colour},
                                                      {QStringLiteral("rank"), rank++},
                                                      {QStringLiteral("on_track"), blue || green ? 1 : 0},
                                                      {QStringLiteral("means_complete"), blue ? 1 : 0}}));
            }
            result.notes << Text::tr(
                "The plan had no rating scheme, so Blue, Green, Amber and Red were set up; change "
                "them under Plan ▸ Rating scheme.");
        }
        if (!planId) {
            planId = m_db.insert(QStringLiteral("improvement_plans"),
                                 {{QStringLiteral("scheme_id"), schemeId},
                                  {QStringLiteral("title"), Text::tr("Improvement plan")}});
            undo.addedPlan = true;
        }
        undo.planId = planId;
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        const QString rationale = Text::tr("Imported from %1").arg(sourceName);

        for (Step& step : steps) {
            const Parsed& p = step.p;
            qint64 priorityId = priorityIds.value(p.priority);
            if (!priorityId) {
                priorityId = m_db.insert(QStringLiteral("priorities"),
                                         {{QStringLiteral("plan_id"), planId},
                                          {QStringLiteral("number"), p.priority},
                                          {QStringLiteral("title"),
                                           p.priorityTitle.isEmpty() ? Text::tr("Priority %1").arg(p.priority)
                                                                     : p.priorityTitle}});
                priorityIds.insert(p.priority, priorityId);
                undo.addedPriorities << priorityId;
            }
            QVariantMap values = step.values;
            values.insert(QStringLiteral("priority_id"), priorityId);
            qint64 statusId = values.value(QStringLiteral("status_id")).toLongLong();
            if (statusId < 0) {
                statusId = realStatus.value(statusId);
                values.insert(QStringLiteral("status_id"), statusId);
            }
            if (step.rated)
                values.insert(QStringLiteral("rated_on"), today);
            qint64 milestoneId = 0;
            if (step.existing < 0) {
                milestoneId = m_db.insert(QStringLiteral("milestones"), values);
                undo.addedMilestones << milestoneId;
            } else {
                const QVariantMap& old = existing.at(step.existing);
                milestoneId = old.value(QStringLiteral("id")).toLongLong();
                QVariantMap changed, before;
                for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
                    if (!sameValue(old.value(it.key()), it.value())) {
                        changed.insert(it.key(), it.value());
                        before.insert(it.key(), old.value(it.key()));
                    }
                }
                if (!changed.isEmpty()) {
                    const int version = old.value(QStringLiteral("version")).toInt();
                    m_db.update(QStringLiteral("milestones"), milestoneId, changed, version);
                    undo.updated.append({milestoneId, before, version + 1});
                }
            }
            if (step.rated)
                undo.addedRatingChanges
                    << m_db.insert(QStringLiteral("rating_changes"),
                                   {{QStringLiteral("milestone_id"), milestoneId},
                                    {QStringLiteral("changed_on"), today},
                                    {QStringLiteral("changed_by"), m_db.login()},
                                    {QStringLiteral("from_status_id"),
                                     step.oldStatus ? QVariant(step.oldStatus) : QVariant()},
                                    {QStringLiteral("to_status_id"), statusId},
                                    {QStringLiteral("rationale"), rationale}});
        }
        t.commit();
        result.planId = planId;
    } catch (const StoreError& e) {
        result.added = result.updated = result.unchanged = result.ratingsChanged = 0;
        result.changes.clear();
        result.undo = Undo();
        error(Text::tr("Nothing was imported: %1").arg(e.message()));
    }
    return result;
}

void PlanSpreadsheet::undoImport(const Undo& undo)
{
    Database::Transaction t(m_db);
    for (auto it = undo.addedRatingChanges.crbegin(); it != undo.addedRatingChanges.crend(); ++it)
        m_db.remove(QStringLiteral("rating_changes"), *it);
    for (const Undo::Restore& r : undo.updated)
        m_db.update(QStringLiteral("milestones"), r.id, r.before, r.versionAfter);
    for (auto it = undo.addedMilestones.crbegin(); it != undo.addedMilestones.crend(); ++it)
        m_db.remove(QStringLiteral("milestones"), *it);
    for (auto it = undo.addedPriorities.crbegin(); it != undo.addedPriorities.crend(); ++it)
        m_db.remove(QStringLiteral("priorities"), *it);
    if (undo.addedPlan)
        m_db.remove(QStringLiteral("improvement_plans"), undo.planId);
    if (undo.addedScheme) {
        for (const auto& s :
             StoreSql::rows(m_db, QStringLiteral("SELECT id FROM rating_statuses WHERE scheme_id = ?"),
                            {undo.addedScheme}))
            m_db.remove(QStringLiteral("rating_statuses"), s.value(QStringLiteral("id")).toLongLong());
        m_db.remove(QStringLiteral("rating_schemes"), undo.addedScheme);
    }
    t.commit();
}

QStringList PlanSpreadsheet::describe(const QList<Change>& changes)
{
    QStringList out;
    for (const Change& c : changes) {
        QStringList parts;
        for (const FieldChange& f : c.fields) {
            const QString before =
                f.before.isEmpty() ? Text::tr("empty") : QStringLiteral("“%1”").arg(elided(f.before));
            const QString after =
                f.after.isEmpty() ? Text::tr("empty") : QStringLiteral("“%1”").arg(elided(f.after));
            parts << (c.added ? Text::tr("%1 %2").arg(f.label, after)
                              : Text::tr("%1 %2 → %3").arg(f.label, before, after));
        }
        const QString what =
            c.added ? Text::tr("Line %1: adds %2 “%3” under priority %4")
                          .arg(c.line)
                          .arg(c.code, elided(c.milestone))
                          .arg(c.priority)
                    : Text::tr("Line %1: changes %2 “%3”").arg(c.line).arg(c.code, elided(c.milestone));
        out << (parts.isEmpty() ? what : what + QStringLiteral(": ") + parts.join(QStringLiteral("; ")));
    }
    return out;
}
