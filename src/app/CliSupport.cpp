#include "CliSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
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
                                        QCoreApplication::translate("Cli", "The database file."),
                                        QStringLiteral("FILE")));
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

QStringList textAfterOptions(const QStringList& args, const QStringList& withValue, const QStringList& flags)
{
    QStringList options, text;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == QLatin1String("--")) {
            text += args.mid(i + 1);
            break;
        }
        if (!a.startsWith(QLatin1Char('-')) || a.size() == 1) {
            text << a;
            continue;
        }
        const bool help =
            a == QLatin1String("-h") || a == QLatin1String("-?") || a == QLatin1String("--help");
        const QString name =
            a.startsWith(QLatin1String("--")) ? a.mid(2).section(QLatin1Char('='), 0, 0) : QString();
        const bool inline_ = a.contains(QLatin1Char('='));
        if (help || (!name.isEmpty() && flags.contains(name) && !inline_)) {
            options << a;
        } else if (!name.isEmpty() && withValue.contains(name)) {
            options << a;
            if (!inline_ && i + 1 < args.size())
                options << args.at(++i);
        } else {
            text << a; // not one of ours: part of what to search for
        }
    }
    if (text.isEmpty())
        return options;
    return options + QStringList{QStringLiteral("--")} + text;
}

QString defaultDatabasePath()
{
    const QString path = Database::defaultPath();
    Database::makePrivateFolder(QFileInfo(path).absolutePath());
    return path;
}

std::unique_ptr<Database> openDatabase(const QCommandLineParser& parser, bool mustExist)
{
    QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty())
        path = defaultDatabasePath();
    if (mustExist && path != QLatin1String(":memory:") && !QFileInfo::exists(path)) {
        err() << QCoreApplication::translate("Cli",
                                             "There is no database at %1. Check the path, or create one "
                                             "with: scrutineer demo --db %1")
                     .arg(path)
              << Qt::endl;
        return nullptr;
    }
    try {
        auto db = Database::open(path);
        // Said on stderr, so that what a command prints for others stays as it was.
        if (db->isReadOnly())
            err() << QCoreApplication::translate("Cli", "Note: %1").arg(db->readOnlyReason()) << Qt::endl;
        if (!db->auditCheck().intact)
            err() << QCoreApplication::translate("Cli", "Warning: %1").arg(db->auditCheck().message)
                  << Qt::endl;
        return db;
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

void printErrors(const QStringList& shown, int total)
{
    for (const QString& e : shown)
        err() << e << '\n';
    const int more = total - int(shown.size());
    if (more > 0)
        err() << (more == 1 ? QCoreApplication::translate("Cli", "… and 1 more error (%1 in all).").arg(total)
                            : QCoreApplication::translate("Cli", "… and %1 more errors (%2 in all).")
                                  .arg(more)
                                  .arg(total))
              << '\n';
    err().flush();
}

int exportMeetingPdf(const QStringList& args, const QString& verb, const QString& what,
                     const QString& example, const QString& confidentialHelp, MeetingPdfWriter write)
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("Cli", text); };
    QCommandLineParser parser;
    addDbOption(parser);
    parser.addOption(QCommandLineOption(QStringLiteral("meeting"),
                                        tr("The meeting's id (see \"scrutineer list meetings\")."),
                                        QStringLiteral("ID")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("out"), tr("The PDF file to write."), QStringLiteral("FILE")));
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
