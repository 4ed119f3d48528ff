#pragma once

#include "store/Database.h"

#include <QString>
#include <memory>

// How the store tests get their databases, on either engine. One test binary serves both: ctest
// runs each store test twice, the second time with SCRUTINEER_TEST_ENGINE=postgres and a private
// PostgreSQL server started for the whole run (tests/store/pg-test-server, a ctest fixture). On
// the server each database asked for is a new one, dropped when the test program ends.
//
// A test that needs the server and cannot reach it fails (qFatal), it does not skip.
namespace TestStore {

Engine engine();
bool onServer();
QString engineName(); // "SQLite", "PostgreSQL"

// A new, empty database that may be opened more than once (two people at once): a file in a
// private temporary folder, or a new database on the test server.
QString newLocation();

// A new database, opened and migrated, signed in as `login` (its first user: the administrator).
// On SQLite it is in memory.
std::unique_ptr<Database> open(const QString& login = QStringLiteral("admin"));

// A new database holding the synthetic record of `years` years (DemoData::createScaled). On the
// server it is made as a file and copied there (StoreCopy, checked row for row): as a team would
// move theirs, and many times faster than a server takes the generator's rows one by one.
std::unique_ptr<Database> openScaled(int years, quint32 seed, const QString& login = QStringLiteral("admin"));

// Makes every insert into `table` fail with `why` (a full disk, say), as the database's owner: a
// temporary trigger on SQLite, a trigger on the server.
void refuseInserts(Database& db, const QString& table, const QString& why = QStringLiteral("disk full"));
// Runs `sql` as the database's owner (the test server's superuser), then signs in as before.
void execAsOwner(Database& db, const QString& sql);

// The test server's superuser address (postgresql://…), the server tests only.
QString serverUrl();
// Runs the plain psql client against `url` with `sql` on its standard input; returns its exit
// status, and what it printed (stdout and stderr) in `output`.
int psql(const QString& url, const QString& sql, QString* output = nullptr);

} // namespace TestStore
