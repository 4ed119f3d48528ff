#include "TestStore.h"
#include "store/Database.h"
#include "store/DemoData.h"
#include "store/PlanRepository.h"
#include "store/StoreSql.h"

#include <QTest>

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

struct Fixture
{
    std::unique_ptr<Database> db;
    qint64 blue = 0, green = 0, amber = 0, red = 0;
    qint64 meeting = 0, milestone = 0;
};

// A plan of one priority and one milestone rated Amber; a meeting to report to.
Fixture makePlan()
{
    Fixture f;
    f.db = TestStore::open(s("officer")); // the first user: administrator
    const qint64 committee = f.db->insert(s("committees"), {{s("name"), s("Care Services PDS Committee")}});
    f.meeting = f.db->insert(s("meetings"),
                             {{s("committee_id"), committee}, {s("starts_at"), s("2016-12-06T19:00")}});
    const qint64 scheme = f.db->insert(s("rating_schemes"), {{s("name"), s("BRAG")}});
    int rank = 0;
    for (auto [code, letter, id] : {std::tuple{"blue", "B", &f.blue}, std::tuple{"green", "G", &f.green},
                                    std::tuple{"amber", "A", &f.amber}, std::tuple{"red", "R", &f.red}})
        *id = f.db->insert(s("rating_statuses"), {{s("scheme_id"), scheme},
                                                  {s("code"), s(code)},
                                                  {s("letter"), s(letter)},
                                                  {s("name"), s(code)},
                                                  {s("colour"), s("#777777")},
                                                  {s("rank"), rank++},
                                                  {s("on_track"), rank <= 2 ? 1 : 0}});
    const qint64 plan = f.db->insert(
        s("improvement_plans"),
        {{s("committee_id"), committee}, {s("scheme_id"), scheme}, {s("title"), s("Improvement plan")}});
    const qint64 priority =
        f.db->insert(s("priorities"), {{s("plan_id"), plan}, {s("number"), 2}, {s("title"), s("Caseloads")}});
    f.milestone = f.db->insert(s("milestones"), {{s("priority_id"), priority},
                                                 {s("code"), s("2.1")},
                                                 {s("title"), s("Caseload Promise met in every team")},
                                                 {s("status_id"), f.amber},
                                                 {s("due_date"), s("2017-03-31")},
                                                 {s("completion"), s("in progress")}});
    return f;
}

PlanRepository::Milestone milestoneOf(Database& db, qint64 id)
{
    const auto plan = PlanRepository(db).planFor(0, QDate(2016, 12, 1));
    for (const auto& p : plan.priorities)
        for (const auto& m : p.milestones)
            if (m.id == id)
                return m;
    return {};
}

int changes(const Database& db)
{
    return StoreSql::scalar(db, s("SELECT COUNT(*) FROM rating_changes")).toInt();
}

qint64 statusOf(const Database& db, qint64 milestone)
{
    return StoreSql::scalar(db, s("SELECT status_id FROM milestones WHERE id = ?"), {milestone}).toLongLong();
}

} // namespace

class TestPlanRepository : public QObject
{
    Q_OBJECT
private slots:
    // What members are told to question, for the dashboard and the briefing pack alike: every
    // flagged milestone once, in the plan's order, with its status and every flag's reason.
    void theFlaggedMilestonesComeWithTheirReasons()
    {
        auto db = Database::open(s(":memory:"), s("admin"));
        DemoData::create(*db);
        const auto plan = PlanRepository(*db).planFor(0, QDate(2018, 11, 20));
        const auto flagged = plan.flagged();
        QVERIFY(!flagged.isEmpty());
        QCOMPARE(int(flagged.size()), plan.flaggedCount());
        QStringList codes, inOrder;
        for (const auto& p : plan.priorities)
            for (const auto& m : p.milestones)
                if (!m.flags.isEmpty())
                    inOrder << m.code;
        for (const auto& f : flagged) {
            codes << f.milestone->code;
            QCOMPARE(f.status, plan.status(f.milestone->statusId));
            QCOMPARE(int(f.reasons.size()), int(f.milestone->flags.size()));
            QVERIFY(!f.reasons.first().isEmpty());
        }
        QCOMPARE(codes, inOrder);
    }

    void aRationaleIsRequired_data()
    {
        QTest::addColumn<QString>("rationale");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces only") << s("   \n ");
    }
    void aRationaleIsRequired()
    {
        QFETCH(QString, rationale);
        Fixture f = makePlan();
        PlanRepository repo(*f.db);
        const auto m = milestoneOf(*f.db, f.milestone);
        try {
            repo.changeRating(m, f.green, rationale, f.meeting, QDate(2016, 12, 1));
            QFAIL("a rating changed without a rationale");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::Invalid);
            QVERIFY(!e.message().isEmpty());
        }
        QCOMPARE(changes(*f.db), 0);
        QCOMPARE(statusOf(*f.db, f.milestone), f.amber);
    }

    void theChangeIsRecordedWithFromToAndMeeting()
    {
        Fixture f = makePlan();
        PlanRepository repo(*f.db);
        repo.changeRating(milestoneOf(*f.db, f.milestone), f.green,
                          s("  Caseloads at 14 in all teams for three months. "), f.meeting,
                          QDate(2016, 12, 1));
        QCOMPARE(statusOf(*f.db, f.milestone), f.green);
        const auto history = repo.history(f.milestone);
        QCOMPARE(history.size(), 1);
        const auto& c = history.first();
        QCOMPARE(c.fromStatusId, f.amber);
        QCOMPARE(c.toStatusId, f.green);
        QCOMPARE(c.on, QDate(2016, 12, 1));
        QCOMPARE(c.by, s("officer"));
        QCOMPARE(c.rationale, s("Caseloads at 14 in all teams for three months."));
        QCOMPARE(c.meetingDate, QDate(2016, 12, 6));
        QCOMPARE(StoreSql::scalar(*f.db, s("SELECT meeting_id FROM rating_changes")).toLongLong(), f.meeting);

        // A second change starts from the new rating; the timeline is newest first.
        repo.changeRating(milestoneOf(*f.db, f.milestone), f.red, s("Two teams back above 18."), 0,
                          QDate(2017, 1, 20));
        const auto later = repo.history(f.milestone);
        QCOMPARE(later.size(), 2);
        QCOMPARE(later.first().fromStatusId, f.green);
        QCOMPARE(later.first().toStatusId, f.red);
        QVERIFY(!later.first().meetingDate.isValid()); // not reported to a meeting
        QCOMPARE(milestoneOf(*f.db, f.milestone).lastChange, QDate(2017, 1, 20));
    }

    void aMemberMayNotChangeARating()
    {
        Fixture f = makePlan();
        const auto m = milestoneOf(*f.db, f.milestone);
        f.db->signIn(s("a.councillor")); // unknown logins read only, as members
        QCOMPARE(f.db->role(), Role::Member);
        try {
            PlanRepository(*f.db).changeRating(m, f.green, s("Looks fine to me."), f.meeting,
                                               QDate(2016, 12, 1));
            QFAIL("a member changed a rating");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::NotAllowed);
        }
        QCOMPARE(changes(*f.db), 0);
        QCOMPARE(statusOf(*f.db, f.milestone), f.amber);
    }

    void aStaleVersionIsAConflict()
    {
        Fixture f = makePlan();
        PlanRepository repo(*f.db);
        const auto stale = milestoneOf(*f.db, f.milestone);
        // Someone else changes the rating after we read the milestone.
        repo.changeRating(stale, f.red, s("Caseloads rose again in October."), f.meeting,
                          QDate(2016, 11, 30));
        try {
            repo.changeRating(stale, f.green, s("On track."), f.meeting, QDate(2016, 12, 1));
            QFAIL("a change based on an old reading overwrote a newer one");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::Conflict);
            QVERIFY2(e.message().contains(s("officer")), qPrintable(e.message())); // says who changed it
        }
        QCOMPARE(statusOf(*f.db, f.milestone), f.red);
        QCOMPARE(changes(*f.db), 1); // the refused change left no history row
    }

    void theSchemeIsThePlansOwnAndEditable()
    {
        Fixture f = makePlan();
        PlanRepository repo(*f.db);
        PlanRepository::Plan plan = repo.planFor(0, QDate(2016, 12, 1));
        QCOMPARE(plan.statuses.size(), 4);
        auto statuses = plan.statuses;
        // Green becomes "On target" in teal; a new "Paused" goes before Red; Blue moves after Green.
        statuses[1].letter = s("OT");
        statuses[1].name = s("On target");
        statuses[1].colour = s("#00897B");
        std::swap(statuses[0], statuses[1]);
        PlanRepository::Status paused;
        paused.letter = s("P");
        paused.name = s("Paused");
        paused.colour = s("#6a1b9a");
        paused.definition = s("Stopped by decision of the board.");
        statuses.insert(3, paused);
        repo.saveScheme(plan, statuses, 60);

        plan = repo.planFor(0, QDate(2016, 12, 1));
        QStringList letters;
        for (const auto& st : plan.statuses)
            letters << st.letter;
        QCOMPARE(letters, (QStringList{s("OT"), s("B"), s("A"), s("P"), s("R")}));
        QCOMPARE(plan.statuses.at(0).colour, s("#00897b"));
        QCOMPARE(plan.statuses.at(0).id, f.green); // the same status: milestones keep their rating
        QCOMPARE(plan.statuses.at(3).code, s("paused"));
        QCOMPARE(plan.reviewDays, 60);
        // Red stays the worst, so its flag still fires.
        QCOMPARE(plan.statuses.last().id, f.red);
        // Audited field by field, versions raised.
        QCOMPARE(StoreSql::scalar(
                     *f.db,
                     s("SELECT new_value FROM audit_log WHERE table_name = 'rating_statuses' AND row_id = ? "
                       "AND field = 'letter' AND operation = 'update'"),
                     {f.green})
                     .toString(),
                 s("OT"));
        QCOMPARE(
            StoreSql::scalar(*f.db, s("SELECT version FROM rating_statuses WHERE id = ?"), {f.green}).toInt(),
            2);
        QCOMPARE(
            StoreSql::scalar(
                *f.db, s("SELECT COUNT(*) FROM audit_log WHERE table_name = 'improvement_plans' AND field = "
                         "'review_days' AND operation = 'update'"))
                .toInt(),
            1);
    }

    void aStatusInUseIsNotRemoved()
    {
        Fixture f = makePlan();
        PlanRepository repo(*f.db);
        const auto plan = repo.planFor(0, QDate(2016, 12, 1));
        auto withoutAmber = plan.statuses;
        withoutAmber.removeAt(2);
        try {
            repo.saveScheme(plan, withoutAmber, plan.reviewDays);
            QFAIL("a status given to a milestone was removed");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::Invalid);
            QVERIFY2(e.message().contains(s("1 milestone is rated amber")), qPrintable(e.message()));
        }
        // One named only in the history is kept too: the history is never rewritten.
        repo.changeRating(milestoneOf(*f.db, f.milestone), f.green, s("Caseloads at 14."), f.meeting,
                          QDate(2016, 12, 1));
        try {
            repo.saveScheme(repo.planFor(0, QDate(2016, 12, 1)), withoutAmber, plan.reviewDays);
            QFAIL("a status named in the rating history was removed");
        } catch (const StoreError& e) {
            QVERIFY2(e.message().contains(s("rating history")), qPrintable(e.message()));
        }
        QCOMPARE(StoreSql::scalar(*f.db, s("SELECT COUNT(*) FROM rating_statuses")).toInt(), 4);
        // An unused one goes.
        auto withoutBlue = repo.planFor(0, QDate(2016, 12, 1)).statuses;
        withoutBlue.removeAt(0);
        repo.saveScheme(repo.planFor(0, QDate(2016, 12, 1)), withoutBlue, plan.reviewDays);
        QCOMPARE(StoreSql::scalar(*f.db, s("SELECT COUNT(*) FROM rating_statuses")).toInt(), 3);
        QCOMPARE(StoreSql::scalar(*f.db, s("SELECT MIN(rank) FROM rating_statuses")).toInt(), 0);
    }

    void schemeEditsAreRoleCheckedAndVersioned()
    {
        Fixture f = makePlan();
        PlanRepository repo(*f.db);
        const auto plan = repo.planFor(0, QDate(2016, 12, 1));
        auto statuses = plan.statuses;
        statuses[3].name = s("Off track");
        f.db->signIn(s("a.councillor"));
        QVERIFY_THROWS_EXCEPTION(StoreError, repo.saveScheme(plan, statuses, 30));
        f.db->signIn(s("officer"));
        QCOMPARE(
            StoreSql::scalar(*f.db, s("SELECT name FROM rating_statuses WHERE id = ?"), {f.red}).toString(),
            s("red"));
        // A save based on a stale copy is refused, naming who changed it; nothing of it is kept.
        repo.saveScheme(plan, statuses, 30);
        auto mine = plan.statuses;
        mine[3].definition = s("Will not be delivered.");
        mine[0].letter = s("C");
        try {
            repo.saveScheme(plan, mine, 45);
            QFAIL("a stale scheme overwrote a newer one");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::Conflict);
        }
        QCOMPARE(StoreSql::scalar(*f.db, s("SELECT letter FROM rating_statuses WHERE id = ?"), {f.blue})
                     .toString(),
                 s("B"));
        QCOMPARE(StoreSql::scalar(*f.db, s("SELECT review_days FROM improvement_plans")).toInt(), 30);
    }

    void thePlansUsingASchemeAreNamed()
    {
        Fixture f = makePlan();
        const qint64 scheme =
            StoreSql::scalar(*f.db, s("SELECT scheme_id FROM improvement_plans")).toLongLong();
        PlanRepository repo(*f.db);
        QCOMPARE(repo.plansUsingScheme(scheme).size(), 1);
        f.db->insert(s("improvement_plans"), {{s("scheme_id"), scheme},
                                              {s("title"), s("Improvement Plan 2019")},
                                              {s("adopted_on"), s("2019-04-01")}});
        f.db->insert(s("improvement_plans"), {{s("scheme_id"), scheme},
                                              {s("title"), s("Improvement Plan 2015")},
                                              {s("adopted_on"), s("2015-04-01")}});
        const qint64 other = f.db->insert(s("rating_schemes"), {{s("name"), s("Done / Not done")}});
        f.db->insert(s("improvement_plans"),
                     {{s("scheme_id"), other}, {s("title"), s("Youth Justice Plan")}});
        const auto plans = repo.plansUsingScheme(scheme);
        QStringList titles;
        for (const auto& p : plans)
            titles << p.title;
        // Oldest adopted first; a plan never adopted (no date) before them; another scheme's plan not at all.
        QCOMPARE(titles, (QStringList{s("Improvement plan"), s("Improvement Plan 2015"),
                                      s("Improvement Plan 2019")}));
        QCOMPARE(plans.at(1).adoptedOn, QDate(2015, 4, 1));
        QCOMPARE(repo.plansUsingScheme(other).size(), 1);
        QVERIFY(repo.plansUsingScheme(0).isEmpty());
    }

    void recommendationsKnowTheirPriorities()
    {
        Fixture f = makePlan();
        const qint64 plan = StoreSql::scalar(*f.db, s("SELECT id FROM improvement_plans")).toLongLong();
        const qint64 priority = StoreSql::scalar(*f.db, s("SELECT id FROM priorities")).toLongLong();
        const qint64 other = f.db->insert(
            s("priorities"), {{s("plan_id"), plan}, {s("number"), 5}, {s("title"), s("Workforce")}});
        for (int n : {3, 7}) {
            const qint64 r =
                f.db->insert(s("recommendations"),
                             {{s("plan_id"), plan}, {s("number"), n}, {s("text"), s("Reduce caseloads.")}});
            f.db->link(s("priority_recommendations"),
                       {{s("priority_id"), priority}, {s("recommendation_id"), r}});
            if (n == 3)
                f.db->link(s("priority_recommendations"),
                           {{s("priority_id"), other}, {s("recommendation_id"), r}});
        }
        const auto p = PlanRepository(*f.db).planFor(0, QDate(2016, 12, 1));
        QCOMPARE(p.recommendations.size(), 2);
        QCOMPARE(p.recommendation(3)->priorityNumbers, (QList<int>{2, 5}));
        QCOMPARE(p.recommendation(7)->priorityNumbers, (QList<int>{2}));
        QVERIFY(!p.recommendation(8));
    }
};

QTEST_MAIN(TestPlanRepository)
#include "TestPlanRepository.moc"
