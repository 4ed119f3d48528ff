// Typing figures into the grid: invalid ones refused in place with the reason, valid ones saved and audited.
#include "gui/FiguresModel.h"
#include "store/Database.h"
#include "store/DemoData.h"
#include "store/StoreSql.h"

#include <QApplication>
#include <QClipboard>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

class TestFiguresModel : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_db = Database::open(QStringLiteral(":memory:"), QStringLiteral("admin"));
        DemoData::create(*m_db);
        m_db->signIn(QStringLiteral("p.officer"));
        m_model = std::make_unique<FiguresModel>(*m_db);
        m_model->setEditable(true);
        const qint64 team =
            StoreSql::scalar(*m_db, QStringLiteral("SELECT id FROM teams WHERE kind = 'service'"))
                .toLongLong();
        m_model->load(team);
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (m_model->indicator(r)->key == QLatin1String("children_looked_after"))
                m_countRow = r;
            if (m_model->indicator(r)->key == QLatin1String("permanent_staff_pct"))
                m_percentRow = r;
            if (m_model->indicator(r)->key == QLatin1String("caseload_average"))
                m_derivedRow = r;
        }
        QVERIFY(m_countRow >= 0 && m_percentRow >= 0 && m_derivedRow >= 0);
        QVERIFY(m_model->columnCount() >= 12);
    }

    void invalidFiguresAreRefusedWithTheReason_data()
    {
        QTest::addColumn<bool>("percentage");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("reason");
        QTest::newRow("negative count") << false << "-3"
                                        << "negative";
        QTest::newRow("fractional count") << false << "310.5"
                                          << "whole number";
        QTest::newRow("words") << false << "about 300"
                               << "not a number";
        QTest::newRow("percentage over 100") << true << "100.5"
                                             << "between 0 and 100";
    }
    void invalidFiguresAreRefusedWithTheReason()
    {
        QFETCH(bool, percentage);
        QFETCH(QString, typed);
        QFETCH(QString, reason);
        const QModelIndex cell =
            m_model->index(percentage ? m_percentRow : m_countRow, m_model->columnCount() - 1);
        const QVariant before = cell.data(Qt::EditRole);
        const int rows = StoreSql::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt();
        QSignalSpy refused(m_model.get(), &FiguresModel::refused);
        QVERIFY(!m_model->setData(cell, typed, Qt::EditRole));
        QCOMPARE(refused.count(), 1);
        QVERIFY2(refused.first().first().toString().contains(reason),
                 qPrintable(refused.first().first().toString()));
        QCOMPARE(cell.data(Qt::EditRole), before);
        QCOMPARE(StoreSql::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt(), rows);
    }

    void validFigureIsSavedWithWhoEnteredIt()
    {
        const QModelIndex cell = m_model->index(m_countRow, m_model->columnCount() - 1);
        QVERIFY(m_model->setData(cell, QStringLiteral("312"), Qt::EditRole));
        QCOMPARE(cell.data(Qt::EditRole).toDouble(), 312.0);
        QVERIFY(cell.data(Qt::DisplayRole).toString().startsWith(QStringLiteral("312")));
        QCOMPARE(StoreSql::scalar(*m_db,
                                  QStringLiteral("SELECT entered_by FROM indicator_values WHERE value = 312"))
                     .toString(),
                 QStringLiteral("p.officer"));
        QCOMPARE(StoreSql::scalar(
                     *m_db, QStringLiteral(
                                "SELECT COUNT(*) FROM audit_log WHERE table_name = 'indicator_values' AND "
                                "field = 'value' AND new_value = '312' AND login = 'p.officer'"))
                     .toInt(),
                 1);
        // 66% typed with its sign is read as 66.
        const QModelIndex pct = m_model->index(m_percentRow, m_model->columnCount() - 1);
        QVERIFY(m_model->setData(pct, QStringLiteral("83%"), Qt::EditRole));
        QCOMPARE(pct.data(Qt::EditRole).toDouble(), 83.0);
    }

    void farFromLastMonthAsksFirst()
    {
        const QModelIndex cell = m_model->index(m_countRow, m_model->columnCount() - 1);
        const double before = cell.data(Qt::EditRole).toDouble();
        bool asked = false;
        m_model->setConfirmUnusual([&asked](const QString&) {
            asked = true;
            return false; // the officer says no
        });
        QVERIFY(!m_model->setData(cell, QStringLiteral("3100"), Qt::EditRole));
        QVERIFY(asked);
        QCOMPARE(cell.data(Qt::EditRole).toDouble(), before);
    }

    // Nobody to ask (no question handler): the figure is not refused in silence; it is saved and
    // its cell says it is unusual and from what, until it is typed again.
    void farFromLastMonthWithNobodyToAskIsSavedAndMarked()
    {
        const QModelIndex cell = m_model->index(m_countRow, m_model->columnCount() - 1);
        const double previous =
            m_model->index(m_countRow, m_model->columnCount() - 2).data(Qt::EditRole).toDouble();
        QSignalSpy refused(m_model.get(), &FiguresModel::refused);
        QVERIFY(m_model->setData(cell, QStringLiteral("3100"), Qt::EditRole));
        QCOMPARE(refused.count(), 0);
        QCOMPARE(cell.data(Qt::EditRole).toDouble(), 3100.0);
        const QString tip = cell.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Unusual")), qPrintable(tip));
        QVERIFY2(tip.contains(QString::number(previous)), qPrintable(tip));
        QVERIFY2(cell.data(Qt::DisplayRole).toString().contains(QStringLiteral("⚠")),
                 qPrintable(cell.data(Qt::DisplayRole).toString()));
        // A usual figure typed in its place takes the mark away.
        QVERIFY(m_model->setData(cell, QString::number(previous), Qt::EditRole));
        QVERIFY(!cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Unusual")));
        QVERIFY(!cell.data(Qt::DisplayRole).toString().contains(QStringLiteral("⚠")));
    }

    // A pasted block asks once; No leaves out just the unusual figures and says so for each.
    void aPasteAsksOnceAndNoLeavesOutOnlyTheUnusual()
    {
        QUndoStack undo;
        m_model->setUndoStack(&undo);
        int asked = 0;
        m_model->setConfirmUnusual([&asked](const QString&) {
            ++asked;
            return false;
        });
        // Two rows: in each, the first figure is near the month before and the second far from it.
        const int col = m_model->columnCount() - 2;
        const double count = m_model->index(m_countRow, col - 1).data(Qt::EditRole).toDouble();
        const double pct = m_model->index(m_percentRow, col - 1).data(Qt::EditRole).toDouble();
        const QModelIndex start = m_model->index(qMin(m_countRow, m_percentRow), col);
        QVERIFY(qAbs(m_countRow - m_percentRow) >= 1);
        const auto near = [&](int row) { return row == m_countRow ? count + 1 : pct; };
        const auto far = [&](int row) {
            return row == m_countRow ? QString::number(count * 10) : QStringLiteral("1");
        };
        const int first = qMin(m_countRow, m_percentRow), second = qMax(m_countRow, m_percentRow);
        QString block;
        for (int r = first; r <= second; ++r)
            block += (r == first || r == second) ? QStringLiteral("%1\t%2\r\n").arg(near(r)).arg(far(r))
                                                 : QStringLiteral("\n"); // a blank row keeps its place
        const double farBefore = m_model->index(m_countRow, col + 1).data(Qt::EditRole).toDouble();
        const auto result = m_model->paste(start, block);
        QCOMPARE(asked, 1);
        QCOMPARE(result.tried, 4);
        QCOMPARE(result.saved, 2);
        QCOMPARE(result.refusals.size(), 2);
        QVERIFY2(result.refusals.first().contains(QStringLiteral("left out")),
                 qPrintable(result.refusals.first()));
        QCOMPARE(m_model->index(m_countRow, col).data(Qt::EditRole).toDouble(), count + 1);
        QCOMPARE(m_model->index(m_countRow, col + 1).data(Qt::EditRole).toDouble(), farBefore);
        QCOMPARE(undo.count(), 1);
    }

    void partsChangeTheWorkedOutFigure()
    {
        int casesRow = -1, fteRow = -1;
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (m_model->indicator(r)->key == QLatin1String("cases_held"))
                casesRow = r;
            if (m_model->indicator(r)->key == QLatin1String("case_holding_fte"))
                fteRow = r;
        }
        const int last = m_model->columnCount() - 1;
        bool yes = true;
        m_model->setConfirmUnusual([&yes](const QString&) { return yes; });
        QVERIFY(m_model->setData(m_model->index(fteRow, last), QStringLiteral("150"), Qt::EditRole));
        QVERIFY(m_model->setData(m_model->index(casesRow, last), QStringLiteral("2100"), Qt::EditRole));
        QCOMPARE(m_model->index(m_derivedRow, last).data(Qt::EditRole).toDouble(), 14.0);
    }

    void workedOutFiguresCannotBeTyped()
    {
        QVERIFY(!(m_model->index(m_derivedRow, 0).flags() & Qt::ItemIsEditable));
        QVERIFY(m_model->index(m_countRow, 0).flags() & Qt::ItemIsEditable);
    }

    void aMemberCannotSaveFigures()
    {
        m_db->signIn(QStringLiteral("cllr.member"));
        QSignalSpy refused(m_model.get(), &FiguresModel::refused);
        QVERIFY(!m_model->setData(m_model->index(m_countRow, 0), QStringLiteral("300"), Qt::EditRole));
        QCOMPARE(refused.count(), 1);
    }

    void aCommentRoundTripsWithItsFigureAndUndoes()
    {
        QUndoStack undo;
        m_model->setUndoStack(&undo);
        const int last = m_model->columnCount() - 2; // the latest month with figures (the last is next month)
        const QModelIndex cell = m_model->index(m_countRow, last);
        const double figure = cell.data(Qt::EditRole).toDouble();
        QVERIFY(m_model->canComment(cell));
        QCOMPARE(cell.data(FiguresModel::CommentRole).toString(), QString());
        QVERIFY(m_model->setComment(cell, QStringLiteral("Two sibling groups of four came into care")));
        // Shown in the tooltip, saved with the figure, audited, and read back after a reload.
        QVERIFY(
            cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Comment: Two sibling groups")));
        m_model->load(m_model->teamId());
        const QModelIndex again = m_model->index(m_countRow, last);
        QCOMPARE(again.data(FiguresModel::CommentRole).toString(),
                 QStringLiteral("Two sibling groups of four came into care"));
        QCOMPARE(again.data(Qt::EditRole).toDouble(), figure);
        QCOMPARE(
            StoreSql::scalar(
                *m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'indicator_values' "
                                      "AND field = 'note' AND login = 'p.officer' AND new_value LIKE 'Two%'"))
                .toInt(),
            1);
        // A new figure keeps its comment; undo takes back the figure, then the comment.
        QVERIFY(m_model->setData(again, QStringLiteral("%1").arg(figure + 4), Qt::EditRole));
        QCOMPARE(again.data(Qt::EditRole).toDouble(), figure + 4);
        QCOMPARE(again.data(FiguresModel::CommentRole).toString(),
                 QStringLiteral("Two sibling groups of four came into care"));
        QCOMPARE(undo.count(), 2);
        undo.undo();
        QCOMPARE(again.data(Qt::EditRole).toDouble(), figure);
        QCOMPARE(again.data(FiguresModel::CommentRole).toString(),
                 QStringLiteral("Two sibling groups of four came into care"));
        undo.undo();
        QCOMPARE(again.data(FiguresModel::CommentRole).toString(), QString());
        QCOMPARE(again.data(Qt::EditRole).toDouble(), figure);
        undo.redo();
        QCOMPARE(again.data(FiguresModel::CommentRole).toString(),
                 QStringLiteral("Two sibling groups of four came into care"));
        // An empty comment removes it.
        undo.redo();
        QVERIFY(m_model->setComment(again, QString()));
        QCOMPARE(again.data(FiguresModel::CommentRole).toString(), QString());
        QCOMPARE(again.data(Qt::EditRole).toDouble(), figure + 4);
    }

    void undoingANewFigureRemovesItAndItsWorkedOutFigure()
    {
        QUndoStack undo;
        m_model->setUndoStack(&undo);
        // A month of its own, beyond the demo: add it by entering the parts of the caseload.
        const QModelIndex fte = m_model->index(rowOf(QStringLiteral("case_holding_fte")), 0);
        const QModelIndex cases = m_model->index(rowOf(QStringLiteral("cases_held")), 0);
        const QModelIndex average = m_model->index(m_derivedRow, 0);
        m_model->setConfirmUnusual([](const QString&) { return true; });
        QVERIFY(m_model->setData(fte, QStringLiteral("150"), Qt::EditRole));
        QVERIFY(m_model->setData(cases, QStringLiteral("2100"), Qt::EditRole));
        QCOMPARE(average.data(Qt::EditRole).toDouble(), 14.0);
        // The first month had figures already: undo puts them back, and the worked-out figure follows.
        undo.undo();
        undo.undo();
        QVERIFY(average.data(Qt::EditRole).toDouble() != 14.0);
        // Undoing a figure that was not there before removes it (here: a comment-free new team month).
        const qint64 team =
            StoreSql::scalar(*m_db,
                             QStringLiteral("SELECT id FROM teams WHERE name = 'Referral and Assessment'"))
                .toLongLong();
        m_model->load(team);
        const int row = rowOf(QStringLiteral("children_looked_after"));
        QVERIFY(row >= 0); // a key indicator: shown for every team
        const QModelIndex empty = m_model->index(row, m_model->columnCount() - 1);
        QCOMPARE(empty.data(Qt::EditRole).toString(), QString());
        QVERIFY(!m_model->canComment(empty));
        QSignalSpy refused(m_model.get(), &FiguresModel::refused);
        QVERIFY(!m_model->setComment(empty, QStringLiteral("no figure yet")));
        QVERIFY(refused.first().first().toString().contains(QStringLiteral("Type the figure first")));
        QVERIFY(m_model->setData(empty, QStringLiteral("40"), Qt::EditRole));
        QCOMPARE(empty.data(Qt::EditRole).toDouble(), 40.0);
        undo.undo();
        QCOMPARE(empty.data(Qt::EditRole).toString(), QString());
        QCOMPARE(
            StoreSql::scalar(*m_db,
                             QStringLiteral("SELECT COUNT(*) FROM indicator_values WHERE team_id = ? AND "
                                            "indicator_id = ?"),
                             {team, m_model->indicator(row)->id})
                .toInt(),
            0);
    }

    void anUndoOfAFigureSomeoneElseChangedIsRefused()
    {
        QUndoStack undo;
        m_model->setUndoStack(&undo);
        const QModelIndex cell = m_model->index(m_countRow, m_model->columnCount() - 1);
        const double before = cell.data(Qt::EditRole).toDouble();
        QVERIFY(m_model->setData(cell, QStringLiteral("%1").arg(before + 2), Qt::EditRole));
        // Someone else saves the same figure meanwhile.
        m_db->signIn(QStringLiteral("admin"));
        IndicatorRepository(*m_db).setValue(*m_model->indicator(m_countRow), m_model->teamId(),
                                            m_model->period(cell.column()), before + 3);
        m_db->signIn(QStringLiteral("p.officer"));
        QSignalSpy refused(m_model.get(), &FiguresModel::refused);
        undo.undo();
        QCOMPARE(refused.count(), 1);
        QVERIFY2(refused.first().first().toString().contains(QStringLiteral("admin")),
                 qPrintable(refused.first().first().toString()));
        QCOMPARE(IndicatorRepository(*m_db)
                     .values(m_model->teamId())
                     .value(m_model->indicator(m_countRow)->id)
                     .value(m_model->period(cell.column()))
                     .value,
                 before + 3);
        QCOMPARE(undo.count(), 0); // the refused command is dropped
    }

private:
    int rowOf(const QString& key) const
    {
        for (int r = 0; r < m_model->rowCount(); ++r)
            if (m_model->indicator(r)->key == key)
                return r;
        return -1;
    }

    std::unique_ptr<Database> m_db;
    std::unique_ptr<FiguresModel> m_model;
    int m_countRow = -1;
    int m_percentRow = -1;
    int m_derivedRow = -1;
};

QTEST_MAIN(TestFiguresModel)
#include "TestFiguresModel.moc"
