#include "FigureImport.h"

#include "Database.h"
#include "IndicatorRepository.h"
#include "core/BritishDate.h"
#include "core/Csv.h"
#include "core/IndicatorRules.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QRegularExpression>

namespace FigureImport {

namespace {

// The context of this file's strings, the same for tr() at run time and for lupdate.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FigureImport)
};

// "2017-03", "03/2017", "Mar 2017", "March 2017", "2017-03-31" → "2017-03".
QString period(const QString& text)
{
    const QString t = text.trimmed();
    static const QRegularExpression ym(QStringLiteral("^(\\d{4})-(\\d{1,2})(?:-\\d{1,2})?$"));
    static const QRegularExpression my(QStringLiteral("^(\\d{1,2})/(\\d{4})$"));
    static const QRegularExpression named(QStringLiteral("^([A-Za-z]+)\\.?\\s+(\\d{4})$"));
    int y = 0, m = 0;
    if (auto r = ym.match(t); r.hasMatch()) {
        y = r.captured(1).toInt();
        m = r.captured(2).toInt();
    } else if (auto r2 = my.match(t); r2.hasMatch()) {
        m = r2.captured(1).toInt();
        y = r2.captured(2).toInt();
    } else if (auto r3 = named.match(t); r3.hasMatch()) {
        m = BritishDate::monthFromName(r3.captured(1));
        y = r3.captured(2).toInt();
    }
    if (y < 1990 || y > 2100 || m < 1 || m > 12)
        return QString();
    return QStringLiteral("%1-%2").arg(y).arg(m, 2, 10, QLatin1Char('0'));
}

void addProblem(Result& result, int line, const QString& column, const QString& message)
{
    ++result.errorCount;
    if (result.errors.size() >= Csv::kErrorLimit)
        return; // counted, not listed: a million bad rows do not make a million messages
    if (line > 0 && !column.isEmpty())
        result.errors << Text::tr("line %1, column %2: %3").arg(line).arg(column, message);
    else if (line > 0)
        result.errors << Text::tr("line %1: %2").arg(line).arg(message);
    else
        result.errors << message;
    result.problems.append({line, column, message});
}

} // namespace

Result check(const Database& db, const QByteArray& bytes)
{
    const Csv::Decoded decoded = Csv::decode(bytes);
    if (!decoded.ok()) {
        Result result;
        addProblem(result, 0, QString(), decoded.problem);
        return result;
    }
    return check(db, decoded.text);
}

Result check(const Database& db, const QString& input)
{
    Result result;
    QString text = input;
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    if (text.trimmed().isEmpty()) {
        addProblem(result, 0, QString(),
                   Text::tr("The file is empty: it needs a header line (period, team, indicator, value) and "
                            "rows of figures."));
        return result;
    }
    const Csv::Table table = Csv::parse(text);
    if (!table.ok())
        addProblem(result, table.problemLine, QString(), table.problem);
    if (table.records.isEmpty())
        return result;
    QStringList header = table.records.first().cells;
    for (QString& h : header)
        h = h.trimmed().toLower();
    const int cPeriod = int(header.indexOf(QStringLiteral("period")));
    const int cTeam = int(header.indexOf(QStringLiteral("team")));
    int cIndicator = int(header.indexOf(QStringLiteral("indicator")));
    const int cValue = int(header.indexOf(QStringLiteral("value")));
    const int cNote = int(header.indexOf(QStringLiteral("note")));
    QStringList missing;
    if (cPeriod < 0)
        missing << QStringLiteral("period");
    if (cTeam < 0)
        missing << QStringLiteral("team");
    if (cIndicator < 0)
        missing << QStringLiteral("indicator");
    if (cValue < 0)
        missing << QStringLiteral("value");
    if (!missing.isEmpty()) {
        const QString found = table.records.first().cells.join(QStringLiteral(", ")).left(200);
        addProblem(
            result, table.records.first().line, QString(),
            (missing.size() == 1 ? Text::tr("the header lacks the column %1")
                                 : Text::tr("the header lacks the columns %1"))
                    .arg(missing.join(QStringLiteral(", "))) +
                Text::tr(" (it reads: %1). The first line must name the columns period, team, indicator and "
                         "value, separated by commas, semicolons or tabs.")
                    .arg(found));
        return result;
    }

    QHash<QString, IndicatorRepository::Indicator> indicators;
    for (const auto& i : IndicatorRepository(const_cast<Database&>(db)).indicators()) {
        indicators.insert(i.key.toLower(), i);
        indicators.insert(i.name.toLower(), i);
    }
    QHash<QString, IndicatorRepository::Team> teams;
    for (const auto& t : IndicatorRepository(const_cast<Database&>(db)).teams())
        teams.insert(t.name.toLower(), t);

    QSet<QString> seen;
    for (qsizetype r = 1; r < table.records.size(); ++r) {
        const Csv::Record& rec = table.records.at(r);
        const QStringList& f = rec.cells;
        const int start = rec.line;
        auto cell = [&f](int c) { return c >= 0 && c < f.size() ? f.at(c).trimmed() : QString(); };
        Row row;
        row.line = start;
        bool bad = false;
        auto fail = [&](const char* column, const QString& why) {
            addProblem(result, start, QString::fromLatin1(column), why);
            bad = true;
        };
        row.period = period(cell(cPeriod));
        if (cell(cPeriod).isEmpty())
            fail("period", Text::tr("the month is missing; write it as 2017-03."));
        else if (row.period.isEmpty())
            fail("period", Text::tr("“%1” is not a month; write it as 2017-03.").arg(cell(cPeriod)));
        const auto team = teams.constFind(cell(cTeam).toLower());
        if (cell(cTeam).isEmpty())
            fail(
                "team",
                Text::tr("the team is missing; write the team's name as Scrutineer lists it under Figures."));
        else if (team == teams.constEnd())
            fail("team",
                 Text::tr("there is no team called “%1”; write the team's name as Scrutineer lists it "
                          "under Figures.")
                     .arg(cell(cTeam)));
        else {
            row.teamId = team->id;
            row.teamName = team->name;
        }
        const auto ind = indicators.constFind(cell(cIndicator).toLower());
        if (cell(cIndicator).isEmpty()) {
            fail("indicator",
                 Text::tr(
                     "the indicator is missing; write its key or name as the indicator catalogue gives it."));
        } else if (ind == indicators.constEnd()) {
            fail("indicator",
                 Text::tr("there is no indicator called “%1”; write its key or name as the indicator "
                          "catalogue gives it.")
                     .arg(cell(cIndicator)));
        } else if (ind->derived()) {
            fail("indicator",
                 Text::tr("%1 is worked out from its parts; give the parts instead.").arg(ind->name));
        } else {
            row.indicatorId = ind->id;
            row.indicatorName = ind->name;
            QString problem;
            const auto v = IndicatorRules::readFigure(cell(cValue), ind->unit, &problem);
            if (!v)
                fail("value", problem);
            else
                row.value = *v;
        }
        row.note = cell(cNote);
        const QString key = QStringLiteral("%1|%2|%3").arg(row.period).arg(row.teamId).arg(row.indicatorId);
        if (!bad && seen.contains(key))
            fail("period", Text::tr("this team's %1 for %2 is already given on an earlier line.")
                               .arg(row.indicatorName, row.period));
        seen.insert(key);
        if (!bad)
            result.rows << row;
    }
    if (result.rows.isEmpty() && result.errorCount == 0)
        addProblem(result, 0, QString(), Text::tr("The file has a header but no figures."));

    // Figures compared with others of the same month (vacancies and established posts) are
    // checked against the month as the file would leave it, whatever order its lines come in.
    IndicatorRepository repo(const_cast<Database&>(db));
    QHash<qint64, QString> keyOf;
    for (const auto& i : std::as_const(indicators))
        keyOf.insert(i.id, i.key);
    QHash<QString, QHash<QString, double>> fileMonths; // "team|period" → key → value
    for (const Row& r : std::as_const(result.rows))
        fileMonths[QStringLiteral("%1|%2").arg(r.teamId).arg(r.period)].insert(keyOf.value(r.indicatorId),
                                                                               r.value);
    for (const Row& r : std::as_const(result.rows)) {
        const QString key = keyOf.value(r.indicatorId);
        const QStringList related = IndicatorRules::relatedKeys(key);
        if (related.isEmpty())
            continue;
        const QString monthKey = QStringLiteral("%1|%2").arg(r.teamId).arg(r.period);
        QHash<QString, double> month = repo.monthFigures(r.teamId, r.period, related);
        const auto& inFile = fileMonths.value(monthKey);
        for (auto it = inFile.constBegin(); it != inFile.constEnd(); ++it)
            month.insert(it.key(), it.value());
        const QString problem =
            IndicatorRules::validateWithOthers(keyOf.value(r.indicatorId), r.value, month);
        if (!problem.isEmpty())
            addProblem(result, r.line, QStringLiteral("value"), problem);
    }
    return result;
}

Result import(Database& db, const QByteArray& bytes)
{
    const Csv::Decoded decoded = Csv::decode(bytes);
    if (!decoded.ok())
        return check(db, bytes);
    return import(db, decoded.text);
}

Result import(Database& db, const QString& csv)
{
    Result result = check(db, csv);
    if (!result.ok()) {
        result.rows.clear();
        return result;
    }
    IndicatorRepository repo(db);
    QHash<qint64, IndicatorRepository::Indicator> byId;
    for (const auto& i : repo.indicators())
        byId.insert(i.id, i);
    Database::Transaction t(db);
    repo.setCheckingSameMonth(false); // checked above against the month as the file leaves it
    try {
        for (const Row& r : std::as_const(result.rows))
            repo.setValue(byId.value(r.indicatorId), r.teamId, r.period, r.value, r.note);
    } catch (const StoreError& e) {
        addProblem(result, 0, QString(), e.message());
        result.rows.clear();
        return result; // the transaction rolls back: nothing saved
    }
    t.commit();
    return result;
}

} // namespace FigureImport
