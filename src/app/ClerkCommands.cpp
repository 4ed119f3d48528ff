// The clerk's exports (the minutes PDF is in BriefingCommand.cpp):
//   scrutineer export actions --db FILE --format csv|xlsx --out FILE [--committee ID] [--status S]
//   [--overdue] [--confidential]
//   scrutineer export calendar --db FILE [--committee ID] --out FILE.ics
#include "CliSupport.h"
#include "Commands.h"
#include "reports/ActionLogExport.h"
#include "reports/CalendarExport.h"
#include "store/ActionRepository.h"

#include <QCoreApplication>

namespace {

// The context of this file's strings, the same for tr() at run time and for lupdate.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QCommandLineOption outOption(const QString& what)
{
    return QCommandLineOption(QStringLiteral("out"), what, QStringLiteral("FILE"));
}

QCommandLineOption committeeOption()
{
    return QCommandLineOption(QStringLiteral("committee"),
                              Text::tr("Only this committee's (see \"scrutineer list committees\")."),
                              QStringLiteral("ID"));
}

// The --committee value: 0 when absent, -1 (after a message) when it is not a number.
qint64 committeeValue(const QCommandLineParser& parser)
{
    if (!parser.isSet(QStringLiteral("committee")))
        return 0;
    bool ok = false;
    const qint64 id = parser.value(QStringLiteral("committee")).toLongLong(&ok);
    if (!ok || id <= 0) {
        Cli::err()
            << Text::tr("--committee takes a committee's number (\"scrutineer list committees\" shows them).")
            << Qt::endl;
        return -1;
    }
    return id;
}

} // namespace

int runExportActions(const QStringList& args)
{
    QCommandLineParser parser;
    Cli::addDbOption(parser);
    parser.addOption(QCommandLineOption(QStringLiteral("format"),
                                        Text::tr("csv or xlsx (default: from the file name)."),
                                        QStringLiteral("FORMAT")));
    parser.addOption(outOption(Text::tr("The file to write.")));
    parser.addOption(committeeOption());
    parser.addOption(QCommandLineOption(
        QStringLiteral("status"),
        Text::tr("Only actions with this status: open, in progress, done, cancelled or outstanding."),
        QStringLiteral("STATUS")));
    parser.addOption(QCommandLineOption(QStringLiteral("overdue"),
                                        Text::tr("Only outstanding actions past their due date.")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("confidential"),
                           Text::tr("Include the actions raised under exempt (Part 2) items; without "
                                    "it they are left out.")));
    if (!Cli::parse(parser, QStringLiteral("export actions"), args))
        return 2;
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        Cli::err() << Text::tr("Say where to write the action log: --out actions.csv or --out actions.xlsx")
                   << Qt::endl;
        return 2;
    }
    QString format = parser.value(QStringLiteral("format")).toLower();
    if (format.isEmpty())
        format = out.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) ? QStringLiteral("xlsx")
                                                                           : QStringLiteral("csv");
    if (format != QLatin1String("csv") && format != QLatin1String("xlsx")) {
        Cli::err() << Text::tr("--format is csv or xlsx.") << Qt::endl;
        return 2;
    }
    ActionRepository::Filter filter;
    filter.committeeId = committeeValue(parser);
    if (filter.committeeId < 0)
        return 2;
    filter.status = parser.value(QStringLiteral("status")).toLower();
    if (!filter.status.isEmpty() && filter.status != QLatin1String("outstanding") &&
        !ActionRepository::statuses().contains(filter.status)) {
        Cli::err() << Text::tr("--status is one of: open, in progress, done, cancelled, outstanding.")
                   << Qt::endl;
        return 2;
    }
    filter.overdueOnly = parser.isSet(QStringLiteral("overdue"));
    filter.withExempt = parser.isSet(QStringLiteral("confidential"));
    filter.today = QDate::currentDate();
#ifdef SCRUTINEER_NO_WORKBOOKS
    // This executable writes text only; scrutineer-gui writes Excel workbooks.
    if (format == QLatin1String("xlsx"))
        return Cli::handOver(QStringLiteral("scrutineer-gui"));
#endif
    auto db = Cli::openDatabase(parser);
    if (!db)
        return 1;
    QString error;
    bool done = false;
    try {
        const QList<ActionRepository::Row> rows = ActionRepository(*db).rows(filter);
#ifdef SCRUTINEER_NO_WORKBOOKS
        done = ActionLogExport::writeCsv(rows, out, filter.today, &error);
#else
        done = format == QLatin1String("csv") ? ActionLogExport::writeCsv(rows, out, filter.today, &error)
                                              : ActionLogExport::writeXlsx(rows, out, filter.today, &error);
#endif
        if (done)
            Cli::out() << (rows.size() == 1 ? Text::tr("1 action written to %1").arg(out)
                                            : Text::tr("%1 actions written to %2").arg(rows.size()).arg(out))
                       << Qt::endl;
    } catch (const StoreError& e) {
        error = e.message();
    }
    if (!done) {
        Cli::err() << error << Qt::endl;
        return 1;
    }
    return 0;
}

int runExportCalendar(const QStringList& args)
{
    QCommandLineParser parser;
    Cli::addDbOption(parser);
    parser.addOption(committeeOption());
    parser.addOption(outOption(Text::tr("The .ics file to write.")));
    if (!Cli::parse(parser, QStringLiteral("export calendar"), args))
        return 2;
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        Cli::err() << Text::tr("Say where to write the calendar: --out meetings.ics") << Qt::endl;
        return 2;
    }
    const qint64 committee = committeeValue(parser);
    if (committee < 0)
        return 2;
    auto db = Cli::openDatabase(parser);
    if (!db)
        return 1;
    QString error;
    if (!CalendarExport::write(*db, committee, out, &error)) {
        Cli::err() << error << Qt::endl;
        return 1;
    }
    return 0;
}
