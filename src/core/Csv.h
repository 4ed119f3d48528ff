#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

// CSV as spreadsheets and case-management systems write it, read and written in one place: the
// figures and plan importers read with it, the action log and plan exports write with it.
// QtCore only.
//
// Reading:  decode() finds the encoding (UTF-8 with or without a byte-order mark, UTF-16 LE or BE
//           with a byte-order mark, else Windows-1252 as older Excel writes it); parse() finds the
//           separator (comma, semicolon or tab) and reads RFC 4180 records whatever the line ends
//           (CRLF, LF or a lone CR, as old Mac Excel writes them).
// Writing:  cell() quotes what needs quoting and keeps text that a spreadsheet would run as a
//           formula as text (the formula guard); document() writes UTF-8 with a byte-order mark
//           and CRLF line ends, which Excel opens correctly.
namespace Csv {

enum class Encoding
{
    Utf8,
    Utf8WithBom,
    Utf16LE,
    Utf16BE,
    Windows1252,
};

// The encoding as a person reads it ("UTF-16 (little-endian)").
QString encodingName(Encoding encoding);

struct Decoded
{
    QString text; // without the byte-order mark
    Encoding encoding = Encoding::Utf8;
    // Set when the bytes are not text that can be read as CSV (a binary file, UTF-32, broken
    // UTF-16): what the file seems to be and what to do. `text` is then empty.
    QString problem;
    bool ok() const { return problem.isEmpty(); }
};

Decoded decode(const QByteArray& bytes);

// The separator of the first record: comma, semicolon or tab, whichever occurs most outside
// quotation marks (a comma when none does, or on a tie).
QChar detectSeparator(const QString& text);

struct Record
{
    int line = 0; // the line the record starts on (1 is the first)
    QStringList cells;
};

struct Table
{
    QList<Record> records; // blank records (every cell empty) are left out
    QChar separator = QLatin1Char(',');
    // Set when a quotation mark opens a cell that is never closed: the rest of the file would be
    // one cell. `problemLine` is where it opens.
    QString problem;
    int problemLine = 0;
    bool ok() const { return problem.isEmpty(); }
};

// RFC 4180: quoted cells may hold separators, doubled quotation marks and line breaks (kept as
// \n). Spaces before an opening quotation mark are ignored. `separator` null: detectSeparator().
Table parse(const QString& text, QChar separator = QChar());

// The formula guard. A cell that starts with = + - @ a tab or a carriage return would be run by
// a spreadsheet as a formula (=HYPERLINK(…), +cmd|…, @SUM(…)); guarded() puts an apostrophe in
// front, which Excel and LibreOffice show as text. A plain number (-5, +1.5) is a number, not a
// formula, and is left alone. unguarded() takes the apostrophe off again, so that an exported file
// imports as it was; text that itself starts with an apostrophe survives the round trip.
bool needsGuard(const QString& text);
QString guarded(const QString& text);
QString unguarded(const QString& cell);

// One cell as written: guarded, and quoted when it holds a separator (comma, semicolon, tab), a
// quotation mark, a line break or spaces at either end.
QString cell(const QString& text);
// One record: cells joined by commas, ending in CRLF.
QString line(const QStringList& cells);
// A whole file: UTF-8 with a byte-order mark, one line() per record.
QByteArray document(const QList<QStringList>& records);

// How many errors a reader lists before it only counts the rest: a file with a million bad rows
// gets the first hundred, and how many more there are.
constexpr int kErrorLimit = 100;

} // namespace Csv
