// scrutineer server-init postgresql://… [--admin LOGIN] [--admin-password-stdin]
// scrutineer copy --from FILE|URL --to FILE|URL [--force]
#include "CliSupport.h"
#include "Commands.h"
#include "store/ServerSetup.h"
#include "store/StoreCopy.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace {

// The context of this file's strings, the same for Text::tr() at run time and for lupdate.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

int runServerInit(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("URL"),
                                 Text::tr("The database on the server: postgresql://user@host:port/dbname"));
    parser.addOption(QCommandLineOption(
        QStringLiteral("admin"),
        Text::tr("The login of the first administrator (the connecting login if left out)."),
        QStringLiteral("LOGIN")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("admin-password-stdin"),
        Text::tr("Read the administrator's password from the first line of standard input.")));
    if (!Cli::parse(parser, QStringLiteral("server-init"), args))
        return 2;
    if (parser.positionalArguments().size() != 1) {
        Cli::err()
            << Text::tr("Say which database to set up: scrutineer server-init postgresql://user@host/dbname")
            << Qt::endl;
        return 2;
    }
    QString problem;
    const auto address = ServerAddress::parse(parser.positionalArguments().first(), &problem);
    if (!address) {
        Cli::err() << problem << Qt::endl;
        return 2;
    }
    QString password;
    if (parser.isSet(QStringLiteral("admin-password-stdin"))) {
        QFile in;
        if (in.open(stdin, QIODevice::ReadOnly))
            password = QString::fromUtf8(in.readLine()).trimmed();
    }
    try {
        const ServerSetup::Result r =
            ServerSetup::initialise(*address, parser.value(QStringLiteral("admin")), password);
        if (r.createdDatabase)
            Cli::out() << Text::tr("Created the database %1.").arg(address->database) << Qt::endl;
        Cli::out() << Text::tr("%1 is set up for Scrutineer (schema version %2).")
                          .arg(address->displayName())
                          .arg(r.version)
                   << Qt::endl;
        Cli::out() << Text::tr("Server roles: %1.").arg(r.serverRoles.join(QStringLiteral(", "))) << Qt::endl;
        Cli::out()
            << Text::tr(
                   "Administrator: %1. Add the others in Users and Roles…; each person then connects with: "
                   "scrutineer --db postgresql://LOGIN@%2:%3/%4")
                   .arg(r.administrator,
                        address->host.isEmpty() ? QStringLiteral("localhost") : address->host)
                   .arg(address->port)
                   .arg(address->database)
            << Qt::endl;
        if (password.isEmpty())
            Cli::out() << Text::tr("Set the administrator's password if it has none: psql -c '\\password %1'")
                              .arg(r.administrator)
                       << Qt::endl;
        return 0;
    } catch (const StoreError& e) {
        Cli::err() << e.message() << Qt::endl;
        return 1;
    }
}

int runCopy(const QStringList& args)
{
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("from"),
                                        Text::tr("The database to copy: a file or postgresql://…"),
                                        QStringLiteral("FILE|URL")));
    parser.addOption(QCommandLineOption(QStringLiteral("to"),
                                        Text::tr("The new database: a file or postgresql://…"),
                                        QStringLiteral("FILE|URL")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("force"), Text::tr("Replace an existing file at --to.")));
    if (!Cli::parse(parser, QStringLiteral("copy"), args))
        return 2;
    const QString from = parser.value(QStringLiteral("from"));
    const QString to = parser.value(QStringLiteral("to"));
    if (from.isEmpty() || to.isEmpty()) {
        Cli::err() << Text::tr("Say what to copy where: scrutineer copy --from FILE.sqlite --to "
                               "postgresql://user@host/dbname")
                   << Qt::endl;
        return 2;
    }
    const bool fromServer = ServerAddress::isServerUrl(from), toServer = ServerAddress::isServerUrl(to);
    if (!fromServer && !QFileInfo::exists(from)) {
        Cli::err() << Text::tr("There is no database at %1.").arg(from) << Qt::endl;
        return 1;
    }
    if (!toServer && QFileInfo::exists(to)) {
        if (!parser.isSet(QStringLiteral("force"))) {
            Cli::err()
                << Text::tr("%1 already exists. Choose a new file, or add --force to replace it.").arg(to)
                << Qt::endl;
            return 1;
        }
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(to + suffix);
    }
    try {
        QElapsedTimer timer;
        timer.start();
        auto source = Database::open(from);
        auto target = Database::open(to);
        int shown = -1;
        const StoreCopy::Report report =
            StoreCopy::copy(*source, *target, [&shown](const QString& table, qint64 done, qint64 total) {
                const int percent = total > 0 ? int(done * 100 / total) : 100;
                if (percent / 10 != shown / 10) {
                    shown = percent;
                    Cli::err() << Text::tr("%1%… (%2)").arg(percent).arg(table) << Qt::endl;
                }
            });
        qint64 documents = 0, audit = 0;
        for (const StoreCopy::Table& t : report.tables) {
            if (t.name == QLatin1String("documents"))
                documents = t.rows;
            if (t.name == QLatin1String("audit_log"))
                audit = t.rows;
        }
        // One count to each message, so that each gets its plural forms.
        Cli::out() << Text::tr("Copied %1 of %2 (%3, %4) from %5 to %6 in %7 s.")
                          .arg(Text::tr("%n row(s)", nullptr, int(report.rows)),
                               Text::tr("%n table(s)", nullptr, int(report.tables.size())),
                               Text::tr("%n kept document(s)", nullptr, int(documents)),
                               Text::tr("%n audit entry(s)", nullptr, int(audit)), source->path(),
                               target->path())
                          .arg(double(timer.elapsed()) / 1000, 0, 'f', 1)
                   << Qt::endl;
        if (!report.equal()) {
            Cli::err() << Text::tr("The copy does not compare equal to the original:") << Qt::endl;
            for (const QString& d : report.differences)
                Cli::err() << QStringLiteral("  ") << d << Qt::endl;
            return 1;
        }
        Cli::out() << Text::tr("Checked row for row: the copy is equal to the original.") << Qt::endl;
        if (toServer)
            Cli::out()
                << Text::tr(
                       "The logins of the copy exist on the server without passwords: set each in Users and "
                       "Roles… before its person connects.")
                << Qt::endl;
        return 0;
    } catch (const StoreError& e) {
        Cli::err() << e.message() << Qt::endl;
        return 1;
    }
}
