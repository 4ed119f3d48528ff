#pragma once

#include "Database.h"

#include <QList>
#include <QString>
#include <QStringList>

// Which statements read the whole of a table that grows with the years: the check behind the
// query-plan tests. A page that opens in a blink on one year of data and in seconds on thirty is
// almost always a statement that scans actions, agenda items, figures or the rating history.
namespace QueryPlan {

// The tables that grow with every meeting, month and change of rating (the others are the size of
// a plan, a catalogue or a committee list; meetings, some fifty a year, may be read whole).
QStringList growingTables();

struct Scan
{
    QString sql;   // the statement as run
    QString step;  // the step of its plan that scans ("SCAN a", "SCAN actions USING INDEX …")
    QString table; // the table scanned
};

// The steps of the statements' plans that scan a whole table of `tables`: SQLite's "SCAN t", with
// or without an index (a full index scan reads every row's entry all the same), and a full-text
// table read without MATCH. A step names a table by its alias; aliases are taken from the
// statement's FROM and JOIN clauses.
QList<Scan> fullScans(const Database& db, const QList<Database::Statement>& statements,
                      const QStringList& tables = growingTables());

// The scans, one line each, for a test's failure message.
QString describe(const QList<Scan>& scans);

// Logs every statement run through `db` for as long as it lives.
class Recorder
{
public:
    explicit Recorder(const Database& db) : m_db(db) { m_db.setStatementLog(&m_statements); }
    ~Recorder() { m_db.setStatementLog(nullptr); }
    Recorder(const Recorder&) = delete;
    Recorder& operator=(const Recorder&) = delete;
    const QList<Database::Statement>& statements() const { return m_statements; }
    void clear() { m_statements.clear(); }

private:
    const Database& m_db;
    QList<Database::Statement> m_statements;
};

} // namespace QueryPlan
