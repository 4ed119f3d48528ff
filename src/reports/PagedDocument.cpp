#include "PagedDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QList>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QTextTable>

namespace {

struct Row
{
    QTextTable* table = nullptr;
    int row = 0;
};

void collectTables(QTextFrame* frame, QList<QTextTable*>& out)
{
    for (QTextFrame* child : frame->childFrames()) {
        if (auto* table = qobject_cast<QTextTable*>(child))
            out << table;
        collectTables(child, out);
    }
}

// The first row of the document that crosses a page's foot, or none.
Row firstRowAcross(const QTextDocument& doc, int* count)
{
    const double pageHeight = doc.pageSize().height();
    Row found;
    if (pageHeight <= 0)
        return found;
    QAbstractTextDocumentLayout* layout = doc.documentLayout();
    QList<QTextTable*> tables;
    collectTables(doc.rootFrame(), tables);
    for (QTextTable* table : std::as_const(tables)) {
        for (int r = table->format().headerRowCount(); r < table->rows(); ++r) {
            double top = -1, bottom = -1;
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                if (cell.row() != r || cell.rowSpan() > 1)
                    continue;
                const QRectF first = layout->blockBoundingRect(cell.firstCursorPosition().block());
                const QRectF last = layout->blockBoundingRect(cell.lastCursorPosition().block());
                top = top < 0 ? first.top() : qMin(top, first.top());
                bottom = qMax(bottom, last.bottom());
            }
            if (top < 0 || bottom - top >= pageHeight * 0.8)
                continue;
            // A hair's breadth past the foot is the cell's bottom margin, not a line.
            if (int(top / pageHeight) != int((bottom - 1) / pageHeight)) {
                if (count)
                    ++*count;
                if (!found.table)
                    found = {table, r};
                if (!count)
                    return found;
            }
        }
    }
    return found;
}

} // namespace

namespace PagedDocument {

int rowsAcrossPages(const QTextDocument& doc)
{
    int count = 0;
    firstRowAcross(doc, &count);
    return count;
}

int keepTableRowsTogether(QTextDocument& doc)
{
    // Qt's table layout breaks a row between its lines and has no rule to keep one whole (a page
    // break inside a cell moves its text two pages on). So the table is cut before the row that
    // would cross: the rows from there on become a table of their own, under the same heading
    // rows, that starts the next page. One row at a time, since moving a row moves all after it.
    int moved = 0;
    for (int guard = 0; guard < 1000; ++guard) {
        const Row row = firstRowAcross(doc, nullptr);
        if (!row.table || row.row <= row.table->format().headerRowCount())
            break; // the first row of a table: the table itself is moved by the layout, or cannot be
        QTextTable* table = row.table;
        const int headers = table->format().headerRowCount();
        const int rows = table->rows();
        const int columns = table->columns();
        // A small empty paragraph after the table, then the new table after it.
        QTextCursor cursor(&doc);
        cursor.setPosition(table->lastPosition() + 1);
        QTextBlockFormat gap;
        gap.setLineHeight(1, QTextBlockFormat::FixedHeight);
        QTextCharFormat tiny;
        tiny.setFontPointSize(1);
        cursor.insertBlock(gap, tiny);
        cursor.movePosition(QTextCursor::PreviousBlock);
        QTextTableFormat format = table->format();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextTable* rest = cursor.insertTable(headers + rows - row.row, columns, format);
        for (int r = 0; r < rows; ++r) {
            if (r >= headers && r < row.row)
                continue;
            const int target = r < headers ? r : headers + r - row.row;
            for (int c = 0; c < columns; ++c) {
                const QTextTableCell from = table->cellAt(r, c);
                if (from.row() != r || from.column() != c)
                    continue;
                QTextCursor selection = from.firstCursorPosition();
                selection.setPosition(from.lastCursorPosition().position(), QTextCursor::KeepAnchor);
                QTextTableCell to = rest->cellAt(target, c);
                to.setFormat(from.format());
                QTextCursor into = to.firstCursorPosition();
                into.setBlockFormat(from.firstCursorPosition().blockFormat());
                into.insertFragment(selection.selection());
            }
        }
        table->removeRows(row.row, rows - row.row);
        ++moved;
    }
    return moved;
}

int keepHeadingsWithNext(QTextDocument& doc)
{
    const double pageHeight = doc.pageSize().height();
    if (pageHeight <= 0)
        return 0;
    QAbstractTextDocumentLayout* layout = doc.documentLayout();
    int moved = 0;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        if (!format.boolProperty(KeepWithNext) ||
            (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore))
            continue;
        const QTextBlock next = block.next();
        if (!next.isValid())
            continue;
        const QRectF here = layout->blockBoundingRect(block);
        // What follows: its first line (a paragraph, or a table's first cell).
        const QRectF there = layout->blockBoundingRect(next);
        if (int(here.top() / pageHeight) == int(there.top() / pageHeight) || here.top() < pageHeight * 0.05)
            continue;
        QTextCursor cursor(block);
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        format.setTopMargin(0);
        cursor.setBlockFormat(format);
        ++moved;
    }
    return moved;
}

} // namespace PagedDocument
