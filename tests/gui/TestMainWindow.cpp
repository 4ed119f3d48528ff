// Opens the demo database in the main window (offscreen) and checks that every page shows rows.
#include "gui/AppContext.h"
#include "gui/MainWindow.h"
#include "gui/Page.h"
#include "gui/Settings.h"
#include "store/Database.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

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

private:
    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
