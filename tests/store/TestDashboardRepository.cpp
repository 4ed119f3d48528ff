#include "store/DashboardRepository.h"
#include "store/Database.h"
#include "store/DemoData.h"
#include "store/PlanRepository.h"

#include <QTest>

#include <algorithm>
#include <memory>
#include <string_view>

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

} // namespace

// A committee with four meetings and one milestone per rating story:
//   M1 G (Jan) → A (Mar 10) → R (Mar 20): moved down from G to R since the meeting on 1 March
//   M2 R (Jan) → A (Mar 10) → R (Mar 20): changed twice but ends where it began: no move
//   M3 A (Jan) → G (Apr 5): moved after the window: not a move in March
//   M4 first rated on Mar 15: new, not a move
//   M5 A (Jan) → G on 1 March exactly: the meeting before's own day, not since it
class TestDashboardRepository : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_db = Database::open(s(":memory:"), s("clerk"));
        Database& db = *m_db;
        m_committee = db.insert(s("committees"), {{s("name"), s("Children's Services Scrutiny")}});
        for (const char* when : {"2016-01-12 18:00", "2016-03-01 18:00", "2016-04-01 18:00", "2016-06-01 18:00"})
            m_meetings.append(db.insert(s("meetings"), {{s("committee_id"), m_committee}, {s("starts_at"), s(when)},
                                                         {s("status"), s(QByteArray(when) < "2016-05" ? "held" : "scheduled")}}));
        const qint64 scheme = db.insert(s("rating_schemes"), {{s("name"), s("BRAG")}});
        int rank = 0;
        for (const char* letter : {"G", "A", "R"})
            m_status[s(letter)] =
                db.insert(s("rating_statuses"), {{s("scheme_id"), scheme}, {s("code"), s(letter)}, {s("letter"), s(letter)},
                                                 {s("name"), s(letter)}, {s("colour"), s("#888888")}, {s("rank"), rank++},
                                                 {s("on_track"), letter == std::string_view("G") ? 1 : 0}});
        m_plan = db.insert(s("improvement_plans"), {{s("committee_id"), m_committee}, {s("scheme_id"), scheme}, {s("title"), s("Plan")}});
        const qint64 priority = db.insert(s("priorities"), {{s("plan_id"), m_plan}, {s("number"), 1}, {s("title"), s("Front door")}});
        for (int i = 1; i <= 5; ++i)
            m_milestones.append(db.insert(s("milestones"), {{s("priority_id"), priority}, {s("code"), s("1.%1").arg(i)},
                                                             {s("title"), s("Milestone %1").arg(i)}}));
        rate(0, "2016-01-05", "G");
        rate(0, "2016-03-10", "A");
        rate(0, "2016-03-20", "R");
        rate(1, "2016-01-05", "R");
        rate(1, "2016-03-10", "A");
        rate(1, "2016-03-20", "R");
        rate(2, "2016-01-05", "A");
        rate(2, "2016-04-05", "G");
        rate(3, "2016-03-15", "A");
        rate(4, "2016-01-05", "A");
        rate(4, "2016-03-01", "G");
    }
    void cleanup()
    {
        m_db.reset();
        m_meetings.clear();
        m_milestones.clear();
        m_status.clear();
    }

    void previousMeetingIsTheOneBeforeOfTheSameCommittee()
    {
        const qint64 other = m_db->insert(s("committees"), {{s("name"), s("Corporate Parenting Panel")}});
        m_db->insert(s("meetings"), {{s("committee_id"), other}, {s("starts_at"), s("2016-03-25 10:00")}});
        DashboardRepository repo(*m_db);
        QCOMPARE(repo.previousMeetingDate(m_meetings[2]), QDate(2016, 3, 1));
        QCOMPARE(repo.previousMeetingDate(m_meetings[1]), QDate(2016, 1, 12));
        QVERIFY(!repo.previousMeetingDate(m_meetings[0]).isValid());
    }

    void changesSinceTheLastMeetingAreNetMoves()
    {
        DashboardRepository repo(*m_db);
        const auto moves = repo.moves(m_plan, QDate(2016, 3, 1), QDate(2016, 4, 1));
        QCOMPARE(moves.size(), 1);
        QCOMPARE(moves[0].milestoneId, m_milestones[0]);
        QCOMPARE(moves[0].fromLetter, s("G"));
        QCOMPARE(moves[0].toLetter, s("R"));
        QVERIFY(!moves[0].improved);
    }

    void aMoveOnTheLastDayCountsAndImprovementIsUp()
    {
        DashboardRepository repo(*m_db);
        const auto moves = repo.moves(m_plan, QDate(2016, 4, 1), QDate(2016, 4, 5));
        QCOMPARE(moves.size(), 1);
        QCOMPARE(moves[0].milestoneId, m_milestones[2]);
        QCOMPARE(moves[0].fromLetter, s("A"));
        QCOMPARE(moves[0].toLetter, s("G"));
        QVERIFY(moves[0].improved);
        // The change on 1 March belongs to the window ending on that day, not the one starting then.
        const auto february = repo.moves(m_plan, QDate(2016, 1, 12), QDate(2016, 3, 1));
        QCOMPARE(february.size(), 1);
        QCOMPARE(february[0].milestoneId, m_milestones[4]);
    }

    void ratingsOverTimeMatchTheHistoryAtEachHeldMeeting()
    {
        DashboardRepository repo(*m_db);
        const auto snapshots = repo.ratingsOverTime(m_plan, m_committee);
        // Held meetings: 12 January, 1 March, 1 April (June is only scheduled).
        QCOMPARE(snapshots.size(), 3);
        QCOMPARE(snapshots[0].date, QDate(2016, 1, 12));
        const QList<QPair<QString, int>> january{{s("G"), 1}, {s("A"), 2}, {s("R"), 1}};
        QCOMPARE(snapshots[0].counts, january);
        const QList<QPair<QString, int>> march{{s("G"), 2}, {s("A"), 1}, {s("R"), 1}};
        QCOMPARE(snapshots[1].counts, march);
        const QList<QPair<QString, int>> april{{s("G"), 1}, {s("A"), 2}, {s("R"), 2}};
        QCOMPARE(snapshots[2].counts, april);
    }

    void overdueAndDueSoonActionsAsAtADate()
    {
        Database& db = *m_db;
        const auto action = [&](const char* ref, const char* due, const char* status) {
            return db.insert(s("actions"), {{s("meeting_id"), m_meetings[1]}, {s("reference"), s(ref)}, {s("text"), s("Report back")},
                                            {s("due_date"), s(due)}, {s("status"), s(status)}});
        };
        const qint64 overdue = action("A1", "2016-03-31", "open");
        const qint64 dueToday = action("A2", "2016-04-01", "in progress");
        const qint64 soon = action("A3", "2016-04-15", "open");
        action("A4", "2016-04-16", "open"); // fifteen days away: not soon
        action("A5", "2016-03-01", "done");
        action("A6", "2016-03-01", "cancelled");
        DashboardRepository repo(db);
        const auto rows = repo.openActions(m_committee, QDate(2016, 4, 1), 14);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0].id, overdue);
        QVERIFY(rows[0].overdue);
        QCOMPARE(rows[1].id, dueToday);
        QVERIFY(!rows[1].overdue);
        QCOMPARE(rows[2].id, soon);
        QVERIFY(!rows[2].overdue);
    }

    // On the demo database, the numbers the dashboard shows equal counts made directly in SQL.
    void demoCountsEqualSqlCounts()
    {
        auto demo = Database::open(s(":memory:"), s("clerk"));
        DemoData::create(*demo);
        const qint64 committee =
            demo->scalar(s("SELECT committee_id FROM improvement_plans WHERE committee_id IS NOT NULL ORDER BY id DESC LIMIT 1"))
                .toLongLong();
        QVERIFY(committee > 0);
        const QDate today(2017, 3, 1);
        const PlanRepository::Plan plan = PlanRepository(*demo).planFor(committee, today);
        QVERIFY(plan.id > 0);
        int onTrack = 0;
        int notOnTrack = 0;
        for (const auto& priority : plan.priorities) {
            QHash<qint64, int> byStatus;
            for (const auto& m : priority.milestones) {
                ++byStatus[m.statusId];
                if (const auto* st = plan.status(m.statusId))
                    (st->onTrack ? onTrack : notOnTrack)++;
            }
            for (const auto& st : plan.statuses)
                QCOMPARE(byStatus.value(st.id),
                         demo->scalar(s("SELECT COUNT(*) FROM milestones WHERE priority_id = ? AND status_id = ?"), {priority.id, st.id})
                             .toInt());
        }
        QCOMPARE(onTrack, demo->scalar(s("SELECT COUNT(*) FROM milestones m JOIN priorities p ON p.id = m.priority_id JOIN "
                                         "rating_statuses s ON s.id = m.status_id WHERE p.plan_id = ? AND s.on_track = 1"),
                                       {plan.id})
                              .toInt());
        QCOMPARE(notOnTrack, demo->scalar(s("SELECT COUNT(*) FROM milestones m JOIN priorities p ON p.id = m.priority_id JOIN "
                                            "rating_statuses s ON s.id = m.status_id WHERE p.plan_id = ? AND s.on_track = 0"),
                                          {plan.id})
                                 .toInt());
        QVERIFY(onTrack + notOnTrack > 0);

        const qint64 meeting = demo->scalar(s("SELECT id FROM meetings WHERE committee_id = ? AND status <> 'scheduled' "
                                              "ORDER BY starts_at DESC LIMIT 1"),
                                            {committee})
                                   .toLongLong();
        DashboardRepository repo(*demo);
        const QDate at = repo.meetingDate(meeting);
        const auto actions = repo.openActions(committee, at, 14);
        QCOMPARE(actions.size(), demo->scalar(s("SELECT COUNT(*) FROM actions a JOIN meetings m ON m.id = a.meeting_id WHERE "
                                                "m.committee_id = ? AND a.status IN ('open', 'in progress') AND a.due_date <= ?"),
                                              {committee, at.addDays(14).toString(Qt::ISODate)})
                                      .toInt());
        const int overdue = int(std::count_if(actions.begin(), actions.end(), [](const auto& a) { return a.overdue; }));
        QCOMPARE(overdue, demo->scalar(s("SELECT COUNT(*) FROM actions a JOIN meetings m ON m.id = a.meeting_id WHERE "
                                         "m.committee_id = ? AND a.status IN ('open', 'in progress') AND a.due_date < ?"),
                                       {committee, at.toString(Qt::ISODate)})
                              .toInt());
        const auto snapshots = repo.ratingsOverTime(plan.id, committee);
        QVERIFY(!snapshots.isEmpty());
        for (const auto& snap : snapshots) {
            int total = 0;
            for (const auto& c : snap.counts)
                total += c.second;
            QCOMPARE(total, demo->scalar(s("SELECT COUNT(DISTINCT c.milestone_id) FROM rating_changes c JOIN milestones m ON "
                                           "m.id = c.milestone_id JOIN priorities p ON p.id = m.priority_id WHERE p.plan_id = ? "
                                           "AND c.changed_on <= ?"),
                                         {plan.id, snap.date.toString(Qt::ISODate)})
                                .toInt());
        }
    }

private:
    void rate(int milestone, const char* on, const char* letter)
    {
        m_db->insert(s("rating_changes"), {{s("milestone_id"), m_milestones[milestone]}, {s("changed_on"), s(on)},
                                           {s("to_status_id"), m_status.value(s(letter))}, {s("rationale"), s("Evidence reviewed")}});
        m_db->exec(s("UPDATE milestones SET status_id = ? WHERE id = ?"), {m_status.value(s(letter)), m_milestones[milestone]});
    }

    std::unique_ptr<Database> m_db;
    qint64 m_committee = 0;
    qint64 m_plan = 0;
    QList<qint64> m_meetings;
    QList<qint64> m_milestones;
    QHash<QString, qint64> m_status;
};

QTEST_GUILESS_MAIN(TestDashboardRepository)
#include "TestDashboardRepository.moc"
