#include "CliSupport.h"

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
    if (mustExist && path != QLatin1String(":memory:") && !QFileInfo::exists(path)) {
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

} // namespace Cli
