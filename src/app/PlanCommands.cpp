// scrutineer export plan --db FILE --format csv|xlsx --out FILE [--plan ID]
// scrutineer import-plan --db FILE [--plan ID] [--json] [--dry-run] FILE.csv
#include "CliSupport.h"
#include "Commands.h"
#include "reports/PlanExport.h"
#include "store/PlanSpreadsheet.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace {

// The context of this file's strings, the same for tr() at run time and for lupdate.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

void addPlanOption(QCommandLineParser& parser)
{
    parser.addOption(QCommandLineOption(
        QStringLiteral("plan"),
        Text::tr("The improvement plan's id (needed only when the database holds several)."),
        QStringLiteral("ID"), QStringLiteral("0")));
}

bool readPlan(const QCommandLineParser& parser, qint64* planId)
{
    bool ok = false;
    *planId = parser.value(QStringLiteral("plan")).toLongLong(&ok);
    if (ok && *planId >= 0)
        return true;
    Cli::err() << Text::tr("--plan takes the plan's id, a number.") << Qt::endl;
    return false;
}

} // namespace

int runExportPlan(const QStringList& args)
{
    QCommandLineParser parser;
    Cli::addDbOption(parser);
    addPlanOption(parser);
    parser.addOption(QCommandLineOption(QStringLiteral("format"),
                                        Text::tr("csv or xlsx (default: from the --out file's name)."),
                                        QStringLiteral("FORMAT")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("out"), Text::tr("The file to write."), QStringLiteral("FILE")));
    if (!Cli::parse(parser, QStringLiteral("export plan"), args))
        return 2;
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        Cli::err() << Text::tr("Say where to write the plan: --out plan.xlsx (or plan.csv).") << Qt::endl;
        return 2;
    }
    QString format = parser.value(QStringLiteral("format")).toLower();
    if (format.isEmpty())
        format = QFileInfo(out).suffix().toLower();
    if (format != QLatin1String("csv") && format != QLatin1String("xlsx")) {
        Cli::err() << Text::tr("The format must be csv or xlsx (--format csv, or --format xlsx).")
                   << Qt::endl;
        return 2;
    }
    qint64 planId = 0;
    if (!readPlan(parser, &planId))
        return 2;
#ifdef SCRUTINEER_NO_WORKBOOKS
    // This executable writes text only; scrutineer-gui writes Excel workbooks.
    if (format == QLatin1String("xlsx"))
        return Cli::handOver(QStringLiteral("scrutineer-gui"));
#endif
    auto db = Cli::openDatabase(parser);
    if (!db)
        return 1;
    QString error;
#ifdef SCRUTINEER_NO_WORKBOOKS
    const bool ok = PlanExport::writeCsv(*db, out, planId, &error);
#else
    const bool ok = format == QLatin1String("csv") ? PlanExport::writeCsv(*db, out, planId, &error)
                                                   : PlanExport::writeXlsx(*db, out, planId, &error);
#endif
    if (!ok) {
        Cli::err() << error << Qt::endl;
        return 1;
    }
    return 0;
}

int runImportPlan(const QStringList& args)
{
    QCommandLineParser parser;
    Cli::addDbOption(parser);
    addPlanOption(parser);
    parser.addOption(
        QCommandLineOption(QStringLiteral("json"), Text::tr("Print what was done (or the errors) as JSON.")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("dry-run"), Text::tr("Print what the import would change, field by field, and save "
                                            "nothing.")));
    parser.addPositionalArgument(
        QStringLiteral("file"),
        Text::tr("The plan as CSV: Priority, Milestone, and optionally Code, "
                 "Owner, Due date, Rating, Completion, Evidence. A column that is not "
                 "in the file leaves its field as it is."));
    if (!Cli::parse(parser, QStringLiteral("import-plan"), args))
        return 2;
    if (parser.positionalArguments().size() != 1) {
        Cli::err() << Text::tr("Name one CSV file to import: scrutineer import-plan --db FILE plan.csv")
                   << Qt::endl;
        return 2;
    }
    const QString path = parser.positionalArguments().first();
    qint64 planId = 0;
    if (!readPlan(parser, &planId))
        return 2;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Cli::err() << Text::tr("%1 could not be read (%2). Check the name and that you may read it.")
                          .arg(path, file.errorString())
                   << Qt::endl;
        return 3;
    }
    const QByteArray bytes = file.readAll();
    auto db = Cli::openDatabase(parser);
    if (!db)
        return 1;
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    PlanSpreadsheet sheet(*db);
    const QString name = QFileInfo(path).fileName();
    const auto result = dryRun ? sheet.preview(bytes, name, planId) : sheet.importCsv(bytes, name, planId);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o;
        o.insert(QStringLiteral("ok"), result.ok());
        o.insert(QStringLiteral("dry_run"), dryRun);
        o.insert(QStringLiteral("plan_id"), result.planId);
        o.insert(QStringLiteral("added"), result.added);
        o.insert(QStringLiteral("updated"), result.updated);
        o.insert(QStringLiteral("unchanged"), result.unchanged);
        o.insert(QStringLiteral("ratings_changed"), result.ratingsChanged);
        QJsonArray changes;
        for (const auto& c : result.changes) {
            QJsonArray fields;
            for (const auto& f : c.fields)
                fields.append(
                    QJsonObject{{QStringLiteral("field"), f.field},
                                {QStringLiteral("from"), c.added ? QJsonValue() : QJsonValue(f.before)},
                                {QStringLiteral("to"), f.after}});
            changes.append(QJsonObject{
                {QStringLiteral("line"), c.line},
                {QStringLiteral("action"), c.added ? QStringLiteral("add") : QStringLiteral("update")},
                {QStringLiteral("code"), c.code},
                {QStringLiteral("milestone"), c.milestone},
                {QStringLiteral("priority"), c.priority},
                {QStringLiteral("fields"), fields}});
        }
        o.insert(QStringLiteral("changes"), changes);
        o.insert(QStringLiteral("errors"), QJsonArray::fromStringList(result.errors));
        o.insert(QStringLiteral("error_count"), result.errorCount);
        o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(result.notes));
        Cli::printJson(QJsonDocument(o));
        return result.ok() ? 0 : 1;
    }
    for (const QString& note : result.notes)
        Cli::err() << note << Qt::endl;
    if (!result.ok()) {
        Cli::printErrors(result.errors, result.errorCount);
        Cli::err() << Text::tr("Nothing was imported. Correct the lines above and import the file again.")
                   << Qt::endl;
        return 1;
    }
    if (dryRun)
        for (const QString& line : PlanSpreadsheet::describe(result.changes))
            Cli::out() << line << '\n';
    const QString summary =
        dryRun
            ? Text::tr("%1 would add %2 milestones, change %3 and leave %4 as they are; %5 ratings would be "
                       "recorded. Nothing has been saved (--dry-run).")
            : Text::tr("Imported %1: %2 milestones added, %3 updated, %4 unchanged; %5 ratings recorded.");
    Cli::out() << summary.arg(name)
                      .arg(result.added)
                      .arg(result.updated)
                      .arg(result.unchanged)
                      .arg(result.ratingsChanged)
               << Qt::endl;
    return 0;
}
