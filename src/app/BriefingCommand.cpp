// scrutineer export briefing --db FILE --meeting ID --out FILE.pdf [--confidential]
#include "CliSupport.h"
#include "Commands.h"
#include "reports/BriefingPack.h"

#include <QCoreApplication>
#include <QGuiApplication>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

} // namespace

int runExportBriefing(const QStringList& args)
{
    QCommandLineParser parser;
    Cli::addDbOption(parser);
    parser.addOption(QCommandLineOption(QStringLiteral("meeting"),
                                        tr("The meeting's id (see \"scrutineer list meetings\")."),
                                        QStringLiteral("ID")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("out"), tr("The PDF file to write."), QStringLiteral("FILE")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("confidential"),
                           tr("Include exempt (Part 2) items; every page is marked confidential.")));
    if (!Cli::parse(parser, QStringLiteral("export briefing"), args))
        return 2;
    bool ok = false;
    const qint64 meetingId = parser.value(QStringLiteral("meeting")).toLongLong(&ok);
    if (!ok || meetingId <= 0) {
        Cli::err()
            << tr("Say which meeting: --meeting ID (a number; \"scrutineer list meetings\" shows them).")
            << Qt::endl;
        return 2;
    }
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        Cli::err() << tr("Say where to write the pack: --out pack.pdf") << Qt::endl;
        return 2;
    }
    auto db = Cli::openDatabase(parser);
    if (!db)
        return 1;
    // Fonts and painting need a GUI application object (offscreen is enough).
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        Cli::err() << tr("The briefing pack cannot be drawn without a graphical application.") << Qt::endl;
        return 1;
    }
    QString error;
    if (!BriefingPack::writePdf(*db, meetingId, parser.isSet(QStringLiteral("confidential")), out, &error)) {
        Cli::err() << error << Qt::endl;
        return 1;
    }
    return 0;
}
