#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

class Database;

// Moves a committee's whole record between the engines: a file to a server (a team takes the
// database over) or a server to a file (a snapshot to read with no network). Every table is copied
// row for row with its ids, the audit trail and the kept PDFs with it, in one transaction on the
// target, and then checked row for row against the source.
namespace StoreCopy {

struct Table
{
    QString name;
    qint64 rows = 0;
};

struct Report
{
    QList<Table> tables;
    qint64 rows = 0;
    QStringList differences; // what did not compare equal (empty: the copy is exact)
    bool equal() const { return differences.isEmpty(); }
};

// The tables that hold the record, in an order that inserts what is referred to first (engine
// tables such as the search index or the schema version are the engine's own, and left out).
QStringList recordTables(const Database& db);

// Copies `from` into `to`, which must hold nothing yet (a new file, or a server database just set
// up); `progress` hears (table, rows copied so far, rows in all). Throws StoreError; on a failure
// the target is left as it was. On a server the copy is made by the database's owner.
Report copy(const Database& from, Database& to,
            const std::function<void(const QString&, qint64, qint64)>& progress = {});

// Compares two databases row for row, table by table; at most `limit` differences are described.
Report compare(const Database& a, const Database& b, int limit = 20);

} // namespace StoreCopy
