#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class Database;

// Figures from a case-management system's CSV export: columns period, team, indicator, value and
// optionally note, in any order, named in the header (line 1). All or nothing: one bad row and
// nothing is saved; each error names its line and column.
namespace FigureImport {

struct Row
{
    int line = 0;
    QString period; // yyyy-MM
    qint64 teamId = 0;
    qint64 indicatorId = 0;
    QString indicatorName;
    double value = 0;
    QString note;
};

struct Result
{
    QList<Row> rows;      // the rows that would be saved (the preview)
    QStringList errors;   // "line 4, column value: …"
    bool ok() const { return errors.isEmpty(); }
};

// Reads and checks the CSV text against the database without saving anything.
Result check(const Database& db, const QString& csv);
// Checks, then saves every row in one transaction; nothing is saved when any row is wrong.
Result import(Database& db, const QString& csv);

} // namespace FigureImport
