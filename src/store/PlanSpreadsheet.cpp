#include "PlanSpreadsheet.h"

#include "Database.h"
#include "core/BritishDate.h"
#include "core/Role.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("PlanSpreadsheet", text);
}

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

// Windows-1252's 0x80–0x9F (the rest of the code page is Latin-1).
const char16_t cp1252High[32] = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
                                 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

// Would a spreadsheet program take this text for a formula ("=HYPERLINK(…)", "+1", "@SUM")?
bool looksLikeFormula(const QString& value)
{
    if (value.isEmpty())
        return false;
    const QChar c = value.at(0);
    if (c == u'=' || c == u'+' || c == u'@')
        return true;
    return c == u'-' && value.size() > 1 && !value.at(1).isDigit() && !value.at(1).isSpace() &&
           value.at(1) != u'.';
}

QString csvCell(const QString& text)
{
    // A leading apostrophe keeps a formula-like text as text when the CSV is opened in Excel
    // (and is taken off again on import).
    const QString value = looksLikeFormula(text) ? QLatin1Char('\'') + text : text;
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
                       value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')) ||
                       value.contains(QLatin1Char(';')) || value != value.trimmed();
    if (!quote)
        return value;
    return QLatin1Char('"') + QString(value).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

QString unprotect(const QString& cell)
{
    return cell.startsWith(QLatin1Char('\'')) && looksLikeFormula(cell.mid(1)) ? cell.mid(1) : cell;
}

QChar guessSeparator(const QString& text)
{
    // Count separators on the first line (outside quotes).
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u';')
            ++semicolons;
        else if (!quoted && c == u'\t')
            ++tabs;
    }
    if (tabs > commas && tabs > semicolons)
        return QLatin1Char('\t');
    if (semicolons > commas)
        return QLatin1Char(';');
    return QLatin1Char(',');
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

} // namespace

QStringList PlanSpreadsheet::headers()
{
    return {tr("Priority"), tr("Code"),   tr("Milestone"),  tr("Owner"),
            tr("Due date"), tr("Rating"), tr("Completion"), tr("Evidence")};
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
    const auto plans = m_db.rows(QStringLiteral("SELECT id, title FROM improvement_plans ORDER BY id"));
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
            tr("This database holds several improvement plans: %1. Say which one to use by its number.")
                .arg(names.join(QStringLiteral(", "))));
    }
    return plans.first().value(QStringLiteral("id")).toLongLong();
}

QList<PlanSpreadsheet::Row> PlanSpreadsheet::rows(qint64 planId) const
{
    if (planId == 0)
        planId = defaultPlan();
    QList<Row> out;
    const auto found =
        m_db.rows(QStringLiteral("SELECT p.number, p.title AS priority_title, ms.code, ms.title, ms.owner, "
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
    QString text;
    const auto line = [&](const QStringList& cells) {
        QStringList quoted;
        for (const QString& c : cells)
            quoted << csvCell(c);
        text += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    line(headers());
    for (const Row& r : rows(planId))
        line(cells(r));
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

QString PlanSpreadsheet::decode(const QByteArray& bytes)
{
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(data);
    if (!utf8.hasError())
        return text;
    // Not UTF-8: Excel's "CSV" on Windows writes Windows-1252.
    text.clear();
    text.reserve(data.size());
    for (const char ch : data) {
        const auto b = static_cast<unsigned char>(ch);
        text += (b >= 0x80 && b < 0xA0) ? QChar(cp1252High[b - 0x80]) : QChar(b);
    }
    return text;
}

QList<PlanSpreadsheet::Record> PlanSpreadsheet::parseCsv(const QString& text, QChar separator)
{
    QList<Record> records;
    Record current;
    QString cell;
    bool quoted = false;
    bool cellStarted = false;
    int line = 1;
    current.line = 1;
    const int n = int(text.size());
    const auto endCell = [&]() {
        current.cells << cell;
        cell.clear();
        cellStarted = false;
    };
    const auto endRecord = [&](int nextLine) {
        endCell();
        bool blank = true;
        for (const QString& c : current.cells)
            blank = blank && c.trimmed().isEmpty();
        if (!blank)
            records.append(current);
        current = Record();
        current.line = nextLine;
    };
    for (int i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                    continue; // keep a single \n for a line break inside a cell
                cell += c == u'\r' ? QChar(u'\n') : c;
            }
            continue;
        }
        if (c == u'"' && !cellStarted) {
            quoted = true;
            cellStarted = true;
        } else if (c == separator) {
            endCell();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            ++line;
            endRecord(line);
        } else {
            cell += c;
            if (!c.isSpace())
                cellStarted = true;
        }
    }
    if (!cell.isEmpty() || !current.cells.isEmpty())
        endRecord(line);
    return records;
}

PlanSpreadsheet::ImportResult PlanSpreadsheet::importCsv(const QByteArray& bytes, const QString& sourceName,
                                                         qint64 planId)
{
    ImportResult result;
    const auto fail = [&](const QString& message) {
        result.errors << message;
        return result;
    };
    if (!Roles::mayWrite(m_db.role(), QStringLiteral("milestones")))
        return fail(
            tr("As a %1 you may not change the improvement plan. Ask a clerk or an officer to import it.")
                .arg(Roles::displayName(m_db.role()).toLower()));
    const QString text = decode(bytes);
    const QList<Record> records = parseCsv(text, guessSeparator(text));
    if (records.isEmpty())
        return fail(
            tr("The file is empty. Save the plan from the spreadsheet as CSV, with the column names on the "
               "first line."));

    // Which column is which.
    QList<int> columnFor; // file column -> our column, -1 when ignored
    QList<bool> present(ColumnCount, false);
    QStringList ignored;
    for (const QString& h : records.first().cells) {
        const int c = columnOf(h);
        if (c >= 0 && present[c]) {
            result.errors << tr("Line %1: the column \"%2\" appears twice; keep one of them.")
                                 .arg(records.first().line)
                                 .arg(h.trimmed());
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
            tr("Line %1 must name the columns, and Priority and Milestone are needed (found: %2). The other "
               "columns Scrutineer reads are Code, Owner, Due date, Rating, Completion and Evidence.")
                .arg(records.first().line)
                .arg(records.first().cells.join(QStringLiteral(", "))));
    if (!result.errors.isEmpty())
        return result;
    if (!ignored.isEmpty())
        result.notes << tr("These columns were not read: %1.").arg(ignored.join(QStringLiteral(", ")));

    try {
        if (planId == 0)
            planId = defaultPlan();
        qint64 schemeId = 0;
        if (planId) {
            schemeId =
                m_db.scalar(QStringLiteral("SELECT scheme_id FROM improvement_plans WHERE id = ?"), {planId})
                    .toLongLong();
            if (!schemeId)
                return fail(tr("There is no improvement plan number %1 in this database.").arg(planId));
        } else {
            schemeId =
                m_db.scalar(QStringLiteral("SELECT id FROM rating_schemes ORDER BY id LIMIT 1")).toLongLong();
        }
        QList<Status> statuses;
        if (schemeId) {
            for (const auto& r :
                 m_db.rows(QStringLiteral("SELECT id, code, letter, name, colour FROM rating_statuses "
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
            statuses.isEmpty() && !m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM rating_schemes")).toInt();
        if (newScheme) {
            statuses = {
                {-1, QStringLiteral("blue"), QStringLiteral("B"), tr("Blue"), QStringLiteral("#1565c0")},
                {-2, QStringLiteral("green"), QStringLiteral("G"), tr("Green"), QStringLiteral("#2e7d32")},
                {-3, QStringLiteral("amber"), QStringLiteral("A"), tr("Amber"), QStringLiteral("#ef8f00")},
                {-4, QStringLiteral("red"), QStringLiteral("R"), tr("Red"), QStringLiteral("#c62828")}};
        }
        QStringList letters;
        for (const Status& s : statuses)
            letters << s.letter;

        // Read and check every line before anything is written.
        static const QRegularExpression priorityPattern(
            QStringLiteral("^\\s*(?:p(?:riority)?\\s*)?(\\d+)\\s*[.:)\\x{2013}\\x{2014}-]?\\s*(.*)$"),
            QRegularExpression::CaseInsensitiveOption);
        QList<Parsed> parsed;
        QHash<QString, int> codeLine;
        for (int r = 1; r < records.size(); ++r) {
            const Record& rec = records.at(r);
            QStringList v(ColumnCount);
            for (int i = 0; i < rec.cells.size() && i < columnFor.size(); ++i)
                if (columnFor.at(i) >= 0)
                    v[columnFor.at(i)] = unprotect(rec.cells.at(i).trimmed());
            Parsed p;
            p.line = rec.line;
            const auto line = [&](const QString& what) {
                result.errors << tr("Line %1: %2").arg(rec.line).arg(what);
            };

            const auto pm = priorityPattern.match(v[Priority]);
            if (v[Priority].isEmpty())
                line(tr("the priority is empty; give its number (for example 2, or 2. Caseloads)."));
            else if (!pm.hasMatch() || pm.captured(1).toInt() <= 0)
                line(tr("the priority \"%1\" has no number; write it as 2, or 2. Caseloads.")
                         .arg(v[Priority]));
            else {
                p.priority = pm.captured(1).toInt();
                p.priorityTitle = pm.captured(2).trimmed();
            }
            p.title = v[Milestone].simplified();
            if (p.title.isEmpty())
                line(tr("the milestone is empty; give its title."));
            p.code = v[Code].simplified();
            if (!p.code.isEmpty()) {
                const QString key = p.code.toLower();
                if (codeLine.contains(key))
                    line(tr("the code %1 is also used on line %2; each milestone needs its own code.")
                             .arg(p.code)
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
                    line(tr("the due date \"%1\" is not a date; write it as 31/03/2017 or 31 March 2017.")
                             .arg(v[Due]));
            }
            if (!v[Rating].isEmpty()) {
                for (const Status& s : statuses)
                    if (v[Rating].compare(s.letter, Qt::CaseInsensitive) == 0 ||
                        v[Rating].compare(s.code, Qt::CaseInsensitive) == 0 ||
                        v[Rating].compare(s.name, Qt::CaseInsensitive) == 0)
                        p.statusId = s.id;
                if (!p.statusId) {
                    if (statuses.isEmpty())
                        line(tr("the rating \"%1\" cannot be kept: the plan has no rating scheme yet. Set "
                                "one up under "
                                "Plan ▸ Rating scheme, or leave the Rating column empty.")
                                 .arg(v[Rating]));
                    else
                        line(tr("the rating \"%1\" is not one of the plan's ratings (%2).")
                                 .arg(v[Rating], letters.join(QStringLiteral(", "))));
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
                    line(tr("the completion \"%1\" is not one of: %2.")
                             .arg(v[Completion], completions().join(QStringLiteral(", "))));
                else
                    p.completion = c;
            }
            parsed.append(p);
        }
        // Titles repeated within a priority and without codes would be merged silently: say so.
        QHash<QString, int> titleLine;
        for (const Parsed& p : parsed) {
            if (!p.code.isEmpty() || !p.priority)
                continue;
            const QString key = QStringLiteral("%1|%2").arg(p.priority).arg(p.title.toLower());
            if (titleLine.contains(key))
                result.errors
                    << tr("Line %1: the milestone \"%2\" is also on line %3 under the same priority; give "
                          "them codes to keep both.")
                           .arg(p.line)
                           .arg(p.title)
                           .arg(titleLine.value(key));
            else
                titleLine.insert(key, p.line);
        }
        if (parsed.isEmpty())
            result.errors << tr("The file names the columns but holds no milestones.");
        if (!result.errors.isEmpty())
            return result;

        // All lines are right: write them in one transaction.
        Database::Transaction t(m_db);
        QHash<qint64, qint64> realStatus; // stand-in id -> saved id
        if (newScheme) {
            schemeId = m_db.insert(QStringLiteral("rating_schemes"),
                                   {{QStringLiteral("name"), tr("Blue, Green, Amber, Red")}});
            int rank = 0;
            for (const Status& st : statuses) {
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
            result.notes << tr(
                "The plan had no rating scheme, so Blue, Green, Amber and Red were set up; change "
                "them under Plan ▸ Rating scheme.");
            if (planId)
                m_db.update(QStringLiteral("improvement_plans"), planId,
                            {{QStringLiteral("scheme_id"), schemeId}});
        }
        if (!planId) {
            planId = m_db.insert(
                QStringLiteral("improvement_plans"),
                {{QStringLiteral("scheme_id"), schemeId}, {QStringLiteral("title"), tr("Improvement plan")}});
        }
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        const QString rationale = tr("Imported from %1").arg(sourceName);
        QHash<int, qint64> priorityIds;
        for (const auto& r :
             m_db.rows(QStringLiteral("SELECT id, number FROM priorities WHERE plan_id = ?"), {planId}))
            priorityIds.insert(r.value(QStringLiteral("number")).toInt(),
                               r.value(QStringLiteral("id")).toLongLong());

        for (Parsed p : parsed) {
            if (p.statusId < 0)
                p.statusId = realStatus.value(p.statusId);
            qint64 priorityId = priorityIds.value(p.priority);
            if (!priorityId) {
                priorityId = m_db.insert(
                    QStringLiteral("priorities"),
                    {{QStringLiteral("plan_id"), planId},
                     {QStringLiteral("number"), p.priority},
                     {QStringLiteral("title"),
                      p.priorityTitle.isEmpty() ? tr("Priority %1").arg(p.priority) : p.priorityTitle}});
                priorityIds.insert(p.priority, priorityId);
            }
            // The milestone this line describes: by code across the plan, else by title in its priority.
            QList<QVariantMap> existing;
            if (!p.code.isEmpty())
                existing =
                    m_db.rows(QStringLiteral(
                                  "SELECT ms.* FROM milestones ms JOIN priorities p ON p.id = ms.priority_id "
                                  "WHERE p.plan_id = ? AND lower(ms.code) = lower(?)"),
                              {planId, p.code});
            else
                existing = m_db.rows(
                    QStringLiteral(
                        "SELECT * FROM milestones WHERE priority_id = ? AND lower(title) = lower(?)"),
                    {priorityId, p.title});

            QVariantMap values = {
                {QStringLiteral("priority_id"), priorityId},
                {QStringLiteral("title"), p.title},
                {QStringLiteral("owner"), p.owner.isEmpty() ? QVariant() : QVariant(p.owner)},
                {QStringLiteral("evidence"), p.evidence.isEmpty() ? QVariant() : QVariant(p.evidence)}};
            if (p.hasDue)
                values.insert(QStringLiteral("due_date"),
                              p.due.isValid() ? QVariant(p.due.toString(Qt::ISODate)) : QVariant());
            if (!p.completion.isEmpty())
                values.insert(QStringLiteral("completion"), p.completion);

            qint64 milestoneId = 0;
            qint64 oldStatus = 0;
            if (existing.isEmpty()) {
                QString code = p.code;
                if (code.isEmpty()) {
                    const int count =
                        m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM milestones WHERE priority_id = ?"),
                                    {priorityId})
                            .toInt();
                    code = QStringLiteral("P%1.%2").arg(p.priority).arg(count + 1);
                }
                values.insert(QStringLiteral("code"), code);
                if (p.statusId) {
                    values.insert(QStringLiteral("status_id"), p.statusId);
                    values.insert(QStringLiteral("rated_on"), today);
                }
                milestoneId = m_db.insert(QStringLiteral("milestones"), values);
                ++result.added;
            } else {
                const QVariantMap& old = existing.first();
                milestoneId = old.value(QStringLiteral("id")).toLongLong();
                oldStatus = old.value(QStringLiteral("status_id")).toLongLong();
                if (p.statusId && p.statusId != oldStatus) {
                    values.insert(QStringLiteral("status_id"), p.statusId);
                    values.insert(QStringLiteral("rated_on"), today);
                }
                bool changed = false;
                for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
                    const QVariant was = old.value(it.key());
                    const bool same = (was.isNull() || was.toString().isEmpty())
                                          ? (it.value().isNull() || it.value().toString().isEmpty())
                                          : was.toString() == it.value().toString();
                    changed = changed || !same;
                }
                if (changed) {
                    m_db.update(QStringLiteral("milestones"), milestoneId, values,
                                old.value(QStringLiteral("version")).toInt());
                    ++result.updated;
                } else {
                    ++result.unchanged;
                }
            }
            if (p.statusId && p.statusId != oldStatus) {
                m_db.insert(QStringLiteral("rating_changes"),
                            {{QStringLiteral("milestone_id"), milestoneId},
                             {QStringLiteral("changed_on"), today},
                             {QStringLiteral("changed_by"), m_db.login()},
                             {QStringLiteral("from_status_id"), oldStatus ? QVariant(oldStatus) : QVariant()},
                             {QStringLiteral("to_status_id"), p.statusId},
                             {QStringLiteral("rationale"), rationale}});
                ++result.ratingsChanged;
            }
        }
        t.commit();
        result.planId = planId;
    } catch (const StoreError& e) {
        result.added = result.updated = result.unchanged = result.ratingsChanged = 0;
        result.errors << tr("Nothing was imported: %1").arg(e.message());
    }
    return result;
}
