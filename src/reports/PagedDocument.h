#pragma once

#include <QTextFormat>

class QTextDocument;

// Pagination rules that QTextDocument's own layout lacks, for the PDFs made from one (the
// briefing pack). The document's page size must be set first.
namespace PagedDocument {

// The rows of the document's tables that begin on one page and end on another (a header row
// repeated on each page is not counted). Rows taller than a page are not counted either: they
// cannot help crossing.
int rowsAcrossPages(const QTextDocument& doc);

// Moves each row that would cross the foot of a page to the top of the next page, whole, so that a
// reader never finds half a row at the foot of one page and its end on the next. Returns the number
// of rows moved.
int keepTableRowsTogether(QTextDocument& doc);

// A block property: the block (a heading) is kept on the page of what follows it.
constexpr int KeepWithNext = QTextFormat::UserProperty + 0x5c;

// Moves each block marked KeepWithNext that would be the last thing on its page to the top of the
// next, with what it heads. Returns the number moved.
int keepHeadingsWithNext(QTextDocument& doc);

} // namespace PagedDocument
