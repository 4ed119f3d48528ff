// Opens the demo database in the main window (offscreen) and checks that every page shows rows, in
// English and in Welsh.
#include "DemoWindow.h"
#include "core/Translations.h"
#include "gui/AppContext.h"
#include "gui/ConnectDialog.h"
#include "gui/MainWindow.h"
#include "gui/MinutesCommands.h"
#include "gui/Page.h"
#include "gui/Settings.h"
#include "gui/UndoCommands.h"
#include "store/Database.h"
#include "store/MinutesRepository.h"
#include "store/QueryPlan.h"
#include "store/StoreSql.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QXmlStreamReader>

namespace {

int rowsShown(QWidget* page)
{
    int most = 0;
    for (QAbstractItemView* view : page->findChildren<QAbstractItemView*>()) {
        if (!view->model() || !view->isVisibleTo(page))
            continue;
        most = qMax(most, view->model()->rowCount());
    }
    return most;
}

// The letter Alt reaches in a text ("Mee&ting" → 't'), or none.
QChar mnemonic(const QString& text)
{
    for (int i = 0; i + 1 < text.size(); ++i)
        if (text.at(i) == QLatin1Char('&')) {
            if (text.at(i + 1) == QLatin1Char('&')) {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
    return {};
}

// Every Alt+letter the window offers now, with what it reaches: the menus, the tool bar and the
// page shown (its labels' fields, buttons, tabs).
QMultiHash<QChar, QString> mnemonics(QMainWindow& window)
{
    QMultiHash<QChar, QString> out;
    for (QAction* a : window.menuBar()->actions())
        if (a->isVisible() && !mnemonic(a->text()).isNull())
            out.insert(mnemonic(a->text()), QStringLiteral("menu ") + a->text());
    for (QWidget* w : window.findChildren<QWidget*>()) {
        if (!w->isVisibleTo(&window) || w->window() != &window)
            continue;
        QString text;
        if (auto* label = qobject_cast<QLabel*>(w); label && label->buddy())
            text = label->text();
        else if (auto* button = qobject_cast<QAbstractButton*>(w))
            text = button->text();
        if (!mnemonic(text).isNull())
            out.insert(mnemonic(text), text);
        if (auto* tabs = qobject_cast<QTabBar*>(w))
            for (int i = 0; i < tabs->count(); ++i)
                if (!mnemonic(tabs->tabText(i)).isNull())
                    out.insert(mnemonic(tabs->tabText(i)), tabs->tabText(i));
    }
    return out;
}

// Every Alt+letter that reaches more than one thing, page by page.
QStringList mnemonicClashes(MainWindow& window)
{
    QStringList clashes;
    for (int p = 0; p <= int(PageId::Search); ++p) {
        window.showPage(PageId(p));
        QCoreApplication::processEvents();
        const auto found = mnemonics(window);
        for (const QChar c : found.uniqueKeys())
            if (found.count(c) > 1)
                clashes << QStringLiteral("%1: Alt+%2 is %3")
                               .arg(window.page(PageId(p))->title(), QString(c),
                                    found.values(c).join(QStringLiteral(" and ")));
    }
    return clashes;
}

// The English sources of the Welsh .ts whose translation differs from them.
QSet<QString> englishSources()
{
    QFile file(QStringLiteral(SCRUTINEER_SOURCE_DIR "/resources/translations/scrutineer_cy.ts"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QSet<QString> out;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation") || xml.name() == QLatin1String("numerusform")) {
            const QString welsh = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!welsh.isEmpty() && welsh != source && !source.contains(QLatin1Char('%')))
                out.insert(source);
        }
    }
    return out;
}

// Every interface text visible in `root` now (not the data: committee names, minutes, figures).
QStringList visibleTexts(QWidget* root)
{
    QStringList out;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(root))
            continue;
        if (auto* label = qobject_cast<QLabel*>(w))
            out << label->text();
        else if (auto* button = qobject_cast<QAbstractButton*>(w))
            out << button->text() << button->toolTip();
        else if (auto* box = qobject_cast<QGroupBox*>(w))
            out << box->title();
        else if (auto* edit = qobject_cast<QLineEdit*>(w))
            out << edit->placeholderText();
        else if (auto* tabs = qobject_cast<QTabBar*>(w))
            for (int i = 0; i < tabs->count(); ++i)
                out << tabs->tabText(i);
        else if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model()) {
            const auto* m = view->model();
            for (int c = 0; c < m->columnCount(); ++c)
                out << m->headerData(c, Qt::Horizontal).toString();
        }
        for (QAction* a : w->actions())
            out << a->text() << a->toolTip();
    }
    return out;
}

QStringList menuTexts(QMenuBar* bar)
{
    QStringList out;
    for (QAction* a : bar->actions()) {
        out << a->text();
        if (a->menu())
            for (QAction* item : a->menu()->actions())
                out << item->text();
    }
    return out;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("ScrutineerTest"));
        QCoreApplication::setApplicationName(QStringLiteral("ScrutineerTest"));
        m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QProcess demo;
        demo.start(QStringLiteral(SCRUTINEER_BINARY), {QStringLiteral("demo"), QStringLiteral("--db"), m_db});
        QVERIFY(demo.waitForFinished(120000));
        QVERIFY2(demo.exitCode() == 0, demo.readAllStandardError().constData());
    }

    void everyPageShowsRows()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* committees = window.findChild<QComboBox*>(QStringLiteral("committeeBox"));
        auto* meetings = window.findChild<QComboBox*>(QStringLiteral("meetingBox"));
        QVERIFY(committees->count() >= 1);
        QVERIFY(meetings->count() >= 1);
        QCOMPARE(window.context()->committeeId(), committees->currentData().toLongLong());
        QCOMPARE(window.context()->meetingId(), meetings->currentData().toLongLong());

        for (PageId id : {PageId::Meetings, PageId::Actions, PageId::Plan, PageId::Figures}) {
            window.showPage(id);
            QCOMPARE(window.currentPage(), id);
            QTRY_VERIFY2(rowsShown(window.page(id)) > 0, qPrintable(window.page(id)->title()));
        }
        // The dashboard answers with rows too (ratings by priority, overdue actions …).
        window.showPage(PageId::Dashboard);
        QTRY_VERIFY(rowsShown(window.page(PageId::Dashboard)) > 0);
    }

    // On a 1024×700 screen the action log's words are readable: the columns a person can do without
    // give way to the Action column (issue 11, defect 15's sibling).
    void actionLogGivesItsWordsRoomOnASmallScreen()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_db));
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(PageId::Actions);
        auto* log = window.page(PageId::Actions)->findChild<QTableView*>(QStringLiteral("actionLog"));
        QVERIFY(log);
        QTRY_VERIFY(log->model()->rowCount() > 0);
        QTRY_VERIFY2(
            log->columnWidth(1) >= 180,
            qPrintable(QStringLiteral("%1 of %2").arg(log->columnWidth(1)).arg(log->viewport()->width())));
        // Nothing runs off to the right: no horizontal scrolling needed to see the status.
        QVERIFY(!log->horizontalScrollBar()->isVisible() || log->horizontalScrollBar()->maximum() == 0);
        // The plan likewise: the milestone's title readable, nothing to scroll sideways for.
        window.showPage(PageId::Plan);
        auto* plan = window.page(PageId::Plan)->findChild<QTreeView*>(QStringLiteral("planTree"));
        QVERIFY(plan);
        QTRY_VERIFY(plan->model()->rowCount() > 0);
        QString widths;
        for (int c = 0; c < plan->model()->columnCount(); ++c)
            widths += QStringLiteral(" %1").arg(plan->isColumnHidden(c) ? 0 : plan->columnWidth(c));
        QTRY_VERIFY2(!plan->horizontalScrollBar()->isVisible() || plan->horizontalScrollBar()->maximum() == 0,
                     qPrintable(QStringLiteral("%1 wide:%2").arg(plan->viewport()->width()).arg(widths)));
        QVERIFY2(plan->columnWidth(0) >= 240, qPrintable(QString::number(plan->columnWidth(0))));
    }

    // On a small screen the side bar takes what its titles need, not a quarter of the window, and
    // keeps that width from page to page.
    void sideBarIsAsWideAsItsTitles()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_db));
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* side = window.findChild<QListWidget*>(QStringLiteral("sideBar"));
        QVERIFY(side);
        int widest = 0;
        for (int i = 0; i < side->count(); ++i)
            widest = qMax(widest, side->visualItemRect(side->item(i)).width() > 0
                                      ? QFontMetrics(side->font()).horizontalAdvance(side->item(i)->text())
                                      : 0);
        const int width = side->width();
        QVERIFY2(width <= widest + 100,
                 qPrintable(QStringLiteral("%1 for titles of %2").arg(width).arg(widest)));
        for (int p = 0; p < side->count(); ++p) {
            window.showPage(PageId(p));
            QTest::qWait(20);
            QCOMPARE(side->width(), width);
        }
    }

    // On a tall screen the figures grid is as tall as its rows and the chart gets the rest (it had
    // a fifth of the height under a grid of empty rows at 2560×1440).
    void figuresChartGetsTheRoomBelowTheGrid()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_db));
        window.resize(2400, 1350);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(PageId::Figures);
        auto* grid = window.page(PageId::Figures)->findChild<QTableView*>(QStringLiteral("figuresGrid"));
        auto* chart = window.page(PageId::Figures)->findChild<QWidget*>(QStringLiteral("figuresChart"));
        QVERIFY(grid && chart);
        QTRY_VERIFY(grid->model()->rowCount() > 0);
        QTRY_VERIFY2(grid->height() <= grid->sizeHint().height() + 4,
                     qPrintable(QStringLiteral("grid %1 for rows of %2, chart %3")
                                    .arg(grid->height())
                                    .arg(grid->sizeHint().height())
                                    .arg(chart->height())));
        QVERIFY(chart->height() >= 500);
    }

    // The dashboard's trends are drawn lines, not solid black blocks (issue 11, defect 13): each
    // trend cell is mostly background, with some of the line's colour in it.
    void dashboardTrendsAreLines()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_db));
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(PageId::Dashboard);
        auto* figures =
            window.page(PageId::Dashboard)->findChild<QTableWidget*>(QStringLiteral("keyFigures"));
        QVERIFY(figures);
        QTRY_VERIFY(figures->rowCount() > 0);
        const QImage shot = figures->viewport()->grab().toImage();
        int drawn = 0;
        for (int r = 0; r < figures->rowCount(); ++r) {
            const QRect cell = figures->visualRect(figures->model()->index(r, 2));
            if (cell.isEmpty() || !shot.rect().contains(cell.center()))
                continue;
            int dark = 0, coloured = 0, all = 0;
            for (int y = cell.top(); y <= cell.bottom() && y < shot.height(); ++y)
                for (int x = cell.left(); x <= cell.right() && x < shot.width(); ++x) {
                    const QColor c = shot.pixelColor(x, y);
                    ++all;
                    dark += c.lightness() < 60;
                    coloured += c.saturation() > 80;
                }
            QVERIFY2(dark * 5 < all,
                     qPrintable(QStringLiteral("row %1: %2 of %3 pixels dark").arg(r).arg(dark).arg(all)));
            // A row with a trend (DashboardPage's TrendRole) shows its line.
            if (figures->item(r, 2) && figures->item(r, 2)->data(Qt::UserRole + 9).toList().size() > 1)
                QVERIFY(coloured > 0);
            drawn += coloured > 0;
        }
        QVERIFY2(drawn > 0, "no trend was drawn");
    }

    // A database opened for reading only (File ▸ Open Read-Only…, or a file this user may not write)
    // says so in the title and offers no editing anywhere: no figure cell, rating or action status
    // takes a typed value that would then be lost (issue 11, defect 10), and the file is left as it was.
    void readOnlyDatabaseOffersNothingToType()
    {
        QFile file(m_db);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        {
            MainWindow window;
            QVERIFY(window.openDatabase(m_db, true));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY2(window.windowTitle().contains(QStringLiteral("read-only")),
                     qPrintable(window.windowTitle()));
            QVERIFY(window.database()->isReadOnly());
            for (PageId id : {PageId::Actions, PageId::Plan, PageId::Figures}) {
                window.showPage(id);
                QTRY_VERIFY(rowsShown(window.page(id)) > 0);
                for (QAbstractItemView* view : window.page(id)->findChildren<QAbstractItemView*>()) {
                    QAbstractItemModel* model = view->model();
                    if (!model || !view->isVisibleTo(window.page(id)))
                        continue;
                    for (int r = 0; r < qMin(model->rowCount(), 40); ++r)
                        for (int c = 0; c < model->columnCount(); ++c)
                            QVERIFY2(!(model->flags(model->index(r, c)) & Qt::ItemIsEditable),
                                     qPrintable(QStringLiteral("%1: %2, row %3 column %4 is editable")
                                                    .arg(window.page(id)->title(), view->objectName())
                                                    .arg(r)
                                                    .arg(c)));
                }
            }
            auto* change =
                window.page(PageId::Plan)->findChild<QAbstractButton*>(QStringLiteral("changeRating"));
            QVERIFY(change);
            QVERIFY(!change->isVisibleTo(window.page(PageId::Plan)) || !change->isEnabled());
        }
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll() == before);
    }

    // The window opens at the cost of the page in view: the others are made when first shown, and a
    // change of committee (which also chooses that committee's meeting) reloads a page once.
    void pagesAreMadeWhenFirstShownAndReloadOncePerChange()
    {
        Settings::setValue(Settings::Key::LastPage, 0);
        MainWindow window;
        QVERIFY(window.openDatabase(m_db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.findChildren<Page*>().size(), 1);
        QCOMPARE(window.currentPage(), PageId::Dashboard);

        window.showPage(PageId::Plan);
        QCOMPARE(window.findChildren<Page*>().size(), 2);
        Page* plan = window.page(PageId::Plan);
        QVERIFY(plan->isLoaded());
        QSignalSpy loads(plan, &Page::loaded);
        auto* committees = window.findChild<QComboBox*>(QStringLiteral("committeeBox"));
        QVERIFY(committees->count() >= 2);
        const int chosen = committees->currentIndex();
        committees->setCurrentIndex((committees->currentIndex() + 1) % committees->count());
        QTRY_COMPARE(loads.size(), 1);
        QTest::qWait(50);
        QCOMPARE(loads.size(), 1);
        // A page out of view is not reloaded by the change until it is shown again.
        Page* dashboard = window.page(PageId::Dashboard);
        QSignalSpy dashboardLoads(dashboard, &Page::loaded);
        committees->setCurrentIndex((committees->currentIndex() + 1) % committees->count());
        QTest::qWait(50);
        QCOMPARE(dashboardLoads.size(), 0);
        window.showPage(PageId::Dashboard);
        QCOMPARE(dashboardLoads.size(), 1);
        committees->setCurrentIndex(chosen); // the committee is remembered for the next window
    }

    // Every statement that opening the window and showing each page runs is planned with an index
    // wherever it reads a table that grows with the years (the store's TestQueryPlans says which).
    void openingAndFirstShowsReadByIndex()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_db)); // reads the committees and meetings (see TestQueryPlans)
        // Pages read when they are first shown: the window's first paint, then each page in turn.
        QueryPlan::Recorder opened(*window.database());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (int i = 0; i < 6; ++i) {
            window.showPage(PageId(i), PageId(i) == PageId::Search ? QVariantMap{{QStringLiteral("query"),
                                                                                  QStringLiteral("caseload")}}
                                                                   : QVariantMap());
            QTest::qWait(20);
        }
        QVERIFY(opened.statements().size() > 20);
        const auto scans = QueryPlan::fullScans(*window.database(), opened.statements());
        QVERIFY2(scans.isEmpty(), qPrintable(QueryPlan::describe(scans)));
    }

    void searchBoxOpensTheSearchPageWithResults()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_db));
        window.show();
        auto* box = window.findChild<QLineEdit*>(QStringLiteral("searchBox"));
        QVERIFY(box);
        box->setText(QStringLiteral("caseload"));
        QTest::keyClick(box, Qt::Key_Return);
        QCOMPARE(window.currentPage(), PageId::Search);
        QTRY_VERIFY(rowsShown(window.page(PageId::Search)) > 0);
    }

    void shortcutsSwitchPages()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), PageId::Plan);
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), PageId::Meetings);
    }

    void aDatabaseThatCannotOpenLeavesTheCurrentOne()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_db));
        // A missing folder cannot hold a database: the message box is closed by the test.
        QTimer::singleShot(0, [] {
            if (QWidget* box = QApplication::activeModalWidget())
                box->close();
        });
        QVERIFY(!window.openDatabase(m_dir.filePath(QStringLiteral("no/such/folder/x.sqlite"))));
        QVERIFY(window.database());
        QCOMPARE(window.database()->path(), m_db);
    }

    void pageMenusComeAndGoWithTheDatabase()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_db));
        QVERIFY(window.openDatabase(m_db)); // reopening must not leave a second copy of the menu
        int actionsMenus = 0;
        QAction* exportLog = nullptr;
        for (QAction* a : window.menuBar()->actions())
            if (a->text() == QStringLiteral("&Actions")) {
                ++actionsMenus;
                emit a->menu()
                    ->aboutToShow(); // the page, whose commands the menu holds, is made on opening it
                for (QAction* item : a->menu()->actions())
                    if (item->objectName() == QStringLiteral("exportActionLogAction"))
                        exportLog = item;
            }
        QCOMPARE(actionsMenus, 1);
        QVERIFY(exportLog);
        QVERIFY(exportLog->isEnabled());
    }

    void actionLogExportsWhatTheFiltersSelect()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_db));
        Page* actions = window.page(PageId::Actions);
        // The log opens on the committee chosen at the top; every committee's, here.
        for (QComboBox* box : actions->findChildren<QComboBox*>())
            if (box->itemText(0) == QStringLiteral("Every committee"))
                box->setCurrentIndex(0);
        auto* overdue = actions->findChild<QCheckBox*>();
        QVERIFY(overdue);
        auto* table = actions->findChild<QTableView*>();
        const QString csv = m_dir.filePath(QStringLiteral("log.csv"));
        bool done = false;
        QVERIFY(
            QMetaObject::invokeMethod(actions, "exportLog", Q_RETURN_ARG(bool, done), Q_ARG(QString, csv)));
        QVERIFY(done);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        table->model()->fetchMore(QModelIndex());
        while (table->model()->canFetchMore(QModelIndex()))
            table->model()->fetchMore(QModelIndex());
        QVERIFY(table->model()->rowCount() > 20);
        // A header, then one line per action shown, but those of exempt (Part 2) items: a file may be
        // shared, so they stay out of it (they are marked "(exempt)" in the log on screen).
        int exempt = 0;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            for (int c = 0; c < table->model()->columnCount(); ++c)
                if (table->model()->index(r, c).data().toString().endsWith(QStringLiteral("(exempt)")))
                    ++exempt;
        QCOMPARE(lines.size() - 1, table->model()->rowCount() - exempt);

        const QString xlsx = m_dir.filePath(QStringLiteral("log.xlsx"));
        QVERIFY(
            QMetaObject::invokeMethod(actions, "exportLog", Q_RETURN_ARG(bool, done), Q_ARG(QString, xlsx)));
        QVERIFY(done);
        QFile book(xlsx);
        QVERIFY(book.open(QIODevice::ReadOnly));
        QCOMPARE(book.read(2), QByteArray("PK")); // a workbook is a zip file

        actions->setProperty("quiet", true);
        QVERIFY(QMetaObject::invokeMethod(
            actions, "exportLog", Q_RETURN_ARG(bool, done),
            Q_ARG(QString, m_dir.filePath(QStringLiteral("no/such/folder/log.csv")))));
        QVERIFY(!done);
    }

    void minutesAndCalendarExportFromTheMeetingMenu()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_db));
        QVERIFY(window.context()->meetingId() > 0);
        const QString pdf = m_dir.filePath(QStringLiteral("minutes.pdf"));
        QVERIFY(window.exportMinutes(pdf));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(5), QByteArray("%PDF-"));
        const QString ics = m_dir.filePath(QStringLiteral("meetings.ics"));
        QVERIFY(window.exportCalendar(ics));
        QFile cal(ics);
        QVERIFY(cal.open(QIODevice::ReadOnly));
        const QByteArray text = cal.readAll();
        QVERIFY(text.startsWith("BEGIN:VCALENDAR"));
        QCOMPARE(text.count("BEGIN:VEVENT"),
                 window.findChild<QComboBox*>(QStringLiteral("meetingBox"))->count());

        // A folder that does not exist: a message (closed here), false, nothing written.
        QTimer::singleShot(0, [] {
            if (QWidget* box = QApplication::activeModalWidget())
                box->close();
        });
        QVERIFY(!window.exportMinutes(m_dir.filePath(QStringLiteral("no/such/folder/m.pdf"))));
    }

    void documentsTabOffersTheKeptPdf()
    {
        const QByteArray bytes("%PDF-1.4 kept original");
        {
            auto db = Database::open(m_db);
            QVERIFY(db);
            db->insert(QStringLiteral("documents"),
                       {{QStringLiteral("meeting_id"), 2},
                        {QStringLiteral("file_name"), QStringLiteral("minutes-6-december-2016.pdf")},
                        {QStringLiteral("sha256"), QStringLiteral("00")},
                        {QStringLiteral("bytes"), bytes},
                        {QStringLiteral("pages"), 7},
                        {QStringLiteral("imported_at"), QStringLiteral("2016-12-20T10:00:00")},
                        {QStringLiteral("imported_by"), QStringLiteral("clerk")}});
        }
        MainWindow window;
        QVERIFY(window.openDatabase(m_db));
        window.showPage(PageId::Meetings, {{QStringLiteral("meeting"), 2}});
        auto* table =
            window.page(PageId::Meetings)->findChild<QTableWidget*>(QStringLiteral("documentTable"));
        QVERIFY(table);
        QTRY_COMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("minutes-6-december-2016.pdf"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("7"));
        // SCRUTINEER_SCREENSHOTS=DIR saves the tab, to look at.
        if (const QString dir = qEnvironmentVariable("SCRUTINEER_SCREENSHOTS"); !dir.isEmpty()) {
            window.resize(1400, 800);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.page(PageId::Meetings)->findChild<QTabWidget*>()->setCurrentIndex(2);
            QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("meetings-documents.png"))));
        }
        const QString copy = m_dir.filePath(QStringLiteral("copy.pdf"));
        QString error;
        bool done = false;
        QVERIFY(QMetaObject::invokeMethod(window.page(PageId::Meetings), "writeDocument",
                                          Q_RETURN_ARG(bool, done), Q_ARG(QString, copy),
                                          Q_ARG(QString*, &error)));
        QVERIFY2(done, qPrintable(error));
        QFile file(copy);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);
    }

    // Defect 4's siblings: on every page, each Alt+letter reaches one thing only.
    void everyMnemonicIsUniqueOnEveryPage()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList clashes = mnemonicClashes(window);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }

    // Defect 7: the first launch fits the screen it opens on, whatever its size down to 1024×700, in
    // English and in Welsh (whose words are longer).
    void theFirstLaunchFitsTheScreen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QString::fromLatin1(Translations::English);
        QTest::newRow("Cymraeg") << QString::fromLatin1(Translations::Welsh);
    }
    void theFirstLaunchFitsTheScreen()
    {
        QFETCH(QString, language);
        Translations::install(language);
        const auto back =
            qScopeGuard([] { Translations::install(QString::fromLatin1(Translations::English)); });
        Settings::setValue(Settings::Key::WindowGeometry, QByteArray());
        MainWindow window;
        QVERIFY(window.openDatabase(m_db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // (The offscreen screen may be smaller than 1024×700, the least a window is made to fit.)
        const QSize room = window.screen()->availableGeometry().size().expandedTo(QSize(1024, 700));
        QVERIFY2(window.frameGeometry().width() <= room.width() &&
                     window.frameGeometry().height() <= room.height(),
                 qPrintable(QStringLiteral("%1×%2 on a %3×%4 screen")
                                .arg(window.frameGeometry().width())
                                .arg(window.frameGeometry().height())
                                .arg(room.width())
                                .arg(room.height())));
        // And every page fits 1024×700 (less the window frame).
        QStringList tooBig;
        for (int p = 0; p <= int(PageId::Search); ++p) {
            window.showPage(PageId(p));
            QCoreApplication::processEvents();
            const QSize need = window.minimumSizeHint();
            if (need.width() > 1024 - 16 || need.height() > 700 - 48)
                tooBig << QStringLiteral("%1 needs %2×%3")
                              .arg(window.page(PageId(p))->title())
                              .arg(need.width())
                              .arg(need.height());
        }
        QVERIFY2(tooBig.isEmpty(), qPrintable(tooBig.join(QStringLiteral("; "))));
    }

    // Defect 14: --screenshots leaves the saved window size and page alone.
    void screenshotsLeaveTheSavedWindowAlone()
    {
        Settings::setValue(Settings::Key::LastPage, 2);
        {
            MainWindow window;
            window.resize(1111, 666);
            QVERIFY(window.openDatabase(m_db));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.close(); // saves its size, as a person closing it does
        }
        const QByteArray saved = Settings::value(Settings::Key::WindowGeometry).toByteArray();
        QTemporaryDir shots;
        {
            MainWindow window;
            window.setScreenshotMode(true);
            QVERIFY(window.openDatabase(m_db));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.saveScreenshots(shots.path());
            window.close();
        }
        QCOMPARE(Settings::value(Settings::Key::WindowGeometry).toByteArray(), saved);
        QCOMPARE(Settings::value(Settings::Key::LastPage).toInt(), 2);
        QVERIFY(QDir(shots.path()).entryList({QStringLiteral("*.png")}).size() >= 6);
    }

    // Defect 11: members are not offered File ▸ Import Minutes; clerks are.
    void membersAreNotOfferedImportMinutes()
    {
        qputenv("SCRUTINEER_LOGIN", "cllr.member");
        {
            MainWindow window;
            QVERIFY(window.openDatabase(m_db));
            auto* import = window.findChild<QAction*>(QStringLiteral("importMinutesAction"));
            QVERIFY(import);
            QVERIFY(!import->isVisible());
            QVERIFY(!import->isEnabled());
        }
        qputenv("SCRUTINEER_LOGIN", "a.clerk");
        {
            MainWindow window;
            QVERIFY(window.openDatabase(m_db));
            QVERIFY(window.findChild<QAction*>(QStringLiteral("importMinutesAction"))->isVisible());
        }
        qunsetenv("SCRUTINEER_LOGIN");
    }

    // Defect 5: undo is per place. Minutes recorded for a meeting are not undone by Ctrl+Z on the Plan
    // page; Edit ▸ Undo there names the plan's own step; on the Meetings page it names the minutes,
    // and undoing there takes the person to the item.
    void undoOnThePlanPageNeverTouchesMinutes()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_db));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        AppContext* context = window.context();
        const qint64 meeting = context->meetingId();
        QVERIFY(meeting);
        // A resolution recorded in the meeting editor's way (a command on the meeting's stack).
        const qint64 item = MinutesRepository(*window.database()).items(meeting).value(0).id;
        QVERIFY(item);
        QUndoStack* minutes = context->minutesUndoStack(meeting);
        auto* add =
            new AddResolutionCommand(*window.database(), {}, item, QStringLiteral("Noted, with thanks"));
        add->setWhere({PageId::Meetings,
                       {{QStringLiteral("meeting"), meeting}, {QStringLiteral("item"), item}},
                       AppContext::placeOf(minutes)});
        QVERIFY(pushCommand(minutes, add));
        const auto resolutions = [&] {
            return StoreSql::scalar(
                       *window.database(),
                       QStringLiteral("SELECT COUNT(*) FROM resolutions WHERE text = 'Noted, with thanks'"))
                .toInt();
        };
        QCOMPARE(resolutions(), 1);
        QAction* undo = nullptr;
        for (QAction* a : window.findChildren<QAction*>())
            if (a->shortcut() == QKeySequence(QKeySequence::Undo))
                undo = a;
        QVERIFY(undo);
        window.showPage(PageId::Plan);
        QVERIFY2(!undo->isEnabled() || !undo->text().contains(QStringLiteral("minutes")),
                 qPrintable(undo->text()));
        QTest::keySequence(&window, QKeySequence::Undo);
        QCOMPARE(resolutions(), 1); // nothing of the minutes was taken back from the Plan page
        window.showPage(PageId::Meetings);
        QVERIFY2(undo->isEnabled() && undo->text().contains(QStringLiteral("Add Resolution")) &&
                     undo->text().contains(QStringLiteral("minutes of")),
                 qPrintable(undo->text()));
        window.showPage(PageId::Dashboard);
        window.showPage(PageId::Meetings);
        QTest::keySequence(&window, QKeySequence::Undo);
        QCOMPARE(resolutions(), 0);
        QCOMPARE(window.currentPage(), PageId::Meetings); // taken to where it was undone
    }

    // The window in Welsh, as a Welsh-speaking member sees it: on every page the menus, labels, buttons,
    // tabs, column headings and fields' hints show no interface text left in English (a text is English
    // when it is the source of a message the Welsh translation words differently, so a string asked for
    // under another context than lupdate filed it under is caught), and each Alt+letter reaches one thing.
    void everyPageIsInWelsh()
    {
        const QSet<QString> english = englishSources();
        QVERIFY(english.size() > 800); // the Welsh .ts read (its texts without placeholders)
        Translations::install(QString::fromLatin1(Translations::Welsh));
        const auto back =
            qScopeGuard([] { Translations::install(QString::fromLatin1(Translations::English)); });
        MainWindow window;
        QVERIFY(window.openDatabase(m_db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList left;
        const auto check = [&](const QString& where, const QStringList& texts) {
            for (const QString& t : texts)
                if (english.contains(t))
                    left << where + QStringLiteral(": ") + t;
        };
        check(QStringLiteral("menus"), menuTexts(window.menuBar()));
        for (int p = 0; p <= int(PageId::Search); ++p) {
            window.showPage(PageId(p));
            for (int k = 0; k < 5; ++k)
                QApplication::processEvents();
            check(window.page(PageId(p))->title(), visibleTexts(&window));
        }
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char('\n'))));
        QCOMPARE(window.page(PageId::Meetings)->title(), QStringLiteral("Cyfarfodydd"));
        const QStringList clashes = mnemonicClashes(window);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }

    // Every dialog the menus open, in Welsh: the forms of ui/ (their texts looked up under the form's
    // class, which must be the C++ class lupdate filed them under) and what the C++ adds show no
    // interface text left in English. The file choosers and questions are Qt's, and are left out.
    void everyDialogIsInWelsh()
    {
        const QSet<QString> english = englishSources();
        Translations::install(QString::fromLatin1(Translations::Welsh));
        const auto back =
            qScopeGuard([] { Translations::install(QString::fromLatin1(Translations::English)); });
        MainWindow window;
        QVERIFY(window.openDatabase(m_db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList left;
        QStringList opened;
        DemoWindow::eachMenuDialog(window, [&](QAction* a, QWidget* dialog) {
            if (dialog->inherits("QFileDialog") || dialog->inherits("QMessageBox") ||
                dialog->inherits("QInputDialog"))
                return;
            opened << dialog->windowTitle();
            QStringList texts = visibleTexts(dialog);
            texts << dialog->windowTitle();
            for (const QString& t : std::as_const(texts))
                if (english.contains(t))
                    left << a->text() + QStringLiteral(": ") + t;
        });
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char('\n'))));
        // The dialogs laid out in ui/ that the demo database offers from the menus, at least.
        for (const char* welsh :
             {"Pobl", "Defnyddwyr a Rolau", "Cofnodi Cyfarfod", "Cyfarfod Newydd", "Pecyn briffio"})
            QVERIFY2(opened.contains(QString::fromUtf8(welsh)),
                     qPrintable(opened.join(QStringLiteral(", "))));
    }

    // File ▸ Connect to Server… in Welsh: every label, placeholder and button translated, and each
    // Alt+letter reaching one field.
    void theConnectDialogIsInWelsh()
    {
        const QSet<QString> english = englishSources();
        Translations::install(QString::fromLatin1(Translations::Welsh));
        const auto back =
            qScopeGuard([] { Translations::install(QString::fromLatin1(Translations::English)); });
        ConnectDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Cysylltu â Gweinydd"));
        QStringList left;
        for (const QString& t : visibleTexts(&dialog))
            if (english.contains(t))
                left << t;
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char('\n'))));
        QMultiHash<QChar, QString> found;
        for (QWidget* w : dialog.findChildren<QWidget*>()) {
            QString text;
            if (auto* label = qobject_cast<QLabel*>(w); label && label->buddy())
                text = label->text();
            else if (auto* button = qobject_cast<QAbstractButton*>(w))
                text = button->text();
            if (w->isVisibleTo(&dialog) && !mnemonic(text).isNull())
                found.insert(mnemonic(text), text);
        }
        QCOMPARE(found.size(), 6); // five fields and Connect
        for (const QChar c : found.uniqueKeys())
            QVERIFY2(found.count(c) == 1, qPrintable(found.values(c).join(QStringLiteral(" and "))));
        // A server that cannot be reached: the dialog says so in Welsh, above the fields as typed.
        ServerAddress unreachable;
        unreachable.host = QStringLiteral("127.0.0.1");
        unreachable.port = 1;
        unreachable.database = QStringLiteral("craffu_plant");
        unreachable.user = QStringLiteral("a.clerc");
        QString problem;
        try {
            Database::openServer(unreachable);
        } catch (const StoreError& e) {
            problem = e.message();
        }
        QVERIFY2(problem.startsWith(QStringLiteral("Ni ellid cyrraedd y gweinydd")), qPrintable(problem));
        dialog.setAddress(unreachable);
        dialog.setProblem(problem);
        dialog.adjustSize();
        QCoreApplication::processEvents();
        const QString out = qEnvironmentVariable("SCRUTINEER_SCREENSHOTS");
        if (!out.isEmpty())
            dialog.grab().save(QDir(out).filePath(QStringLiteral("connect-to-server-cy.png")));
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
