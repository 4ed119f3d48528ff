// The PDFs of a meeting (scrutineer-gui: they draw with QPainter and fonts):
//   scrutineer export briefing --db FILE --meeting ID --out FILE.pdf [--confidential]
//   scrutineer export minutes --db FILE --meeting ID --out FILE.pdf [--confidential]
#include "CliSupport.h"
#include "Commands.h"
#include "reports/BriefingPack.h"
#include "reports/MinutesPdf.h"

#include <QCoreApplication>
#include <QGuiApplication>

namespace {

// The context of this file's strings, the same for tr() at run time and for lupdate.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

namespace Cli {

int exportMeetingPdf(const QStringList& args, const QString& verb, const QString& what,
                     const QString& example, const QString& confidentialHelp, MeetingPdfWriter write)
{
    QCommandLineParser parser;
    addDbOption(parser);
    parser.addOption(QCommandLineOption(QStringLiteral("meeting"),
                                        Text::tr("The meeting's id (see \"scrutineer list meetings\")."),
                                        QStringLiteral("ID")));
    parser.addOption(QCommandLineOption(QStringLiteral("out"), Text::tr("The PDF file to write."),
                                        QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("confidential"), confidentialHelp));
    if (!parse(parser, verb, args))
        return 2;
    bool ok = false;
    const qint64 meetingId = parser.value(QStringLiteral("meeting")).toLongLong(&ok);
    if (!ok || meetingId <= 0) {
        err() << Text::tr(
                     "Say which meeting: --meeting ID (a number; \"scrutineer list meetings\" shows them).")
              << Qt::endl;
        return 2;
    }
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        err() << Text::tr("Say where to write %1: --out %2").arg(what, example) << Qt::endl;
        return 2;
    }
    auto db = openDatabase(parser);
    if (!db)
        return 1;
    // Fonts and painting need a GUI application object (offscreen is enough).
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        err() << Text::tr("Cannot draw %1 without a graphical application.").arg(what) << Qt::endl;
        return 1;
    }
    QString error;
    if (!write(*db, meetingId, parser.isSet(QStringLiteral("confidential")), out, &error)) {
        err() << error << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace Cli

int runExportBriefing(const QStringList& args)
{
    return Cli::exportMeetingPdf(
        args, QStringLiteral("export briefing"), Text::tr("the pack"), QStringLiteral("pack.pdf"),
        Text::tr("Include exempt (Part 2) items; every page is marked confidential."),
        &BriefingPack::writePdf);
}

int runExportMinutes(const QStringList& args)
{
    return Cli::exportMeetingPdf(
        args, QStringLiteral("export minutes"), Text::tr("the minutes"), QStringLiteral("minutes.pdf"),
        Text::tr("Include exempt (Part 2) items, marked confidential."), &MinutesPdf::writePdf);
}
