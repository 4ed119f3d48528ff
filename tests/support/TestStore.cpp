#include "TestStore.h"

#include "store/DemoData.h"
#include "store/StoreCopy.h"
#include "store/StoreSql.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>
#include <vector>

namespace TestStore {

namespace {

QStringList& createdDatabases()
{
    static QStringList list;
    return list;
}

const QString kAdminConnection = QStringLiteral("teststore-admin");

QSqlDatabase adminConnection()
{
    if (QSqlDatabase::contains(kAdminConnection))
        return QSqlDatabase::database(kAdminConnection);
    const auto address = ServerAddress::parse(serverUrl());
    if (!address)
        qFatal("The test server's address %s cannot be read.", qPrintable(serverUrl()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), kAdminConnection);
    db.setHostName(address->host);
    db.setPort(address->port);
    db.setUserName(address->user);
    db.setPassword(address->password);
    db.setDatabaseName(address->database);
    if (!db.open())
        qFatal("The test server at %s cannot be reached: %s", qPrintable(address->url()),
               qPrintable(db.lastError().text()));
    return db;
}

void dropCreated()
{
    if (!QSqlDatabase::contains(kAdminConnection) || qEnvironmentVariableIsSet("SCRUTINEER_TEST_KEEP"))
        return; // SCRUTINEER_TEST_KEEP: left on the server, to look at
    {
        QSqlDatabase db = QSqlDatabase::database(kAdminConnection);
        QSqlQuery q(db);
        for (const QString& name : createdDatabases())
            q.exec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(name));
        db.close();
    }
    QSqlDatabase::removeDatabase(kAdminConnection);
}

} // namespace

Engine engine()
{
    static const Engine e = qEnvironmentVariable("SCRUTINEER_TEST_ENGINE") == QLatin1String("postgres")
                                ? Engine::Postgres
                                : Engine::Sqlite;
    return e;
}

bool onServer()
{
    return engine() == Engine::Postgres;
}

QString engineName()
{
    return Dialect::engineName(engine());
}

QString serverUrl()
{
    QString url = qEnvironmentVariable("SCRUTINEER_TEST_PG_URL");
    if (url.isEmpty()) {
        const QString dir = qEnvironmentVariable("SCRUTINEER_TEST_PG_DIR");
        QFile f(dir + QStringLiteral("/url"));
        if (dir.isEmpty() || !f.open(QIODevice::ReadOnly))
            qFatal("This test runs on PostgreSQL but no test server is running: SCRUTINEER_TEST_PG_DIR (%s) "
                   "has no "
                   "url file. Run it through ctest, which starts one (tests/store/pg-test-server).",
                   qPrintable(dir));
        url = QString::fromUtf8(f.readAll()).trimmed();
    }
    return url;
}

QString newLocation()
{
    if (!onServer()) {
        static std::vector<std::unique_ptr<QTemporaryDir>> dirs;
        dirs.push_back(std::make_unique<QTemporaryDir>());
        return dirs.back()->filePath(QStringLiteral("test.sqlite"));
    }
    static int counter = 0;
    const QString name = QStringLiteral("t_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    QSqlQuery q(adminConnection());
    if (!q.exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(name)))
        qFatal("The test server could not create a database: %s", qPrintable(q.lastError().text()));
    if (createdDatabases().isEmpty())
        qAddPostRoutine(dropCreated);
    createdDatabases() << name;
    return ServerAddress::parse(serverUrl())->withDatabase(name).url(true);
}

std::unique_ptr<Database> open(const QString& login)
{
    return Database::open(onServer() ? newLocation() : QStringLiteral(":memory:"), login);
}

std::unique_ptr<Database> openScaled(int years, quint32 seed, const QString& login)
{
    if (!onServer()) {
        auto db = open(login);
        DemoData::createScaled(*db, years, seed);
        return db;
    }
    static std::vector<std::unique_ptr<QTemporaryDir>> dirs;
    dirs.push_back(std::make_unique<QTemporaryDir>());
    auto file = Database::open(dirs.back()->filePath(QStringLiteral("scaled.sqlite")), login);
    DemoData::createScaled(*file, years, seed);
    auto db = Database::open(newLocation(), login);
    const StoreCopy::Report report = StoreCopy::copy(*file, *db);
    if (!report.equal())
        qFatal("The synthetic record did not copy to the server equal: %s",
               qPrintable(report.differences.join(u'\n')));
    return db;
}

void execAsOwner(Database& db, const QString& sql)
{
    if (!onServer()) {
        StoreSql::exec(db, sql);
        return;
    }
    StoreSql::exec(db, QStringLiteral("RESET ROLE"));
    try {
        StoreSql::exec(db, sql);
    } catch (...) {
        db.signIn(db.login());
        throw;
    }
    db.signIn(db.login());
}

void refuseInserts(Database& db, const QString& table, const QString& why)
{
    QString quoted = why;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    if (!onServer()) {
        StoreSql::exec(
            db, QStringLiteral(
                    "CREATE TEMP TRIGGER refuse_%1 BEFORE INSERT ON %1 BEGIN SELECT RAISE(ABORT, '%2'); END")
                    .arg(table, quoted));
        return;
    }
    execAsOwner(
        db, QStringLiteral("CREATE OR REPLACE FUNCTION test_refuse_%1() RETURNS trigger LANGUAGE plpgsql AS "
                           "$$ BEGIN RAISE EXCEPTION '%2'; END $$")
                .arg(table, quoted));
    execAsOwner(db,
                QStringLiteral("CREATE TRIGGER refuse_%1 BEFORE INSERT ON %1 FOR EACH ROW EXECUTE FUNCTION "
                               "test_refuse_%1()")
                    .arg(table));
}

int psql(const QString& url, const QString& sql, QString* output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("psql"),
            {QStringLiteral("--no-psqlrc"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
             QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"),
             QStringLiteral("-d"), url});
    if (!p.waitForStarted())
        qFatal("psql could not be started (install postgresql-client-15).");
    p.write(sql.toUtf8());
    p.closeWriteChannel();
    p.waitForFinished(60000);
    if (output)
        *output = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace TestStore
