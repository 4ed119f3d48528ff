#pragma once

#include "store/ActionRepository.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// The action log written out for spreadsheets, as CSV (UTF-8 with a byte-order mark, so Excel reads
// accents) or Excel .xlsx (libxlsxwriter). Both carry the same columns and rows, in the order given:
// reference, action, owner, due, status, last update, meeting, committee, overdue. Dates are ISO
// (2016-12-06) in the CSV and real dates shown the same way in the workbook, so both sort.
// Overdue is the word "Overdue", never a colour alone; the workbook adds a colour as well.
namespace ActionLogExport {

// The columns, in the order of headers() and cells().
enum Column
{
    Reference,
    Action,
    Owner,
    Due,
    Status,
    LastUpdate,
    Meeting,
    Committee,
    Overdue,
    ColumnCount
};

QStringList headers();
// The cells of one row as text (what the CSV holds).
QStringList cells(const ActionRepository::Row& row, const QDate& today);

// Return false and set `error` (a message for a person) when the file cannot be written; the
// file is then left as it was.
bool writeCsv(const QList<ActionRepository::Row>& rows, const QString& path, const QDate& today,
              QString* error);
bool writeXlsx(const QList<ActionRepository::Row>& rows, const QString& path, const QDate& today,
               QString* error);
// A workbook when the path ends in .xlsx, otherwise CSV.
bool write(const QList<ActionRepository::Row>& rows, const QString& path, const QDate& today, QString* error);

} // namespace ActionLogExport
