#pragma once

#include "PdfEngine.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

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
    QString errorCode; // empty, or: empty, not-pdf, damaged, encrypted, no-text (cancelled: the reader was
                       // stopped)
    QString message;   // for a person: what happened and what to do
    int pages = 0;
    QString kind; // "pdf" or "text"
    QList<SourceLine> lines;
    // The file as it was read, once: what is hashed, kept with the meeting and drawn in the review.
    // Empty for a file that was refused.
    QByteArray bytes;

    bool ok() const { return errorCode.isEmpty(); }
    // The contract's {"error": {"code", "message"}} for a file that was not read.
    QJsonObject errorJson() const;
    static SourceDocument failure(const QString& code, const QString& message);
};

// What reading one file may take. The time budget grows with the page count: a 300-page agenda
// pack gets longer than a 3-page set of minutes, and a file that hangs Poppler is still stopped.
struct ReadLimits
{
    int openMs = 15000;                   // to open a document and count its pages
    int perPageMs = 1000;                 // then this much per page
    int maxMs = 20 * 60 * 1000;           // and never more than this
    qint64 memoryBytes = qint64(2) << 30; // address space of the child that reads
    qint64 maxTextBytes = qint64(32) << 20;
    qint64 maxPdfBytes = qint64(1) << 30;

    qint64 budgetMs(int pages) const
    {
        return qMin<qint64>(maxMs, openMs + qint64(qMax(0, pages)) * perPageMs);
    }
};

namespace MinutesSource {

// Reads a PDF with Poppler in this process, furniture removed. (This and readBytes() are defined
// beside Poppler, in PdfEngine.cpp: a program that calls neither does not link Poppler.)
SourceDocument readPdf(const QString& path, const QString& password = QString());
// Reads plain-text minutes (copied from a web page).
SourceDocument readText(const QByteArray& bytes);
// The same for a file named `name`: one that holds nothing but blanks is refused as not minutes.
SourceDocument readTextFile(const QByteArray& bytes, const QString& name);
// Reads bytes already told apart by sniff(): `kind` 'P' (a PDF) or 'T' (text). `name` is for messages.
SourceDocument readBytes(char kind, const QByteArray& bytes, const QString& name, const QString& password,
                         const PdfEngine::Progress& progress = {});
// Opens `path` and decides from its first bytes what it is: `kind` 'P' or 'T' with the whole file
// in `bytes`; or the refusal (empty, not-pdf, too large, unreadable) without reading the rest.
// With `bytes` null only the first bytes are read: whether the file would be refused.
std::optional<SourceDocument> sniff(const QString& path, const ReadLimits& limits, char* kind,
                                    QByteArray* bytes);
// What a file that needed more memory than allowed gives.
SourceDocument tooLarge(char kind, const QString& name, const ReadLimits& limits);

// The program that reads files for the importer: scrutineer-extract beside the running executable
// (the build tree) or in libexec/scrutineer (installed); when neither has it, the installed place
// (so that the message of the failed start says where it was looked for).
QString extractProgram();

// Reads any file (see MinutesReader): its PDF or text in a child process running `program`, under
// the limits; an empty program is extractProgram(). Blocks the calling thread, not the machine:
// it waits in an event loop.
SourceDocument read(const QString& path, const QString& password, const QString& program,
                    const ReadLimits& limits = {});
// Reads several files in one child process (a new child goes on after a file that hangs or crashes
// it, which is then `damaged`). Results in order.
QList<SourceDocument> readMany(const QStringList& paths, const QString& password, const QString& program,
                               const ReadLimits& limits = {});

// Removes running headers and footers, page numbers and browser print stamps; joins hyphenated words.
void removeFurniture(SourceDocument& doc);

} // namespace MinutesSource
