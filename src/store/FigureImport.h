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
    QString teamName;
    qint64 indicatorId = 0;
    QString indicatorName;
    double value = 0;
    QString note;
};

// One error, where it is: line (the header is line 1; 0 when it is not of one line) and column name
// (empty when it is not of one column).
struct Problem
{
    int line = 0;
    QString column;
    QString message; // what is wrong and what to do, without the line and column
};

struct Result
{
    QList<Row> rows;         // the rows that would be saved (the preview)
    QStringList errors;      // "line 4, column value: …": the first Csv::kErrorLimit of them
    QList<Problem> problems; // the same errors, one by one, for a table
    int errorCount = 0;      // every error, listed or not
    bool ok() const { return errorCount == 0; }
    int unlisted() const { return errorCount - int(errors.size()); }
};

// Reads and checks the CSV text against the database without saving anything: every error the
// import would meet, including figures that clash with others of the same month as the file
// would leave it (vacancies above established posts).
// The file's bytes are decoded as Csv::decode() finds them (UTF-8, UTF-16, Windows-1252); its
// separator may be a comma, a semicolon or a tab; each value is read as its indicator's unit allows
// (IndicatorRules::readFigure).
Result check(const Database& db, const QByteArray& bytes);
Result check(const Database& db, const QString& csv);
// Checks, then saves every row in one transaction; nothing is saved when any row is wrong.
Result import(Database& db, const QByteArray& bytes);
Result import(Database& db, const QString& csv);

} // namespace FigureImport
