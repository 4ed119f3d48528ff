#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

class Database;

// An improvement plan as councils keep it in a spreadsheet: one row per milestone, with its
// priority, owner, due date, rating and evidence. Reads plans from CSV (all or nothing, every
// error named by its line) and gives the rows that the CSV and Excel exports write.
//
// Columns, in any order, named on the first line (case does not matter):
//   Priority    "2", "P2" or "2. Caseloads" (a new number adds the priority)   required
//   Milestone   the milestone's title                                          required
//   Code        "P2.3"; made up when absent; matches existing milestones
//   Owner, Due date (06/12/2016, 6 December 2016, 2016-12-06), Evidence
//   Rating      a letter, code or name of the plan's rating scheme (G, Green); blank keeps it
//   Completion  not started, in progress, awaiting sign-off, complete
// Other columns are ignored. A milestone is matched by its code, else by its title within its
// priority; matched milestones are updated, others added. A changed rating is recorded in the
// rating history with the file's name as the rationale.
class PlanSpreadsheet
{
public:
    struct Row
    {
        int priorityNumber = 0;
        QString priorityTitle;
        QString code;
        QString milestone;
        QString owner;
        QDate due;
        QString rating;       // the status letter ("G"), empty when not rated
        QString ratingName;   // "Green"
        QString ratingColour; // "#2e7d32"
        QString completion;   // "not started", "in progress", "awaiting sign-off", "complete"
        QString evidence;
    };

    struct ImportResult
    {
        qint64 planId = 0;
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        int ratingsChanged = 0;
        QStringList errors; // "Line 4: …"; when any, nothing was saved
        QStringList notes;  // things worth knowing that did not stop the import (ignored columns)
        bool ok() const { return errors.isEmpty(); }
    };

    explicit PlanSpreadsheet(Database& db) : m_db(db) {}

    // The column titles written by the exports, in order.
    static QStringList headers();
    // The cells of a row as written to CSV (dates as 06/12/2016), in headers() order.
    static QStringList cells(const Row& row);

    // The plan imported into or exported when none is named: the only one there is (0 if none).
    // Throws StoreError (Invalid) when there are several, naming them.
    qint64 defaultPlan() const;

    // The plan's milestones in priority order. planId 0: defaultPlan().
    QList<Row> rows(qint64 planId = 0) const;
    // UTF-8 CSV with a byte-order mark (so that Excel reads it as UTF-8), CRLF line ends.
    QByteArray toCsv(qint64 planId = 0) const;

    // Reads `bytes` (UTF-8, or Windows-1252 as older Excel writes it; comma, semicolon or tab
    // separated) into the plan; planId 0: defaultPlan(), or a new plan when there is none.
    // Nothing is saved unless every line is right. `sourceName` names the file in the rating
    // history. Does not throw for bad input; database errors come back in `errors` too.
    ImportResult importCsv(const QByteArray& bytes, const QString& sourceName, qint64 planId = 0);

    // CSV text into records; each record is given with the line it starts on.
    struct Record
    {
        int line = 0;
        QStringList cells;
    };
    static QList<Record> parseCsv(const QString& text, QChar separator = QLatin1Char(','));
    static QString decode(const QByteArray& bytes);

private:
    Database& m_db;
};
