// Every query that the window runs to open, and that each page runs when it is first shown, is
// planned by SQLite with an index: none reads the whole of a table that grows with the years
// (actions, agenda items, figures, the rating history, the audit log...). The statements are the
// repositories' own, logged as they run (QueryPlan::Recorder); the test writes no SQL but EXPLAIN's.
#include "store/ActionRepository.h"
#include "store/ContextRepository.h"
#include "store/DashboardRepository.h"
#include "store/Database.h"
#include "store/DemoData.h"
#include "store/IndicatorRepository.h"
#include "store/NoteRepository.h"
#include "store/PlanRepository.h"
#include "store/QueryPlan.h"
#include "store/SearchRepository.h"

#include <QTest>
#include <functional>

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestQueryPlans : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    qint64 m_committee = 0;
    qint64 m_meeting = 0;
    QDate m_asAt;

    // Runs `what` with the statement log on, and fails naming every statement whose plan scans.
    void checkPlans(const std::function<void()>& what)
    {
        QueryPlan::Recorder recorder(*m_db);
        what();
        QVERIFY2(!recorder.statements().isEmpty(), "nothing was read");
        const auto scans = QueryPlan::fullScans(*m_db, recorder.statements());
        QVERIFY2(scans.isEmpty(), qPrintable(s("full scans:\n") + QueryPlan::describe(scans)));
    }

private slots:
    void initTestCase()
    {
        m_db = Database::open(s(":memory:"), s("admin"));
        DemoData::createScaled(*m_db, 2, 5);
        const auto committees = ContextRepository(*m_db).committees();
        QVERIFY(!committees.isEmpty());
        // The committee with the improvement plan (not the first in the list, which is by name).
        for (const auto& c : committees)
            if (c.meetings > 0 && !m_committee &&
                PlanRepository(*m_db).planFor(c.id, QDate::currentDate()).id)
                m_committee = c.id;
        QVERIFY(m_committee);
        const auto meetings = ContextRepository(*m_db).meetings(m_committee);
        QVERIFY(meetings.size() > 2);
        m_meeting = meetings.at(1).id; // not the first, so that there is a meeting before it
        m_asAt = meetings.at(1).startsAt.date();
    }

    // The check itself: a statement that scans a growing table is reported, one that searches by
    // an index is not.
    void theCheckSeesAScan()
    {
        const QList<Database::Statement> scanning{
            {s("SELECT m.id, (SELECT COUNT(*) FROM actions a WHERE a.text = ?) FROM milestones m "
               "WHERE m.priority_id = ?"),
             {s("x"), 1}}};
        const auto scans = QueryPlan::fullScans(*m_db, scanning);
        QCOMPARE(scans.size(), 1);
        QCOMPARE(scans.first().table, s("actions"));
        const QList<Database::Statement> searching{{s("SELECT id FROM actions WHERE meeting_id = ?"), {1}}};
        QVERIFY(QueryPlan::fullScans(*m_db, searching).isEmpty());
        // Full-text search with MATCH is not a scan; without it, it is.
        QVERIFY(QueryPlan::fullScans(*m_db, {{s("SELECT rowid FROM search_index WHERE search_index MATCH ?"),
                                              {s("caseload")}}})
                    .isEmpty());
        QCOMPARE(QueryPlan::fullScans(*m_db, {{s("SELECT COUNT(*) FROM search_index"), {}}}).size(), 1);
    }

    // The main window opening a database: committees, meetings, the current meeting, the status bar.
    void startUp()
    {
        checkPlans([this] {
            const ContextRepository repo(*m_db);
            repo.committees();
            repo.meetings(m_committee);
            repo.currentMeeting(m_committee, QDate::currentDate());
            repo.currentMeeting(m_committee, m_asAt);
            repo.meetingCount();
        });
    }

    // The side bar's badges: overdue actions of the committee, flagged milestones.
    void badges()
    {
        checkPlans([this] {
            ActionRepository::Filter overdue;
            overdue.today = m_asAt;
            overdue.overdueOnly = true;
            overdue.committeeId = m_committee;
            ActionRepository(*m_db).count(overdue);
            PlanRepository(*m_db).planFor(m_committee, m_asAt);
        });
    }

    void dashboard()
    {
        checkPlans([this] {
            const DashboardRepository dash(*m_db);
            const QDate asAt = dash.meetingDate(m_meeting);
            const QDate previous = dash.previousMeetingDate(m_meeting);
            const auto plan = PlanRepository(*m_db).planFor(m_committee, asAt);
            QVERIFY(plan.id);
            dash.moves(plan.id, previous, asAt);
            dash.actionsCompleted(m_committee, previous, asAt);
            dash.openActions(m_committee, asAt);
            dash.keyFigures();
            dash.ratingsOverTime(plan.id, m_committee);
            // With no meeting chosen: as at today.
            PlanRepository(*m_db).planFor(m_committee, QDate::currentDate());
            dash.openActions(m_committee, QDate::currentDate());
        });
    }

    void meetings()
    {
        checkPlans([this] {
            const ContextRepository repo(*m_db);
            repo.meetings(m_committee);
            repo.items(m_meeting);
            repo.attendance(m_meeting);
            repo.documents(m_meeting);
        });
    }

    // The action log opens on the committee chosen at the top, newest meeting first, a page at a
    // time; the owner filter lists its owners. (Every committee, chosen in its filter, is the whole
    // log by definition: counted and sorted whole.)
    void actions()
    {
        checkPlans([this] {
            const ActionRepository repo(*m_db);
            ActionRepository::Filter all;
            all.today = m_asAt;
            all.committeeId = m_committee;
            repo.count(all);
            repo.rows(all, 0, 200);
            repo.owners(m_committee);
            ContextRepository(*m_db).committees();
            const auto first = repo.rows(all, 0, 1);
            QVERIFY(!first.isEmpty());
            repo.history(first.first().id);
            NoteRepository(*m_db).notesFor(Note::Target::Action, first.first().id);
        });
    }

    void plan()
    {
        checkPlans([this] {
            const auto plan = PlanRepository(*m_db).planFor(m_committee, m_asAt);
            QVERIFY(!plan.priorities.isEmpty() && !plan.priorities.first().milestones.isEmpty());
            PlanRepository(*m_db).history(plan.priorities.first().milestones.first().id);
            ContextRepository(*m_db).meetings(m_committee);
        });
    }

    void figures()
    {
        checkPlans([this] {
            const IndicatorRepository repo(*m_db);
            const auto teams = repo.teams();
            QVERIFY(!teams.isEmpty());
            repo.values(teams.first().id);
            repo.indicators();
            repo.periods();
            const auto indicators = repo.indicators();
            QVERIFY(!indicators.isEmpty());
            repo.series(indicators.first().id, teams.first().id);
        });
    }

    void search()
    {
        checkPlans([this] {
            const SearchRepository repo(*m_db);
            repo.meetingDates();
            SearchFilter filter;
            repo.search(s("caseload"), filter);
            repo.search(s("xyzzy"), filter);
            filter.committeeId = m_committee;
            filter.from = m_asAt.addYears(-1);
            filter.to = m_asAt;
            repo.search(s("social work*"), filter);
        });
    }

    void cleanupTestCase() { m_db.reset(); }
};

QTEST_GUILESS_MAIN(TestQueryPlans)
#include "TestQueryPlans.moc"
