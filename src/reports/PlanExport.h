#pragma once

#include <QString>

class Database;

// The improvement plan written out for spreadsheets: the same columns and rows as
// PlanSpreadsheet's CSV (so an export can be edited and imported back), as CSV or Excel (.xlsx).
// In the workbook due dates are real dates (shown 06/12/2016) and each rating cell carries its
// letter on the rating's colour, so a black-and-white printout loses nothing.
namespace PlanExport {

// planId 0: the database's only plan. Return false and set `error` (a message for a person)
// when the plan cannot be read or the file cannot be written; the file is then left untouched.
bool writeCsv(const Database& db, const QString& path, qint64 planId, QString* error);
bool writeXlsx(const Database& db, const QString& path, qint64 planId, QString* error);

} // namespace PlanExport
