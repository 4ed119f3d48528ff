#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

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

    // One field of one milestone as the import would leave it.
    struct FieldChange
    {
        QString field;  // "owner", "evidence", "due_date", "completion", "title", "priority", "rating"
        QString label;  // "Owner", for people
        QString before; // as a person reads it; empty when the field was empty (or for a new milestone)
        QString after;
    };
    // What one line of the file does: adds a milestone, or changes some of its fields.
    struct Change
    {
        int line = 0;
        bool added = false; // a new milestone (else an existing one updated)
        QString code;
        QString milestone;
        int priority = 0;
        QList<FieldChange> fields;
    };
    // What an import wrote, so that it can be taken back as one step (Edit ▸ Undo).
    struct Undo
    {
        qint64 planId = 0;
        bool addedPlan = false;
        qint64 addedScheme = 0;  // a rating scheme set up for a plan that had none
        qint64 schemeBefore = 0; // the plan's scheme before, when addedScheme replaced it
        QList<qint64> addedPriorities, addedMilestones, addedRatingChanges;
        struct Restore
        {
            qint64 id = 0;
            QVariantMap before; // the fields the import changed, as they were
            int versionAfter = 0;
        };
        QList<Restore> updated;
        bool isEmpty() const
        {
            return !addedPlan && !addedScheme && addedPriorities.isEmpty() && addedMilestones.isEmpty() &&
                   addedRatingChanges.isEmpty() && updated.isEmpty();
        }
    };

    struct ImportResult
    {
        qint64 planId = 0;
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        int ratingsChanged = 0;
        QList<Change> changes; // what the import does (or did), line by line; unchanged lines left out
        QStringList errors;    // "Line 4: …"; when any, nothing was saved (the first Csv::kErrorLimit)
        int errorCount = 0;    // every error, listed or not
        QStringList notes;     // things worth knowing that did not stop the import (ignored columns)
        Undo undo;             // after a saved import: how to take it back
        bool ok() const { return errorCount == 0 && errors.isEmpty(); }
        int unlisted() const { return qMax(0, errorCount - int(errors.size())); }
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

    // Reads `bytes` (UTF-8, UTF-16, or Windows-1252 as older Excel writes it; comma, semicolon or
    // tab separated; see Csv) into the plan; planId 0: defaultPlan(), or a new plan when there is
    // none. Only the columns the file has are changed: a plan saved with just Priority, Code and
    // Rating changes ratings and nothing else; an empty cell in a column the file has empties
    // the field. Nothing is saved unless every line is right. `sourceName` names the file in the
    // rating history. Does not throw for bad input; database errors come back in `errors` too.
    ImportResult importCsv(const QByteArray& bytes, const QString& sourceName, qint64 planId = 0);
    // What importCsv() would do, field by field, without saving anything (the preview).
    ImportResult preview(const QByteArray& bytes, const QString& sourceName, qint64 planId = 0) const;
    // Takes a saved import back in one transaction. Throws StoreError (Conflict when someone has
    // changed one of its milestones since).
    void undoImport(const Undo& undo);

    // The changes as lines for a person: "Line 3, P2.1 Caseload Promise: owner “A” → “B”".
    static QStringList describe(const QList<Change>& changes);

private:
    ImportResult run(const QByteArray& bytes, const QString& sourceName, qint64 planId, bool save);
    Database& m_db;
};
