#include "CliSupport.h"

#include <QGuiApplication>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace Cli {

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

void addDbOption(QCommandLineParser& parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("db"),
                                        QCoreApplication::translate("Cli", "The database: a file, or a server's "
                                                                           "postgresql://user@host[:port]/dbname."),
                                        QStringLiteral("FILE|URL")));
}

bool parse(QCommandLineParser& parser, const QString& verb, const QStringList& args)
{
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "scrutineer %1").arg(verb));
    parser.addHelpOption();
    QStringList full = args;
    full.prepend(QStringLiteral("scrutineer %1").arg(verb));
    if (!parser.parse(full)) {
        err() << parser.errorText() << Qt::endl << parser.helpText();
        err().flush();
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        out().flush();
        return false;
    }
    return true;
}

QString defaultDatabasePath()
{
    const QString path = Database::defaultPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    return path;
}

std::unique_ptr<Database> openDatabase(const QCommandLineParser& parser, bool mustExist)
{
    QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty())
        path = defaultDatabasePath();
    if (mustExist && path != QLatin1String(":memory:") && !ServerAddress::isServerUrl(path) && !QFileInfo::exists(path)) {
        err() << QCoreApplication::translate("Cli", "There is no database at %1. Check the path, or create one "
                                                    "with: scrutineer demo --db %1")
                     .arg(path)
              << Qt::endl;
        return nullptr;
    }
    try {
        return Database::open(path);
    } catch (const StoreError& e) {
        err() << e.message() << Qt::endl;
        return nullptr;
    }
}

void printJson(const QJsonDocument& doc, bool compact)
{
    out() << QString::fromUtf8(doc.toJson(compact ? QJsonDocument::Compact : QJsonDocument::Indented));
    if (compact)
        out() << '\n';
    out().flush();
}

int exportMeetingPdf(const QStringList& args, const QString& verb, const QString& what, const QString& example,
                     const QString& confidentialHelp, MeetingPdfWriter write)
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("Cli", text); };
    QCommandLineParser parser;
    addDbOption(parser);
    parser.addOption(QCommandLineOption(QStringLiteral("meeting"),
                                        tr("The meeting's id (see \"scrutineer list meetings\")."),
                                        QStringLiteral("ID")));
    parser.addOption(QCommandLineOption(QStringLiteral("out"), tr("The PDF file to write."), QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("confidential"), confidentialHelp));
    if (!parse(parser, verb, args))
        return 2;
    bool ok = false;
    const qint64 meetingId = parser.value(QStringLiteral("meeting")).toLongLong(&ok);
    if (!ok || meetingId <= 0) {
        err() << tr("Say which meeting: --meeting ID (a number; \"scrutineer list meetings\" shows them).")
              << Qt::endl;
        return 2;
    }
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        err() << tr("Say where to write %1: --out %2").arg(what, example) << Qt::endl;
        return 2;
    }
    auto db = openDatabase(parser);
    if (!db)
        return 1;
    // Fonts and painting need a GUI application object (offscreen is enough).
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        err() << tr("Cannot draw %1 without a graphical application.").arg(what) << Qt::endl;
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
