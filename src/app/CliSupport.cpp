#include "CliSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <cerrno>
#include <cstring>
#include <unistd.h>
#include <vector>

namespace Cli {

namespace {

int g_argc = 0;
char** g_argv = nullptr;

} // namespace

void keepArguments(int argc, char* argv[])
{
    g_argc = argc;
    g_argv = argv;
}

QString programBeside(const QString& name)
{
    // This executable's own folder (Linux: /proc/self/exe), else where it is installed beside it.
    QString self = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
    if (self.isEmpty() && g_argc > 0)
        self = QFileInfo(QString::fromLocal8Bit(g_argv[0])).absoluteFilePath();
    const QDir dir = QFileInfo(self).absoluteDir();
    for (const QString& candidate :
         {dir.filePath(name), dir.filePath(QStringLiteral("../libexec/scrutineer/") + name)}) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).absoluteFilePath();
    }
    return QString();
}

int handOver(const QString& name)
{
    const QString program = programBeside(name);
    if (program.isEmpty()) {
        QTextStream(stderr) << QCoreApplication::translate(
                                   "Cli", "Scrutineer is not installed whole: %1 is missing beside %2. "
                                          "Reinstall Scrutineer.")
                                   .arg(name, QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath())
                            << Qt::endl;
        return 1;
    }
    const QByteArray path = program.toLocal8Bit();
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(path.constData()));
    for (int i = 1; i < g_argc; ++i)
        argv.push_back(g_argv[i]);
    argv.push_back(nullptr);
    execv(path.constData(), argv.data());
    QTextStream(stderr) << QCoreApplication::translate("Cli", "%1 could not be started: %2.")
                               .arg(program, QString::fromLocal8Bit(std::strerror(errno)))
                        << Qt::endl;
    return 1;
}

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

const Verb* findVerb(const QList<Verb>& verbs, int argc, char* argv[], QStringList* args)
{
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const QString second = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    for (const Verb& v : verbs) {
        if (first != QLatin1String(v.name) || (v.sub && second != QLatin1String(v.sub)))
            continue;
        args->clear();
        for (int i = v.sub ? 3 : 2; i < argc; ++i)
            *args << QString::fromLocal8Bit(argv[i]);
        return &v;
    }
    return nullptr;
}

int usage(bool asked)
{
    QTextStream(asked ? stdout : stderr)
        << "usage:\n"
           "  scrutineer [--db FILE] [--screenshots DIR]      open the application\n"
           "  scrutineer demo --db FILE [--scale YEARS]       create the demo database\n"
           "  scrutineer import [--db FILE] [--dry-run] [--json] [--password P] FILE...\n"
           "  scrutineer list meetings|items|actions|milestones|indicators|figures --db FILE [--json]\n"
           "                  [--confidential]\n"
           "  scrutineer search --db FILE [--json] [--confidential] [--] QUERY\n"
           "  scrutineer export briefing|plan|minutes|actions|calendar ...\n"
           "  scrutineer import-plan --db FILE [--dry-run] FILE.csv\n"
           "  scrutineer import-figures --db FILE FILE.csv\n"
           "  scrutineer verify --db FILE                     check the audit trail\n"
           "  scrutineer server-init postgresql://user@host[:port]/dbname [--admin LOGIN]\n"
           "  scrutineer copy --from FILE|URL --to FILE|URL [--force]\n"
           "  (every --db takes a file or a server: postgresql://user@host[:port]/dbname)\n"
           "  scrutineer --help | --version\n"
           "Each verb takes --help.\n";
    return asked ? 0 : 2;
}

void addDbOption(QCommandLineParser& parser)
{
    parser.addOption(
        QCommandLineOption(QStringLiteral("db"),
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
    if (mustExist && path != QLatin1String(":memory:") && !ServerAddress::isServerUrl(path) &&
        !QFileInfo::exists(path)) {
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

} // namespace Cli
