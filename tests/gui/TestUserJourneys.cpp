// The three users' daily work, each from launch (a MainWindow on the demo database) to done, driven
// as the user drives it (keys where they would type, a click where they would point), counting the
// keystrokes and clicks it took. The counts are printed (qInfo) so that releases can be compared, and
// asserted, so that a change that makes a journey longer is noticed.
#include "DemoWindow.h"
#include "gui/ActionLogModel.h"
#include "gui/AppContext.h"
#include "gui/ChaseDialog.h"
#include "gui/FiguresModel.h"
#include "gui/MainWindow.h"
#include "gui/MeetingEditor.h"
#include "gui/Page.h"
#include "store/Database.h"
#include "store/StoreSql.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QXYSeries>

namespace {

// Every keystroke and click a journey takes, counted as it is sent.
class Counter
{
public:
    explicit Counter(const char* journey) : m_journey(journey) {}
    void key(QWidget* w, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        ++m_keys;
        QTest::keyClick(w, key, modifiers);
    }
    void type(QWidget* w, const QString& text)
    {
        m_keys += int(text.size());
        QTest::keyClicks(w, text);
    }
    void click(QWidget* w, QPoint at = QPoint())
    {
        ++m_clicks;
        QTest::mouseClick(w, Qt::LeftButton, Qt::NoModifier, at);
    }
    // A click on a cell of a table (as the user points at it).
    void clickCell(QAbstractItemView* view, const QModelIndex& index)
    {
        view->scrollTo(index);
        click(view->viewport(), view->visualRect(index).center());
    }
    int keys() const { return m_keys; }
    int clicks() const { return m_clicks; }
    void report() const { qInfo("JOURNEY %s: %d keystrokes, %d clicks", m_journey, m_keys, m_clicks); }

private:
    const char* m_journey;
    int m_keys = 0;
    int m_clicks = 0;
};

// The focus widget once the events sent have been handled.
QWidget* focused()
{
    QCoreApplication::processEvents();
    return QApplication::focusWidget();
}

void hidePopup(QLineEdit* edit)
{
    if (edit && edit->completer() && edit->completer()->popup())
        edit->completer()->popup()->hide();
}

int seriesPoints(QChartView* view, const QString& team)
{
    int n = 0;
    if (view && view->chart())
        for (QAbstractSeries* s : view->chart()->series())
            if (auto* xy = qobject_cast<QXYSeries*>(s); xy && xy->name() == team)
                n = qMax(n, int(xy->count()));
    return n;
}

} // namespace

class TestUserJourneys : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_demo = DemoWindow::prepare(m_dir, QStringLiteral("ScrutineerJourneys"), &error);
        QVERIFY2(!m_demo.isEmpty(), qPrintable(error));
    }

    // The officer opens the application, goes to Figures, chooses a team, types next month's
    // referrals and sees the chart move.
    void theOfficerTypesNextMonthForATeam()
    {
        MainWindow window;
        QVERIFY(launch(window, "p.officer"));
        Counter count("officer types next month");

        count.key(&window, Qt::Key_5, Qt::ControlModifier); // View ▸ Figures
        QCOMPARE(window.currentPage(), PageId::Figures);
        Page* page = window.page(PageId::Figures);
        auto* teams = page->findChild<QComboBox*>(QStringLiteral("teamBox"));
        auto* grid = page->findChild<QTableView*>(QStringLiteral("figuresGrid"));
        auto* chart = page->findChild<QChartView*>(QStringLiteral("figuresChart"));
        auto* model = qobject_cast<FiguresModel*>(grid->model());
        count.key(&window, Qt::Key_R, Qt::AltModifier); // Team o&r service
        QCOMPARE(focused(), teams);
        count.type(teams, QStringLiteral("Ref")); // Referral and Assessment
        QCOMPARE(teams->currentText(), QStringLiteral("Referral and Assessment"));
        int row = -1;
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->indicator(r)->key == QLatin1String("referrals"))
                row = r;
        QVERIFY(row >= 0);
        const int next = model->columnCount() - 1;
        QCOMPARE(model->period(next), model->newPeriod());
        const QModelIndex cell = model->index(row, next);
        count.clickCell(grid, cell); // the referrals row, next month
        QCOMPARE(grid->currentIndex(), cell);
        const int before = seriesPoints(chart, teams->currentText());
        count.type(grid, QStringLiteral("2")); // opens the cell's editor with the first figure
        QWidget* editor = focused();
        QVERIFY(editor && editor != grid);
        count.type(editor, QStringLiteral("38"));
        count.key(editor, Qt::Key_Return);
        QCoreApplication::processEvents();
        QVERIFY2(model->index(row, next).data().toString().startsWith(QStringLiteral("238")),
                 qPrintable(page->findChild<QLabel*>(QStringLiteral("figuresMessage"))->text()));
        QTRY_COMPARE(seriesPoints(chart, teams->currentText()), before + 1); // the chart moved
        saveShot(&window, QStringLiteral("journey-officer.png"));
        count.report();
        QCOMPARE(count.keys(), 9);
        QCOMPARE(count.clicks(), 1);
    }

    // The clerk records a meeting's resolution as an action due at the next meeting, then finds it
    // on the Actions page and in a chase draft addressed to its owner.
    void theClerkRecordsAnActionAndChasesIt()
    {
        MainWindow window;
        QVERIFY(launch(window, "a.clerk"));
        Counter count("clerk records an action and chases it");

        // The meeting before the latest: the one being minuted, with a next meeting on record.
        auto* meetings = window.findChild<QComboBox*>(QStringLiteral("meetingBox"));
        count.key(&window, Qt::Key_T, Qt::AltModifier); // Mee&ting
        QCOMPARE(focused(), meetings);
        const int latest = meetings->currentIndex();
        count.key(meetings, Qt::Key_Down);
        QCOMPARE(meetings->currentIndex(), latest + 1);
        const QDate next =
            QDate::fromString(StoreSql::scalar(*window.database(),
                                               QStringLiteral("SELECT substr(starts_at, 1, 10) FROM meetings "
                                                              "WHERE id = ?"),
                                               {meetings->itemData(latest)})
                                  .toString(),
                              Qt::ISODate);
        QVERIFY(next.isValid());

        count.key(&window, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier); // Record Minutes…
        auto* editor = window.findChild<MeetingEditor*>();
        QVERIFY(editor);
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        QApplication::setActiveWindow(editor);
        QVERIFY(QTest::qWaitForWindowActive(editor));
        auto* newItem = editor->findChild<QLineEdit*>(QStringLiteral("newItem"));
        QCOMPARE(focused(), newItem);
        count.type(newItem, QStringLiteral("SOCIAL WORK RECRUITMENT"));
        count.key(newItem, Qt::Key_Return);
        count.key(editor, Qt::Key_R, Qt::AltModifier); // &Resolution
        auto* resolution = editor->findChild<QLineEdit*>(QStringLiteral("resolutionEntry"));
        QCOMPARE(focused(), resolution);
        count.type(resolution, QStringLiteral("Report agency staff numbers to the next meeting"));
        count.key(resolution, Qt::Key_Return);
        count.key(editor, Qt::Key_W, Qt::AltModifier); // O&wner
        auto* owner = editor->findChild<QLineEdit*>(QStringLiteral("actionOwner"));
        QCOMPARE(focused(), owner);
        QCOMPARE(editor->findChild<QDateEdit*>(QStringLiteral("actionDue"))->date(), next);
        count.type(owner, QStringLiteral("Director of Human Resources"));
        hidePopup(owner);
        count.key(owner, Qt::Key_A,
                  Qt::ControlModifier | Qt::ShiftModifier); // the resolution becomes an action
        const auto action = StoreSql::rows(
            *window.database(),
            QStringLiteral("SELECT id, reference, owner, due_date FROM actions WHERE text = ?"),
            {QStringLiteral("Report agency staff numbers to the next meeting")});
        QCOMPARE(action.size(), 1);
        QCOMPARE(action.first().value(QStringLiteral("due_date")).toString(), next.toString(Qt::ISODate));
        const qint64 id = action.first().value(QStringLiteral("id")).toLongLong();
        count.key(editor, Qt::Key_Escape); // close the editor: everything is saved
        QTRY_VERIFY(!window.findChild<MeetingEditor*>());

        // The Actions page: overdue only, the new action among them (its due date has passed).
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        count.key(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), PageId::Actions);
        Page* actions = window.page(PageId::Actions);
        auto* overdue = actions->findChild<QCheckBox*>(QStringLiteral("overdueFilter"));
        count.key(&window, Qt::Key_O, Qt::AltModifier); // &Overdue
        QTRY_VERIFY(overdue->isChecked());
        auto* log = actions->findChild<QTableView*>(QStringLiteral("actionLog"));
        auto* model = qobject_cast<ActionLogModel*>(log->model());
        while (model->canFetchMore({}))
            model->fetchMore({});
        QVERIFY2(model->rowOf(id) >= 0, "the new action is in the overdue list");

        // Chase: the draft to its owner is addressed to them and signed by the clerk.
        QByteArray draft;
        QTimer::singleShot(0, this, [&] {
            auto* chase = qobject_cast<ChaseDialog*>(QApplication::activeModalWidget());
            if (!chase)
                return;
            auto* owners = chase->findChild<QListWidget*>(QStringLiteral("chaseOwners"));
            owners->setFocus();
            while (owners->currentItem() &&
                   !owners->currentItem()->text().startsWith(QStringLiteral("Director of Human Resources")) &&
                   owners->currentRow() < owners->count() - 1)
                count.key(owners, Qt::Key_Down);
            draft = chase->currentDraft();
            saveShot(chase, QStringLiteral("journey-clerk-chase.png"));
            count.key(owners, Qt::Key_Escape);
        });
        auto* chaseButton = actions->findChild<QPushButton*>(QStringLiteral("chaseButton"));
        count.click(chaseButton);
        QVERIFY2(draft.contains("To: Director of Human Resources <charles.obazuaye@bromley.example>\r\n"),
                 draft.constData());
        QVERIFY(draft.contains("Report agency staff numbers to the next meeting"));
        QVERIFY(draft.contains("From: Kerry Nicholls <kerry.nicholls@bromley.example>\r\n"));
        QVERIFY(draft.contains("Kerry Nicholls\r\nDemocratic Services Officer"));
        QVERIFY(!draft.contains("Every committee"));
        saveShot(&window, QStringLiteral("journey-clerk.png"));
        count.report();
        QCOMPARE(count.clicks(), 1);
        QCOMPARE(count.keys(), 111); // 97 of them the words typed
    }

    // The member opens the dashboard, finds the milestones rated on track whose due date has passed,
    // and opens the briefing pack for the meeting.
    void theMemberFindsGreenButOverdueAndOpensTheBriefingPack()
    {
        MainWindow window;
        QVERIFY(launch(window, "cllr.member"));
        Counter count("member finds Green-but-overdue and opens the briefing pack");
        count.key(&window, Qt::Key_1, Qt::ControlModifier); // the dashboard
        QCOMPARE(window.currentPage(), PageId::Dashboard);
        auto* flags =
            window.page(PageId::Dashboard)->findChild<QListWidget*>(QStringLiteral("flaggedMilestones"));
        // The first of the "ratings you should question" rated on track but past its due date.
        int row = -1;
        for (int r = 0; r < flags->count() && row < 0; ++r)
            if (flags->item(r)->toolTip().contains(QStringLiteral("Rated on track, but its due date")))
                row = r;
        QVERIFY2(row >= 0, "the dashboard lists a milestone rated on track but overdue");
        count.clickCell(flags, flags->model()->index(row, 0));
        count.key(flags, Qt::Key_Return); // opens it on the Plan page
        QTRY_COMPARE(window.currentPage(), PageId::Plan);
        auto* tree = window.page(PageId::Plan)->findChild<QTreeView*>(QStringLiteral("planTree"));
        QVERIFY(tree->currentIndex().isValid());

        // File ▸ Briefing Pack… (Ctrl+Shift+B): the dialog for the meeting chosen.
        QString title;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            title = dialog->windowTitle();
            saveShot(dialog, QStringLiteral("journey-member-briefing.png"));
            count.key(dialog, Qt::Key_Escape);
        });
        count.key(&window, Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY2(title.contains(QStringLiteral("Briefing")), qPrintable(title));
        count.report();
        QCOMPARE(count.keys(), 4);
        QCOMPARE(count.clicks(), 1);
    }

private:
    // Launches `window` on a fresh copy of the demo database, signed in as `login`, as the
    // application starts: the last page and committee as left (none: the first).
    bool launch(MainWindow& window, const char* login)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(login) + QStringLiteral(".sqlite"));
        QFile::remove(path);
        if (!QFile::copy(m_demo, path))
            return false;
        qputenv("SCRUTINEER_LOGIN", login);
        if (!window.openDatabase(path))
            return false;
        window.show();
        return QTest::qWaitForWindowActive(&window);
    }
    static void saveShot(QWidget* w, const QString& name)
    {
        const QString dir = qEnvironmentVariable("SCRUTINEER_SCREENSHOTS");
        if (!dir.isEmpty())
            w->grab().save(QDir(dir).filePath(name));
    }

    QTemporaryDir m_dir;
    QString m_demo;
};

QTEST_MAIN(TestUserJourneys)
#include "TestUserJourneys.moc"
