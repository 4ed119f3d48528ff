#include "gui/AppContext.h"
#include "gui/NotesWidget.h"
#include "gui/SearchPage.h"
#include "gui/SearchResultsModel.h"
#include "store/Database.h"
#include "store/NoteRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

struct Data
{
    std::unique_ptr<Database> db;
    qint64 care = 0, education = 0, december = 0, planItem = 0, workforceItem = 0, action = 0, milestone = 0;

    qint64 item(qint64 meeting, const char* number, const char* title, const char* text)
    {
        return db->insert(s("agenda_items"), {{s("meeting_id"), meeting},
                                              {s("minute_number"), s(number)},
                                              {s("title"), s(title)},
                                              {s("minutes_text"), s(text)}});
    }

    Data()
    {
        db = Database::open(s(":memory:"), s("clerk"));
        care = db->insert(s("committees"), {{s("name"), s("Care Services PDS Committee")}});
        education = db->insert(s("committees"), {{s("name"), s("Education Select Committee")}});
        const qint64 september =
            db->insert(s("meetings"), {{s("committee_id"), care}, {s("starts_at"), s("2016-09-13T19:00")}});
        december =
            db->insert(s("meetings"), {{s("committee_id"), care}, {s("starts_at"), s("2016-12-06T19:00")}});
        const qint64 january = db->insert(
            s("meetings"), {{s("committee_id"), education}, {s("starts_at"), s("2017-01-18T19:00")}});
        planItem = item(
            december, "56a", "Children's services improvement plan update",
            "The Committee considered progress on the improvement plan since September. Members asked why "
            "several milestones were rated Green when they had not yet been delivered, and were told that "
            "the Caseload Promise of 11 to 15 cases per social worker had been met in two teams.");
        workforceItem =
            item(september, "40", "Workforce update",
                 "Recruitment of permanent social workers continued; 11 vacancies remained across the "
                 "establishment. The caseload promise would be reviewed once agency staff were replaced.");
        item(september, "41", "Fostering and adoption",
             "Fostering recruitment was below target and the caseload of the adoption team was rising.");
        item(january, "12", "School places", "Members noted a caseload of school admission appeals.");
        const qint64 resolution = db->insert(
            s("resolutions"),
            {{s("item_id"), planItem},
             {s("number"), 1},
             {s("text"), s("That progress on the caseload promise be reported to the next meeting.")}});
        action = db->insert(s("actions"),
                            {{s("meeting_id"), december},
                             {s("item_id"), planItem},
                             {s("resolution_id"), resolution},
                             {s("reference"), s("56a/1")},
                             {s("text"), s("Report caseload figures for every team against the promise.")},
                             {s("owner"), s("Strategic Director")}});
        const qint64 scheme = db->insert(s("rating_schemes"), {{s("name"), s("BRAG")}});
        const qint64 plan =
            db->insert(s("improvement_plans"),
                       {{s("committee_id"), care}, {s("scheme_id"), scheme}, {s("title"), s("Plan")}});
        const qint64 priority = db->insert(
            s("priorities"), {{s("plan_id"), plan}, {s("number"), 2}, {s("title"), s("Caseloads")}});
        milestone = db->insert(s("milestones"),
                               {{s("priority_id"), priority},
                                {s("code"), s("P2.3")},
                                {s("title"), s("Caseload promise met in every team")},
                                {s("definition_of_done"), s("No social worker holds more than 15 cases.")},
                                {s("due_date"), s("2017-03-31")}});
    }
};

bool anyDialogOpen()
{
    for (QWidget* w : QApplication::topLevelWidgets())
        if (w->isVisible() && qobject_cast<QDialog*>(w))
            return true;
    return false;
}

} // namespace

class TestSearchPage : public QObject
{
    Q_OBJECT
private slots:
    void showsRankedResultsWithMarkedWords()
    {
        Data d;
        AppContext context(*d.db);
        SearchPage page(context);
        page.resize(1280, 560);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.focusProxy(), page.searchEdit());

        // Typing searches after a short pause.
        QTest::keyClicks(page.searchEdit(), s("caseload promise"));
        QTRY_VERIFY(page.resultsModel()->rowCount() > 0);
        auto* view = page.resultsView();
        const QModelIndex first = view->model()->index(0, SearchResultsModel::Match);
        QVERIFY(QString(first.data(SearchResultsModel::HeadingRole).toString() +
                        first.data(SearchResultsModel::SnippetRole).toString())
                    .contains(SearchHit::MarkStart));
        QVERIFY(page.message().contains(s("best first")));
        QCOMPARE(view->model()->index(0, SearchResultsModel::Rank).data().toInt(), 1);

        // The picture a person sees, kept for looking at.
        const QString shot = QDir::temp().filePath(s("scrutineer-search-page.png"));
        QVERIFY(page.grab().save(shot));
        qInfo("screenshot: %s", qPrintable(shot));

        // The phrase narrows it; the item is described by its minute number, date and committee.
        page.search(s("\"caseload promise\" team"));
        QCOMPARE(page.resultsModel()->rowCount(), 2);
        QSet<QString> what;
        for (int r = 0; r < 2; ++r)
            what << view->model()->index(r, SearchResultsModel::What).data().toString();
        QCOMPARE(what, (QSet<QString>{s("Item 56a"), s("Milestone P2.3")}));
        for (int r = 0; r < 2; ++r)
            if (view->model()->index(r, SearchResultsModel::What).data().toString() == s("Item 56a"))
                QCOMPARE(view->model()->index(r, SearchResultsModel::Date).data().toString(),
                         s("6 Dec 2016"));
    }

    void findsTheDemoMinutes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(s("demo.sqlite"));
        QProcess demo;
        demo.start(QStringLiteral(SCRUTINEER_BINARY), {s("demo"), s("--db"), path});
        if (!demo.waitForFinished(120000) || demo.exitCode() != 0)
            QSKIP("scrutineer demo is not available");
        auto db = Database::open(path, s("cllr.member"));
        AppContext context(*db);
        SearchPage page(context);
        page.resize(1280, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // The date filters start at the meetings held, not at today.
        QVERIFY(page.findChild<QDateEdit*>(s("searchTo"))->date() < QDate::currentDate());
        page.search(s("caseload*"));
        QVERIFY(page.resultsModel()->rowCount() > 0);
        QVERIFY(page.message().contains(s("best first")));
        const QString shot = QDir::temp().filePath(s("scrutineer-search-demo.png"));
        QVERIFY(page.grab().save(shot));
        qInfo("screenshot: %s", qPrintable(shot));
    }

    void badSyntaxGivesAGentleMessage()
    {
        Data d;
        AppContext context(*d.db);
        SearchPage page(context);
        page.show();
        page.search(s("\""));
        QVERIFY(page.message().contains(s("Type a word")));
        QCOMPARE(page.resultsModel()->rowCount(), 0);
        page.search(s("\"caseload promise"));
        QVERIFY(page.message().contains(s("quotation mark")));
        QVERIFY(page.resultsModel()->rowCount() > 0);
        page.search(s("caseload AND OR ) ("));
        QVERIFY(page.resultsModel()->rowCount() > 0);
        QVERIFY(!anyDialogOpen());
    }

    void filtersByCommitteeDatesAndKind()
    {
        Data d;
        AppContext context(*d.db);
        SearchPage page(context);
        page.show();
        page.search(s("caseload"));
        const int all = page.resultsModel()->rowCount();
        QCOMPARE(all, 7);
        auto* committee = page.findChild<QComboBox*>(s("searchCommittee"));
        committee->setCurrentIndex(committee->findData(d.education));
        QCOMPARE(page.resultsModel()->rowCount(), 1);
        committee->setCurrentIndex(0);
        QCOMPARE(page.resultsModel()->rowCount(), all);

        page.findChild<QDateEdit*>(s("searchFrom"))->setDate(QDate(2016, 12, 1));
        page.findChild<QDateEdit*>(s("searchTo"))->setDate(QDate(2016, 12, 31));
        page.findChild<QCheckBox*>(s("searchUseFrom"))->setChecked(true);
        page.findChild<QCheckBox*>(s("searchUseTo"))->setChecked(true);
        QCOMPARE(page.resultsModel()->rowCount(), 3); // the December item, its resolution and action
        page.findChild<QCheckBox*>(s("searchUseTo"))->setChecked(false);
        page.findChild<QCheckBox*>(s("searchUseFrom"))->setChecked(false);

        auto* kind = page.findChild<QComboBox*>(s("searchKind"));
        kind->setCurrentIndex(kind->findData(SearchFilter::kindBit(SearchHit::Kind::Milestone)));
        QCOMPARE(page.resultsModel()->rowCount(), 1);
        QCOMPARE(page.resultsModel()->hit(0)->id, d.milestone);
        page.search(s("fostering"));
        QVERIFY(page.message().contains(s("filters")));
    }

    void enterOpensTheResultInItsPage()
    {
        Data d;
        AppContext context(*d.db);
        SearchPage page(context);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy spy(&context, &AppContext::navigateRequested);

        page.search(s("\"improvement plan update\""));
        QCOMPARE(page.resultsModel()->rowCount(), 1);
        // Down from the box, then Enter.
        QTest::keyClick(page.searchEdit(), Qt::Key_Down);
        QTest::keyClick(page.resultsView(), Qt::Key_Return);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<PageId>(), PageId::Meetings);
        QCOMPARE(spy.at(0).at(1).toMap(), (QVariantMap{{s("meeting"), d.december}, {s("item"), d.planItem}}));

        page.search(s("\"strategic director\""));
        page.openRow(0);
        QCOMPARE(spy.last().at(0).value<PageId>(), PageId::Actions);
        QCOMPARE(spy.last().at(1).toMap(), (QVariantMap{{s("action"), d.action}}));

        page.search(s("\"every team\" met"));
        auto* view = page.resultsView();
        const QModelIndex row = view->model()->index(0, SearchResultsModel::Match);
        QCOMPARE(page.resultsModel()->hit(0)->kind, SearchHit::Kind::Milestone);
        view->doItemsLayout();
        QVERIFY(view->visualRect(row).isValid());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(row).center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(row).center());
        QCOMPARE(spy.last().at(0).value<PageId>(), PageId::Plan);
        QCOMPARE(spy.last().at(1).toMap(), (QVariantMap{{s("milestone"), d.milestone}}));

        // The main window's search box sends its text to the page.
        page.reveal({{s("query"), s("vacancies")}});
        QCOMPARE(page.searchEdit()->text(), s("vacancies"));
        QCOMPARE(page.resultsModel()->rowCount(), 1);
    }

    void notesBesideTheResultsArePrivate()
    {
        Data d;
        AppContext context(*d.db);
        SearchPage page(context);
        page.show();
        page.search(s("\"improvement plan update\""));
        auto* notes = page.findChild<NotesWidget*>(s("searchNotes"));
        QVERIFY(notes->hasTarget());
        auto* editor = notes->findChild<QPlainTextEdit*>(s("noteEditor"));
        editor->setPlainText(s("Ask which two teams met the promise."));
        QTest::mouseClick(notes->findChild<QPushButton*>(s("addNote")), Qt::LeftButton);
        QCOMPARE(notes->count(), 1);
        QCOMPARE(NoteRepository(*d.db).notesFor(Note::Target::Item, d.planItem).size(), 1);
        QVERIFY(editor->toPlainText().isEmpty());
        // Deleting is undoable.
        auto* list = notes->findChild<QAbstractItemView*>(s("notesList"));
        list->setCurrentIndex(list->model()->index(0, 0));
        notes->findChildren<QPushButton*>().at(1)->click(); // Delete
        QCOMPARE(notes->count(), 0);
        context.undoStack()->undo();
        QCOMPARE(notes->count(), 1);
        // Someone else signed in sees none of it.
        d.db->signIn(s("cllr.other"));
        notes->reload();
        QCOMPARE(notes->count(), 0);
    }
};

QTEST_MAIN(TestSearchPage)
#include "TestSearchPage.moc"
