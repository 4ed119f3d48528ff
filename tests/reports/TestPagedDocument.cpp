// Tables in paged documents (the briefing pack): no row begins at the foot of one page and ends on
// the next.
#include "reports/PagedDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QGuiApplication>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

class TestPagedDocument : public QObject
{
    Q_OBJECT

    // A page of 300 units; a table of `rows` rows, each with `lines` lines in its last cell.
    static void fill(QTextDocument& doc, int rows, int lines)
    {
        doc.setPageSize(QSizeF(400, 300));
        QTextCursor cursor(&doc);
        cursor.insertText(QStringLiteral("Flagged milestones"));
        QTextTableFormat format;
        format.setHeaderRowCount(1);
        QTextTable* table = cursor.insertTable(rows + 1, 2, format);
        table->cellAt(0, 0).firstCursorPosition().insertText(QStringLiteral("Milestone"));
        table->cellAt(0, 1).firstCursorPosition().insertText(QStringLiteral("Why"));
        for (int r = 1; r <= rows; ++r) {
            table->cellAt(r, 0).firstCursorPosition().insertText(QString::number(r));
            QTextCursor why = table->cellAt(r, 1).firstCursorPosition();
            for (int l = 0; l < lines; ++l) {
                if (l)
                    why.insertBlock();
                why.insertText(QStringLiteral("reason %1.%2").arg(r).arg(l));
            }
        }
    }

private slots:
    void rowsThatCrossAPageStartTheNext()
    {
        QTextDocument doc;
        fill(doc, 30, 4);
        QVERIFY2(doc.pageCount() > 2, "the table must run over pages for the test to mean anything");
        const int pagesBefore = doc.pageCount();
        const int across = PagedDocument::rowsAcrossPages(doc);
        QVERIFY2(across > 0, "Qt's layout splits rows: the fix has something to do");
        const int moved = PagedDocument::keepTableRowsTogether(doc);
        QVERIFY(moved >= across);
        QCOMPARE(PagedDocument::rowsAcrossPages(doc), 0);
        // Every row is still there, in order, each once.
        QString text = doc.toPlainText();
        int at = 0;
        for (int r = 1; r <= 30; ++r) {
            const int found = text.indexOf(QStringLiteral("reason %1.3").arg(r), at);
            QVERIFY2(found >= 0, qPrintable(QString::number(r)));
            QCOMPARE(text.count(QStringLiteral("reason %1.3").arg(r)), 1);
            at = found;
        }
        // No row is moved more than a page (which would leave pages all but empty): at most a row's
        // height more on each page than before.
        QVERIFY2(doc.pageCount() <= pagesBefore + pagesBefore / 3 + 1,
                 qPrintable(QStringLiteral("%1 pages, %2 before").arg(doc.pageCount()).arg(pagesBefore)));
    }

    void aRowTallerThanAPageIsLeftToRunOn()
    {
        QTextDocument doc;
        fill(doc, 2, 40);
        QCOMPARE(PagedDocument::rowsAcrossPages(doc), 0);
        QCOMPARE(PagedDocument::keepTableRowsTogether(doc), 0);
    }
};

QTEST_MAIN(TestPagedDocument)
#include "TestPagedDocument.moc"
