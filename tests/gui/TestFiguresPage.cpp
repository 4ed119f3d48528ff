// The Figures page as an officer and a member see it: the grid, block paste, the chart and its PNG.
#include "core/BritishDate.h"
#include "gui/AppContext.h"
#include "gui/FiguresModel.h"
#include "gui/FiguresPage.h"
#include "gui/Page.h"
#include "reports/FigureChart.h"
#include "store/Database.h"
#include "store/DemoData.h"
#include "store/StoreSql.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QXYSeries>

class TestFiguresPage : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_db = Database::open(QStringLiteral(":memory:"), QStringLiteral("admin"));
        DemoData::create(*m_db);
    }

    void demoShowsAYearOfFiguresRatedWithLetters()
    {
        m_db->signIn(QStringLiteral("p.officer"));
        AppContext context(*m_db);
        std::unique_ptr<Page> page(createFiguresPage(context, nullptr));
        page->resize(1200, 800);
        page->show();
        auto* grid = page->findChild<QTableView*>(QStringLiteral("figuresGrid"));
        QVERIFY(grid);
        QVERIFY2(grid->model()->columnCount() >= 12, "fewer than 12 months shown");
        QVERIFY2(grid->model()->rowCount() >= 8, "fewer than 8 indicators shown");
        // Every rated cell carries its letter, not colour alone.
        int lettered = 0;
        for (int r = 0; r < grid->model()->rowCount(); ++r) {
            // The last column is next month, empty: the latest month with figures is the one before.
            const QString text = grid->model()->index(r, grid->model()->columnCount() - 2).data().toString();
            if (text.contains(QRegularExpression(QStringLiteral("\\b[GAR]\\b"))))
                ++lettered;
        }
        QVERIFY(lettered >= 3);
        saveShot(page.get(), QStringLiteral("figures-page.png"));
    }

    void aBlockPastedFromASpreadsheetFillsItsCells()
    {
        m_db->signIn(QStringLiteral("p.officer"));
        AppContext context(*m_db);
        std::unique_ptr<Page> page(createFiguresPage(context, nullptr));
        page->show();
        auto* grid = page->findChild<QTableView*>(QStringLiteral("figuresGrid"));
        int row = -1;
        for (int r = 0; r < grid->model()->rowCount(); ++r)
            if (grid->model()->headerData(r, Qt::Vertical).toString().contains(QStringLiteral("Referrals")))
                row = r;
        QVERIFY(row >= 0);
        const int col = grid->model()->columnCount() - 2;
        grid->setCurrentIndex(grid->model()->index(row, col));
        // Two months side by side, as copied from a spreadsheet row.
        QApplication::clipboard()->setText(QStringLiteral("231\t236\n"));
        QTest::keySequence(grid, QKeySequence::Paste);
        QVERIFY(grid->model()->index(row, col).data().toString().contains(QStringLiteral("231")));
        QVERIFY(grid->model()->index(row, col + 1).data().toString().contains(QStringLiteral("236")));
        // The whole paste is one step of Edit ▸ Undo.
        context.undoStack(PageId::Figures)->undo();
        QVERIFY(!grid->model()->index(row, col).data().toString().contains(QStringLiteral("231")));
        QVERIFY(!grid->model()->index(row, col + 1).data().toString().contains(QStringLiteral("236")));
        context.undoStack(PageId::Figures)->redo();
        QVERIFY(grid->model()->index(row, col + 1).data().toString().contains(QStringLiteral("236")));
        auto* message = page->findChild<QLabel*>(QStringLiteral("figuresMessage"));
        QVERIFY(message);
    }

    // A paste in which some cells are refused says so after the paste: the "Saved." of the cells
    // that went in does not hide the refusal of the others.
    void aPasteWithARefusedCellSaysSoAtTheEnd()
    {
        m_db->signIn(QStringLiteral("p.officer"));
        AppContext context(*m_db);
        std::unique_ptr<Page> page(createFiguresPage(context, nullptr));
        page->show();
        auto* grid = page->findChild<QTableView*>(QStringLiteral("figuresGrid"));
        auto* message = page->findChild<QLabel*>(QStringLiteral("figuresMessage"));
        QVERIFY(grid && message);
        int row = -1;
        for (int r = 0; r < grid->model()->rowCount(); ++r)
            if (grid->model()->headerData(r, Qt::Vertical).toString().contains(QStringLiteral("Referrals")))
                row = r;
        QVERIFY(row >= 0);
        const int col = grid->model()->columnCount() - 2;
        const QString before = grid->model()->index(row, col).data().toString();
        grid->setCurrentIndex(grid->model()->index(row, col));
        QApplication::clipboard()->setText(QStringLiteral("-5\t236\n"));
        QTest::keySequence(grid, QKeySequence::Paste);
        QCOMPARE(grid->model()->index(row, col).data().toString(), before);
        QVERIFY(grid->model()->index(row, col + 1).data().toString().contains(QStringLiteral("236")));
        QVERIFY2(message->text().contains(QStringLiteral("1 of the 2")), qPrintable(message->text()));
        QVERIFY2(message->text().contains(QStringLiteral("negative")), qPrintable(message->text()));
        // A paste that all goes in says so.
        grid->setCurrentIndex(grid->model()->index(row, col));
        QApplication::clipboard()->setText(QStringLiteral("231\t236\n"));
        QTest::keySequence(grid, QKeySequence::Paste);
        QVERIFY2(message->text().contains(QStringLiteral("2 figures pasted and saved")),
                 qPrintable(message->text()));
    }

    // A pasted block with unusual figures asks once for the whole block, naming how many and which;
    // a figure is compared with the month before it in the block, not only with what was stored.
    void aPasteOfUnusualFiguresAsksOnce()
    {
        m_db->signIn(QStringLiteral("p.officer"));
        AppContext context(*m_db);
        std::unique_ptr<Page> page(createFiguresPage(context, nullptr));
        page->show();
        auto* grid = page->findChild<QTableView*>(QStringLiteral("figuresGrid"));
        const int row = referralsRow(grid);
        QVERIFY(row >= 0);
        const int col = grid->model()->columnCount() - 3;
        grid->setCurrentIndex(grid->model()->index(row, col));
        QStringList questions;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&questions] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                questions << box->text();
                box->button(QMessageBox::Yes)->click();
            }
        });
        answer.start(20);
        // 2000 is far from the stored month before; 2100 is near 2000; 231 is far from 2100.
        QApplication::clipboard()->setText(QStringLiteral("2000\t2100\t231\n"));
        QTest::keySequence(grid, QKeySequence::Paste);
        answer.stop();
        QCOMPARE(questions.size(), 1);
        qInfo().noquote() << questions.first();
        QVERIFY2(questions.first().contains(QStringLiteral("2 of the 3 pasted figures")),
                 qPrintable(questions.first()));
        QVERIFY2(questions.first().contains(QStringLiteral("2,000")) ||
                     questions.first().contains(QStringLiteral("2000")),
                 qPrintable(questions.first()));
        QVERIFY(grid->model()->index(row, col).data().toString().startsWith(QStringLiteral("2,000")));
        QVERIFY(grid->model()->index(row, col + 1).data().toString().startsWith(QStringLiteral("2,100")));
        QVERIFY(grid->model()->index(row, col + 2).data().toString().startsWith(QStringLiteral("231")));
        // Typing one unusual figure asks once too.
        questions.clear();
        answer.start(20);
        QVERIFY(
            grid->model()->setData(grid->model()->index(row, col + 2), QStringLiteral("9000"), Qt::EditRole));
        answer.stop();
        QCOMPARE(questions.size(), 1);
    }

    // A paste of which nothing is saved leaves no empty "Paste figures" step to undo.
    void aPasteThatSavesNothingAddsNoUndoStep()
    {
        m_db->signIn(QStringLiteral("p.officer"));
        AppContext context(*m_db);
        std::unique_ptr<Page> page(createFiguresPage(context, nullptr));
        page->show();
        auto* grid = page->findChild<QTableView*>(QStringLiteral("figuresGrid"));
        auto* message = page->findChild<QLabel*>(QStringLiteral("figuresMessage"));
        const int row = referralsRow(grid);
        QVERIFY(row >= 0);
        grid->setCurrentIndex(grid->model()->index(row, grid->model()->columnCount() - 2));
        const int steps = context.undoStack(PageId::Figures)->count();
        QApplication::clipboard()->setText(QStringLiteral("-5\tabc\n"));
        QTest::keySequence(grid, QKeySequence::Paste);
        QCOMPARE(context.undoStack(PageId::Figures)->count(), steps);
        QVERIFY2(message->text().contains(QStringLiteral("Nothing pasted was saved")),
                 qPrintable(message->text()));
    }

    // Defect 1: next month has a column of its own, every indicator of the catalogue has a row for
    // every team, and typing a figure into next month with the keyboard saves it and moves the chart.
    void theOfficerTypesNextMonthForATeam()
    {
        m_db->signIn(QStringLiteral("p.officer"));
        AppContext context(*m_db);
        std::unique_ptr<Page> page(createFiguresPage(context, nullptr));
        page->resize(1200, 800);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        auto* grid = page->findChild<QTableView*>(QStringLiteral("figuresGrid"));
        auto* teams = page->findChild<QComboBox*>(QStringLiteral("teamBox"));
        auto* model = qobject_cast<FiguresModel*>(grid->model());
        QVERIFY(grid && teams && model);
        const int catalogue =
            StoreSql::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM indicators")).toInt();
        for (int t = 0; t < teams->count(); ++t) {
            teams->setCurrentIndex(t);
            QCOMPARE(model->rowCount(), catalogue);
        }
        teams->setCurrentIndex(teams->findText(QStringLiteral("Referral and Assessment")));
        QVERIFY(teams->currentIndex() >= 0);
        const QString latest =
            StoreSql::scalar(*m_db, QStringLiteral("SELECT MAX(period) FROM indicator_values")).toString();
        const QString next = QDate::fromString(latest + QStringLiteral("-01"), Qt::ISODate)
                                 .addMonths(1)
                                 .toString(QStringLiteral("yyyy-MM"));
        const int last = model->columnCount() - 1;
        QCOMPARE(model->period(last), next);
        QCOMPARE(model->headerData(last, Qt::Horizontal, Qt::DisplayRole).toString(),
                 BritishDate::period(next));
        // The grid opens on next month.
        QCOMPARE(grid->currentIndex().column(), last);
        int row = -1;
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->indicator(r)->key == QLatin1String("referrals"))
                row = r;
        QVERIFY(row >= 0);
        auto* chart = page->findChild<QChartView*>(QStringLiteral("figuresChart"));
        grid->setFocus();
        grid->setCurrentIndex(model->index(row, last));
        QCoreApplication::processEvents();
        const int pointsBefore = chartPoints(chart);
        QTest::keyClick(grid, Qt::Key_2);
        QWidget* editor = QApplication::focusWidget();
        QVERIFY(editor && editor != grid);
        QTest::keyClicks(editor, QStringLiteral("41"));
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents(); // the delegate commits what is typed on its next turn
        QVERIFY2(model->index(row, last).data().toString().startsWith(QStringLiteral("241")),
                 qPrintable(page->findChild<QLabel*>(QStringLiteral("figuresMessage"))->text()));
        const qint64 team = teams->currentData().toLongLong();
        QCOMPARE(StoreSql::scalar(
                     *m_db,
                     QStringLiteral("SELECT value FROM indicator_values v JOIN indicators i ON i.id = "
                                    "v.indicator_id WHERE i.key = 'referrals' AND v.team_id = ? AND "
                                    "v.period = ?"),
                     {team, next})
                     .toDouble(),
                 241.0);
        // The chart of the indicator has one point more.
        QTRY_COMPARE(chartPoints(chart), pointsBefore + 1);
    }

    // Defect 1: typing into the worked-out caseload row is refused out loud, naming its parts.
    void theWorkedOutRowSaysItIsWorkedOutAndFromWhat()
    {
        m_db->signIn(QStringLiteral("p.officer"));
        AppContext context(*m_db);
        std::unique_ptr<Page> page(createFiguresPage(context, nullptr));
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        auto* grid = page->findChild<QTableView*>(QStringLiteral("figuresGrid"));
        auto* message = page->findChild<QLabel*>(QStringLiteral("figuresMessage"));
        auto* model = qobject_cast<FiguresModel*>(grid->model());
        int row = -1;
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->indicator(r)->key == QLatin1String("caseload_average"))
                row = r;
        QVERIFY(row >= 0);
        const QModelIndex stored = model->index(row, model->columnCount() - 2);
        const QString before = stored.data().toString();
        QVERIFY(!before.isEmpty());
        grid->setFocus();
        grid->setCurrentIndex(stored);
        QTest::keyClick(grid, Qt::Key_9);
        QCOMPARE(QApplication::focusWidget(), grid); // no editor opened
        QCOMPARE(stored.data().toString(), before);
        QVERIFY2(message->text().contains(QStringLiteral("worked out")), qPrintable(message->text()));
        QVERIFY2(message->text().contains(QStringLiteral("Cases held")), qPrintable(message->text()));
        QVERIFY2(message->text().contains(QStringLiteral("Case-holding social workers")),
                 qPrintable(message->text()));
        // Its cell names the parts with their figures.
        const QString tip = stored.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Cases held")) && tip.contains(QLatin1Char('(')),
                 qPrintable(tip));
        QVERIFY(model->headerData(row, Qt::Vertical, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Cases held")));
    }

    void membersReadButCannotType()
    {
        m_db->signIn(QStringLiteral("cllr.member"));
        QCOMPARE(m_db->role(), Role::Member);
        AppContext context(*m_db);
        std::unique_ptr<Page> page(createFiguresPage(context, nullptr));
        page->refresh(); // a page reads nothing until it is shown or refreshed
        auto* grid = page->findChild<QTableView*>(QStringLiteral("figuresGrid"));
        const QModelIndex cell = grid->model()->index(0, grid->model()->columnCount() - 1);
        QVERIFY(cell.isValid());
        QVERIFY(!(cell.flags() & Qt::ItemIsEditable));
    }

    void chartImageForTheBriefingPack()
    {
        const qint64 team =
            StoreSql::scalar(*m_db, QStringLiteral("SELECT id FROM teams WHERE kind = 'service'"))
                .toLongLong();
        const QImage image =
            renderIndicatorChart(*m_db, QStringLiteral("caseload_average"), {team}, QSize(900, 420));
        QCOMPARE(image.size(), QSize(900, 420));
        // Something was drawn: the band's green and the team's blue line.
        bool green = false, blue = false;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2) {
                const QColor c = image.pixelColor(x, y);
                green = green || (c.green() > c.red() + 20 && c.green() > c.blue() + 20);
                blue = blue || (c.blue() > 150 && c.red() < 60);
            }
        QVERIFY(green);
        QVERIFY(blue);
        saveImage(image, QStringLiteral("figure-chart-caseload.png"));
        const QImage unknown =
            renderIndicatorChart(*m_db, QStringLiteral("no_such_key"), {team}, QSize(300, 200));
        QCOMPARE(unknown.size(), QSize(300, 200));
        const auto teams = StoreSql::rows(
            *m_db, QStringLiteral("SELECT id FROM teams WHERE kind IN ('team', 'service') ORDER BY id"));
        QList<qint64> ids;
        for (const auto& t : teams)
            ids << t.value(QStringLiteral("id")).toLongLong();
        saveImage(renderIndicatorChart(*m_db, QStringLiteral("permanent_staff_pct"), ids.mid(0, 3),
                                       QSize(900, 420)),
                  QStringLiteral("figure-chart-teams.png"));
    }

    void itsMenuOffersTheCatalogueImportAndChart()
    {
        m_db->signIn(QStringLiteral("p.officer"));
        AppContext context(*m_db);
        std::unique_ptr<Page> page(createFiguresPage(context, nullptr));
        QCOMPARE(page->menuTitle(), QStringLiteral("Fi&gures"));
        QStringList texts;
        for (QAction* a : page->menuActions())
            texts << a->text();
        QVERIFY(texts.contains(QStringLiteral("Indicator &Catalogue…")));
        QVERIFY(texts.contains(QStringLiteral("&Import Figures from CSV…")));
        QVERIFY(texts.contains(QStringLiteral("Save Chart as &PNG…")));
        for (QAction* a : page->menuActions())
            QVERIFY2(a->isEnabled(), qPrintable(a->text()));
        // The slots the main window calls exist as slots.
        QVERIFY(page->metaObject()->indexOfSlot("editCatalogue()") >= 0);
        QVERIFY(page->metaObject()->indexOfSlot("importFiguresCsv()") >= 0);

        m_db->signIn(QStringLiteral("cllr.member"));
        std::unique_ptr<Page> memberPage(createFiguresPage(context, nullptr));
        for (QAction* a : memberPage->menuActions()) {
            if (a->text() == QStringLiteral("&Import Figures from CSV…"))
                QVERIFY(!a->isEnabled());
            if (a->text() == QStringLiteral("Indicator &Catalogue…"))
                QVERIFY(a->isEnabled()); // members read the catalogue
        }
    }

    void aCommentedFigureCarriesAMarkAndItsComment()
    {
        m_db->signIn(QStringLiteral("p.officer"));
        AppContext context(*m_db);
        std::unique_ptr<Page> page(createFiguresPage(context, nullptr));
        page->resize(1200, 800);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        auto* grid = page->findChild<QTableView*>(QStringLiteral("figuresGrid"));
        auto* model = qobject_cast<FiguresModel*>(grid->model());
        QVERIFY(model);
        int row = -1;
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->indicator(r)->key == QLatin1String("referrals"))
                row = r;
        const QModelIndex cell = model->index(row, model->columnCount() - 2);
        grid->setCurrentIndex(cell);
        const QRect rect = grid->visualRect(cell);
        const QImage plain = grid->viewport()->grab(rect).toImage();
        QVERIFY(model->setComment(cell, QStringLiteral("Half-term week")));
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Half-term week")));
        QCoreApplication::processEvents();
        const QImage marked = grid->viewport()->grab(rect).toImage();
        // The top right corner is now purple; the rest of the cell as before.
        const QColor corner = marked.pixelColor(marked.width() - 3, 2);
        QVERIFY2(corner.red() > corner.green() + 40 && corner.blue() > corner.green() + 40,
                 qPrintable(corner.name()));
        QVERIFY(plain.pixelColor(plain.width() - 3, 2) != corner);
        // Undo (Edit ▸ Undo) takes the comment back.
        context.undoStack(PageId::Figures)->undo();
        QCOMPARE(cell.data(FiguresModel::CommentRole).toString(), QString());
        saveShot(page.get(), QStringLiteral("figures-page-officer.png"));
    }

private:
    static int chartPoints(QChartView* view)
    {
        int n = 0;
        if (view && view->chart())
            for (QAbstractSeries* series : view->chart()->series())
                if (auto* xy = qobject_cast<QXYSeries*>(series);
                    xy && xy->name().contains(QStringLiteral("Referral and Assessment")))
                    n = qMax(n, int(xy->count()));
        return n;
    }
    static int referralsRow(QTableView* grid)
    {
        for (int r = 0; r < grid->model()->rowCount(); ++r)
            if (grid->model()->headerData(r, Qt::Vertical).toString().contains(QStringLiteral("Referrals")))
                return r;
        return -1;
    }
    static void saveImage(const QImage& image, const QString& name)
    {
        const QString dir = qEnvironmentVariable("SCRUTINEER_SCREENSHOTS");
        if (!dir.isEmpty())
            image.save(QDir(dir).filePath(name));
    }
    static void saveShot(QWidget* w, const QString& name) { saveImage(w->grab().toImage(), name); }

    std::unique_ptr<Database> m_db;
};

QTEST_MAIN(TestFiguresPage)
#include "TestFiguresPage.moc"
