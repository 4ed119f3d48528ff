#include "TestStore.h"
#include "store/DashboardRepository.h"
#include "store/Database.h"
#include "store/DemoData.h"
#include "store/PlanRepository.h"
#include "store/StoreSql.h"

#include <QMap>
#include <QTest>

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

// One committee with three meetings and a plan of three milestones whose rating histories are crafted.
struct History
{
    std::unique_ptr<Database> db;
    qint64 committee = 0, plan = 0;
    qint64 meeting1 = 0, meeting2 = 0, meeting3 = 0;
    qint64 swinging = 0, newcomer = 0, roundTrip = 0;
    QMap<QString, qint64> status;
    const QDate date1{2020, 1, 14}, date2{2020, 3, 10}, date3{2020, 5, 12};

    History()
    {
        db = TestStore::open(s("officer"));
        committee = db->insert(s("committees"), {{s("name"), s("Care Services PDS Committee")}});
        const qint64 other = db->insert(s("committees"), {{s("name"), s("Executive")}});
        auto meeting = [&](qint64 c, const QDate& d) {
            return db->insert(s("meetings"), {{s("committee_id"), c},
                                              {s("starts_at"), QString(iso(d) + s("T19:00"))},
                                              {s("status"), s("held")}});
        };
        meeting1 = meeting(committee, date1);
        meeting2 = meeting(committee, date2);
        meeting3 = meeting(committee, date3);
        meeting(other, QDate(2020, 4, 1)); // another committee's meeting between 2 and 3 changes nothing
        const qint64 scheme = db->insert(s("rating_schemes"), {{s("name"), s("BRAG")}});
        int rank = 0;
        for (const char* letter : {"B", "G", "A", "R"})
            status[s(letter)] = db->insert(s("rating_statuses"), {{s("scheme_id"), scheme},
                                                                  {s("code"), s(letter).toLower()},
                                                                  {s("letter"), s(letter)},
                                                                  {s("name"), s(letter)},
                                                                  {s("colour"), s("#777777")},
                                                                  {s("rank"), rank++},
                                                                  {s("on_track"), rank <= 2 ? 1 : 0}});
        plan =
            db->insert(s("improvement_plans"),
                       {{s("committee_id"), committee}, {s("scheme_id"), scheme}, {s("title"), s("Plan")}});
        const qint64 priority = db->insert(
            s("priorities"), {{s("plan_id"), plan}, {s("number"), 1}, {s("title"), s("Caseloads")}});
        auto milestone = [&](const char* code) {
            return db->insert(s("milestones"),
                              {{s("priority_id"), priority}, {s("code"), s(code)}, {s("title"), s(code)}});
        };
        swinging = milestone("1.1");
        newcomer = milestone("1.2");
        roundTrip = milestone("1.3");
        // 1.1: Amber before meeting 1, Green before meeting 2, Red before meeting 3.
        change(swinging, "", "A", QDate(2020, 1, 2));
        change(swinging, "A", "G", QDate(2020, 2, 20));
        change(swinging, "G", "R", QDate(2020, 4, 20));
        // 1.2: first rated (Green) after meeting 1: a first rating is not a move.
        change(newcomer, "", "G", QDate(2020, 2, 1));
        // 1.3: Amber, to Red and back to Amber between meetings 1 and 3: no net move then.
        change(roundTrip, "", "A", QDate(2019, 12, 1));
        change(roundTrip, "A", "R", QDate(2020, 2, 25));
        change(roundTrip, "R", "A", QDate(2020, 3, 10)); // on the day of meeting 2: counted up to meeting 2
    }

    void change(qint64 milestone, const char* from, const char* to, const QDate& on)
    {
        db->insert(s("rating_changes"),
                   {{s("milestone_id"), milestone},
                    {s("changed_on"), iso(on)},
                    {s("from_status_id"), *from ? QVariant(status.value(s(from))) : QVariant()},
                    {s("to_status_id"), status.value(s(to))},
                    {s("rationale"), s("crafted")}});
        db->update(s("milestones"), milestone, {{s("status_id"), status.value(s(to))}});
    }
};

QString describe(const QList<DashboardRepository::RatingMove>& moves)
{
    QStringList out;
    for (const auto& m : moves)
        out << QStringLiteral("%1 %2>%3 %4")
                   .arg(m.code, m.fromLetter, m.toLetter, m.improved ? s("up") : s("down"));
    return out.join(QLatin1String(", "));
}

} // namespace

class TestDashboardRepository : public QObject
{
    Q_OBJECT
private slots:
    void demoCountsEqualSqlCounts()
    {
        auto db = TestStore::open(s("clerk"));
        DemoData::create(*db);
        const qint64 committee =
            StoreSql::scalar(*db, s("SELECT committee_id FROM improvement_plans ORDER BY id LIMIT 1"))
                .toLongLong();
        const auto plan = PlanRepository(*db).planFor(committee, QDate(2018, 1, 30));
        QVERIFY(plan.id != 0);
        // Per status, and on track or not, as the dashboard counts them from the plan.
        QMap<QString, int> byLetter;
        int onTrack = 0, all = 0;
        for (const auto& p : plan.priorities)
            for (const auto& m : p.milestones) {
                ++all;
                if (const auto* st = plan.status(m.statusId)) {
                    ++byLetter[st->letter];
                    onTrack += st->onTrack ? 1 : 0;
                }
            }
        const QString join = s("FROM milestones m JOIN priorities p ON p.id = m.priority_id JOIN "
                               "rating_statuses s ON s.id = m.status_id "
                               "WHERE p.plan_id = ?");
        QCOMPARE(all, StoreSql::scalar(*db,
                                       s("SELECT COUNT(*) FROM milestones m JOIN priorities p ON p.id = "
                                         "m.priority_id WHERE p.plan_id = ?"),
                                       {plan.id})
                          .toInt());
        QCOMPARE(onTrack,
                 StoreSql::scalar(*db, s("SELECT COUNT(*) ") + join + s(" AND s.on_track = 1"), {plan.id})
                     .toInt());
        QCOMPARE(
            all - onTrack,
            StoreSql::scalar(*db,
                             s("SELECT COUNT(*) FROM milestones m JOIN priorities p ON p.id = m.priority_id "
                               "LEFT JOIN rating_statuses s ON s.id = m.status_id WHERE p.plan_id = ? "
                               "AND COALESCE(s.on_track, 0) = 0"),
                             {plan.id})
                .toInt());
        for (const auto& row : StoreSql::rows(
                 *db, s("SELECT s.letter AS letter, COUNT(*) AS n ") + join + s(" GROUP BY s.letter"),
                 {plan.id}))
            QCOMPARE(byLetter.value(row.value(s("letter")).toString()), row.value(s("n")).toInt());

        // Ratings over time: at each meeting, each milestone's latest rating on or before that day.
        DashboardRepository dash(*db);
        const auto snapshots = dash.ratingsOverTime(plan.id, committee);
        QVERIFY(!snapshots.isEmpty());
        for (const auto& snap : snapshots) {
            // Walk the history in order: the last change on or before the day wins.
            QMap<qint64, QString> latest;
            for (const auto& row : StoreSql::rows(
                     *db,
                     s("SELECT c.milestone_id AS m, s.letter AS letter FROM rating_changes c "
                       "JOIN rating_statuses s ON s.id = c.to_status_id JOIN milestones ms ON ms.id = "
                       "c.milestone_id "
                       "JOIN priorities p ON p.id = ms.priority_id WHERE p.plan_id = ? AND c.changed_on <= ? "
                       "ORDER BY c.changed_on, c.id"),
                     {plan.id, iso(snap.date)}))
                latest[row.value(s("m")).toLongLong()] = row.value(s("letter")).toString();
            QMap<QString, int> counts;
            for (const QString& letter : std::as_const(latest))
                ++counts[letter];
            int total = 0;
            for (const auto& [letter, n] : snap.counts) {
                QCOMPARE(n, counts.value(letter));
                total += n;
            }
            QVERIFY(total > 0);
        }

        // Overdue and due-soon actions at the last held meeting, against SQL.
        const QDate asAt(2018, 1, 30);
        const auto actions = dash.openActions(committee, asAt, 14);
        const int overdue =
            int(std::count_if(actions.begin(), actions.end(), [](const auto& a) { return a.overdue; }));
        const QString open = s(
            "SELECT COUNT(*) FROM actions a JOIN meetings m ON m.id = a.meeting_id WHERE m.committee_id = ? "
            "AND a.status IN ('open', 'in progress') AND ");
        QCOMPARE(overdue, StoreSql::scalar(*db, open + s("a.due_date < ?"), {committee, iso(asAt)}).toInt());
        QCOMPARE(int(actions.size()) - overdue,
                 StoreSql::scalar(*db, open + s("a.due_date >= ? AND a.due_date <= ?"),
                                  {committee, iso(asAt), iso(asAt.addDays(14))})
                     .toInt());
        QVERIFY(overdue > 0);
    }

    void changesSinceTheLastMeeting()
    {
        History h;
        DashboardRepository dash(*h.db);
        QCOMPARE(dash.meetingDate(h.meeting3), h.date3);
        QCOMPARE(dash.previousMeetingDate(h.meeting3), h.date2);
        QCOMPARE(dash.previousMeetingDate(h.meeting2), h.date1);
        QVERIFY(!dash.previousMeetingDate(h.meeting1).isValid()); // the first meeting has none

        // Meeting 1 → 2: 1.1 improved A→G; 1.2's first rating is not a move; 1.3 went A→R→A: no net move.
        auto moves = dash.moves(h.plan, h.date1, h.date2);
        QCOMPARE(describe(moves), s("1.1 A>G up"));
        QCOMPARE(moves.first().milestoneId, h.swinging);

        // Meeting 2 → 3: 1.1 worsened G→R; 1.3's change on the day of meeting 2 belongs to the window before.
        moves = dash.moves(h.plan, h.date2, h.date3);
        QCOMPARE(describe(moves), s("1.1 G>R down"));

        // Across meetings 1 → 3 only the net move counts: A→R, a worsening.
        moves = dash.moves(h.plan, h.date1, h.date3);
        QCOMPARE(describe(moves), s("1.1 A>R down"));

        // Before any rating: nothing moved.
        QVERIFY(dash.moves(h.plan, QDate(2019, 1, 1), QDate(2019, 6, 1)).isEmpty());
    }

    void overdueAndDueSoonSplitAtTheDate()
    {
        History h;
        const QDate asAt = h.date3;
        auto action = [&](const char* ref, const QDate& due, const char* status) {
            return h.db->insert(s("actions"), {{s("meeting_id"), h.meeting1},
                                               {s("reference"), s(ref)},
                                               {s("text"), s(ref)},
                                               {s("due_date"), iso(due)},
                                               {s("status"), s(status)}});
        };
        action("late", asAt.addDays(-1), "open");
        action("late-in-progress", asAt.addDays(-30), "in progress");
        action("today", asAt, "open");
        action("fortnight", asAt.addDays(14), "open");
        action("later", asAt.addDays(15), "open");
        action("late-but-done", asAt.addDays(-5), "done");
        action("late-but-cancelled", asAt.addDays(-5), "cancelled");
        QStringList overdue, soon;
        for (const auto& a : DashboardRepository(*h.db).openActions(h.committee, asAt, 14))
            (a.overdue ? overdue : soon) << a.reference;
        QCOMPARE(overdue, (QStringList{s("late-in-progress"), s("late")})); // oldest due first
        QCOMPARE(soon, (QStringList{s("today"), s("fortnight")}));          // due today is not yet overdue
    }

    // An action whose due date was left blank is not overdue on the dashboard, as it is not in the
    // action log (its empty text sorted before every date, so the dashboard counted it overdue).
    void anActionWithABlankDueDateIsNotOverdue()
    {
        History h;
        const QDate asAt = h.date3;
        h.db->insert(s("actions"), {{s("meeting_id"), h.meeting1},
                                    {s("reference"), s("blank")},
                                    {s("text"), s("blank")},
                                    {s("due_date"), QString(s(""))},
                                    {s("status"), s("open")}});
        h.db->insert(s("actions"), {{s("meeting_id"), h.meeting1},
                                    {s("reference"), s("late")},
                                    {s("text"), s("late")},
                                    {s("due_date"), iso(asAt.addDays(-1))},
                                    {s("status"), s("open")}});
        const DashboardRepository dash(*h.db);
        QStringList listed;
        for (const auto& a : dash.openActions(h.committee, asAt, 14))
            listed << a.reference;
        QCOMPARE(listed, QStringList{s("late")});
        QCOMPARE(dash.openActionCounts(h.committee, asAt, 14), qMakePair(1, 0));
    }
};

QTEST_MAIN(TestDashboardRepository)
#include "TestDashboardRepository.moc"
