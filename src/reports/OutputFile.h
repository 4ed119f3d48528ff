#pragma once

#include <QByteArray>
#include <QString>

struct lxw_workbook;

// Writing a report file safely, shared by every export: the file is written beside its target as
// NAME.part and moved into place only when complete, so a failure (a full disk, a folder that may
// not be written, a file held open by a spreadsheet program) leaves the old file as it was, and
// every failure is said the same way, with what to do about it.
namespace OutputFile {

// "%1 could not be written (why). Choose a folder you may write to, and close the file if …"
QString cannotWrite(const QString& path, const QString& why);

// The partial file for `path`.
QString temporaryFor(const QString& path);

// Moves the finished temporary file over `path`. On failure removes it, sets `error` and returns false.
bool replace(const QString& temporary, const QString& path, QString* error);

// --- Workbooks (OutputWorkbook.cpp: the only part that links libxlsxwriter) ---
// A cell's text as UTF-8, cut to what Excel accepts in a cell.
QByteArray cellText(const QString& text);
// A libxlsxwriter workbook written to temporaryFor(path); null (with `error` set) when the folder is
// missing or the file cannot be created.
lxw_workbook* newWorkbook(const QString& path, QString* error);
// Closes the workbook and moves it into place; false (with `error` set) when either fails.
bool finishWorkbook(lxw_workbook* book, const QString& path, QString* error);

} // namespace OutputFile
