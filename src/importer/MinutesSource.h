#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// Minutes as positioned lines of text, read from a PDF (Poppler) or a plain-text file, with page
// furniture (running headers and footers, page numbers, browser print stamps) removed.
struct SourceWord
{
    double x = 0;     // left edge, points
    double right = 0; // right edge, points
    QString text;
    bool bold = false; // set in a bold (or black, heavy) font
    double size = 0;   // font size in points; 0 when not known (plain text)
};

struct SourceLine
{
    int page = 1; // 1-based
    double x = 0; // indent of the first word, points
    double y = 0; // top, points
    double height = 10;
    bool paragraphStart = false; // a gap above it (or a blank line in text)
    QString text;                // words joined; a wide gap (a column break) becomes two spaces
    QList<SourceWord> words;

    // Most of its letters are in bold (a heading, where titles are not in capitals).
    bool isBold() const;
    // The font size of most of its letters, in points; 0 when not known (plain text).
    double fontSize() const;
};

struct SourceDocument
{
    QString errorCode; // empty, or: empty, not-pdf, damaged, encrypted, no-text
    QString message;   // for a person: what happened and what to do
    int pages = 0;
    QString kind; // "pdf" or "text"
    QList<SourceLine> lines;

    bool ok() const { return errorCode.isEmpty(); }
    QJsonObject toJson() const;
    static SourceDocument fromJson(const QJsonObject& json);
    static SourceDocument failure(const QString& code, const QString& message);
};

namespace MinutesSource {

// Reads a PDF with Poppler in this process (the `extract` child runs this).
SourceDocument readPdf(const QString& path, const QString& password = QString());
// Reads plain-text minutes (copied from a web page).
SourceDocument readText(const QByteArray& bytes);
// Reads any file: decides by its first bytes whether it is a PDF, text, or neither.
// PDFs are read in a child process (`program extract FILE`) with a time limit, so that a hostile
// file cannot crash or hang the caller; pass an empty program to read in this process.
SourceDocument read(const QString& path, const QString& password, const QString& program,
                    int timeoutMs = 60000);
// Reads several files, their PDFs in one child process (`program extract FILE...`, one JSON line
// per file) to save starting one per file. A file that hangs (no answer within `timeoutMs`) or
// crashes the child is `damaged`; a new child goes on with the files after it. Results in order.
QList<SourceDocument> readMany(const QStringList& paths, const QString& password, const QString& program,
                               int timeoutMs = 60000);

// Removes running headers and footers, page numbers and browser print stamps; joins hyphenated words.
void removeFurniture(SourceDocument& doc);

} // namespace MinutesSource
