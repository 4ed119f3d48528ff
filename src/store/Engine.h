#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>
#include <optional>

class QSqlDriver;

// The two engines behind one store: a local SQLite file (the default, for one person) and a shared
// PostgreSQL 15 server for a team. What differs between them is kept here and in the migrations
// marked .sqlite.sql / .postgres.sql; everything else in the store is portable SQL.
enum class Engine
{
    Sqlite,
    Postgres
};

// Where a server database is: postgresql://user[:password]@host[:port]/dbname[?key=value&...].
// The password may be left out: it is then asked for, or taken from PGPASSFILE / ~/.pgpass as
// libpq does. Extra keys (sslmode, connect_timeout, ...) are passed to libpq as they are.
struct ServerAddress
{
    QString user;
    QString password;
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString database;
    QStringList options; // "key=value" for libpq

    // Does `location` name a server (postgresql:// or postgres://) rather than a file?
    static bool isServerUrl(const QString& location);
    // Reads a URL; on a mistake returns nothing and says what is wrong in `problem`.
    static std::optional<ServerAddress> parse(const QString& url, QString* problem = nullptr);

    // The URL again; the password only when asked for (never shown or saved otherwise).
    QString url(bool withPassword = false) const;
    // For people: "alice on db.council.local:5432, database children".
    QString displayName() const;
    // The same server, another database (server-init and the tests make databases).
    ServerAddress withDatabase(const QString& name) const;
    // libpq connection options for QSqlDatabase::setConnectOptions (";"-separated).
    QString connectOptions() const;
};

namespace Dialect {

QString engineName(Engine engine); // "SQLite", "PostgreSQL"

// A migration file applies to `engine` when it is portable (NNN_name.sql) or marked for it
// (NNN_name.sqlite.sql, NNN_name.postgres.sql).
bool migrationAppliesTo(const QString& fileName, Engine engine);
bool isPortableMigration(const QString& fileName);

// Portable DDL adapted to the engine, mechanically: on PostgreSQL INTEGER PRIMARY KEY becomes an
// identity column, INTEGER BIGINT, REAL DOUBLE PRECISION, BLOB BYTEA. SQLite takes it as written.
QString adaptPortable(const QString& sql, Engine engine);

// A script split into statements: comments dropped; SQLite triggers (BEGIN … END;) and
// PostgreSQL dollar-quoted bodies ($$ … $$) stay whole.
QStringList splitStatements(const QString& script);

// An identifier quoted for PostgreSQL ("a.clerk" stays one name).
QString quoteIdentifier(const QString& name);

// PostgreSQL: the statement with each ? replaced by its value as a literal, escaped by the driver
// (what QPSQL's own EXECUTE does, in one round trip and without the server having to guess each
// parameter's type). Question marks inside quotes and comments are left alone. Booleans become
// 1 and 0, as the portable schema keeps them in integer columns.
QString inlineValues(const QString& sql, const QVariantList& values, const QSqlDriver* driver);

} // namespace Dialect
