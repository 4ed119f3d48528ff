#include "TestStore.h"
#include "store/Database.h"
#include "store/DemoData.h"
#include "store/StoreSql.h"

#include <QCryptographicHash>
#include <QDate>
#include <QTest>

namespace {

int count(const Database& db, const QString& sql)
{
    return StoreSql::scalar(db, sql).toInt();
}

QByteArray digest(const Database& db)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const char* sql : {"SELECT id, starts_at FROM meetings ORDER BY id",
                            "SELECT id, minutes_text FROM agenda_items ORDER BY id",
                            "SELECT id, owner, due_date, status FROM actions ORDER BY id",
                            "SELECT id, value FROM indicator_values ORDER BY id"})
        for (const QVariantMap& row : StoreSql::rows(db, QString::fromLatin1(sql)))
            for (const QVariant& v : row)
                h.addData(v.toString().toUtf8());
    return h.result();
}

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT
private slots:
    void demoHoldsWhatTheMissionNeeds()
    {
        auto db = TestStore::open(QStringLiteral("admin"));
        QVERIFY(DemoData::isEmpty(*db));
        DemoData::create(*db);
        QVERIFY(!DemoData::isEmpty(*db));
        QVERIFY(count(*db, QStringLiteral(
                               "SELECT COUNT(*) FROM meetings WHERE starts_at BETWEEN '2016' AND '2019'")) >=
                5);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM priorities")), 10);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM recommendations")), 23);
        // Every recommendation is answered by at least one priority.
        QCOMPARE(count(*db, QStringLiteral(
                                "SELECT COUNT(DISTINCT recommendation_id) FROM priority_recommendations")),
                 23);
        QVERIFY(count(*db, QStringLiteral("SELECT COUNT(*) FROM milestones")) >= 30);
        // Every milestone has a rating history that ends at its current rating.
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM milestones m WHERE m.status_id IS DISTINCT "
                                           "FROM (SELECT to_status_id FROM "
                                           "rating_changes c WHERE c.milestone_id = m.id ORDER BY changed_on "
                                           "DESC, id DESC LIMIT 1)")),
                 0);
        QVERIFY(count(*db, QStringLiteral("SELECT COUNT(*) FROM actions")) >= 20);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(DISTINCT status) FROM actions")), 4);
        QVERIFY(
            count(*db,
                  QStringLiteral(
                      "SELECT COUNT(*) FROM (SELECT indicator_id FROM indicator_values GROUP BY indicator_id "
                      "HAVING COUNT(DISTINCT period) >= 12) enough")) >= 8);
        QVERIFY(count(*db, QStringLiteral("SELECT COUNT(*) FROM agenda_items WHERE exempt = 1")) >= 1);
        QVERIFY(count(*db, QStringLiteral("SELECT COUNT(*) FROM declarations")) >= 1);
        QCOMPARE(
            count(*db,
                  QStringLiteral(
                      "SELECT COUNT(*) FROM users WHERE login IN ('a.clerk', 'cllr.member', 'p.officer')")),
            3);
        // Facts from the minutes: 11 vacancies in 215 posts; permanent staff from 66% to 80% and beyond.
        QCOMPARE(
            count(*db,
                  QStringLiteral(
                      "SELECT MAX(value) FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id "
                      "WHERE i.key = 'established_posts'")),
            215);
        QCOMPARE(
            count(*db,
                  QStringLiteral(
                      "SELECT MIN(value) FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id "
                      "JOIN teams t ON t.id = v.team_id WHERE i.key = 'permanent_staff_pct' AND t.kind = "
                      "'service'")),
            66);
        if (!TestStore::onServer()) // a server checks every foreign key as it is written
            QCOMPARE(StoreSql::scalar(*db, QStringLiteral("PRAGMA foreign_key_check")), QVariant());
    }

    void demoHasTheCasesMembersMustQuestion()
    {
        auto db = TestStore::open(QStringLiteral("admin"));
        DemoData::create(*db);
        // Green while past due and not complete.
        QVERIFY(
            count(
                *db,
                QStringLiteral(
                    "SELECT COUNT(*) FROM milestones m JOIN rating_statuses s ON s.id = m.status_id "
                    "WHERE s.code = 'green' AND m.due_date < '2018-01-30' AND m.completion <> 'complete'")) >=
            1);
        // Complete (Blue) without evidence.
        QVERIFY(
            count(*db, QStringLiteral(
                           "SELECT COUNT(*) FROM milestones m JOIN rating_statuses s ON s.id = m.status_id "
                           "WHERE s.code = 'blue' AND m.evidence IS NULL")) >= 1);
        // Red with no open action.
        QVERIFY(
            count(*db, QStringLiteral(
                           "SELECT COUNT(*) FROM milestones m JOIN rating_statuses s ON s.id = m.status_id "
                           "WHERE s.code = 'red' AND NOT EXISTS (SELECT 1 FROM actions a WHERE "
                           "a.milestone_id = m.id "
                           "AND a.status IN ('open', 'in progress'))")) >= 1);
        // A change without a rationale.
        QVERIFY(count(*db, QStringLiteral("SELECT COUNT(*) FROM rating_changes WHERE rationale IS NULL")) >=
                1);
    }

    void dashboardFindsOverdueAndDueSoonActionsAtTheDemoMeetings()
    {
        auto db = TestStore::open(QStringLiteral("admin"));
        DemoData::create(*db);
        const QString open =
            QStringLiteral("SELECT COUNT(*) FROM actions WHERE status IN ('open', 'in progress') AND ");
        for (const QString& asAt : {QStringLiteral("2018-01-30"), QStringLiteral("2018-11-20")}) {
            const QString soon = QDate::fromString(asAt, Qt::ISODate).addDays(14).toString(Qt::ISODate);
            QVERIFY2(StoreSql::scalar(*db, open + QStringLiteral("due_date < ?"), {asAt}).toInt() >= 3,
                     qPrintable(asAt));
            QVERIFY2(
                StoreSql::scalar(*db, open + QStringLiteral("due_date >= ? AND due_date <= ?"), {asAt, soon})
                        .toInt() >= 1,
                qPrintable(asAt));
        }
    }

    void ratingsUnchangedForMoreThanAYearAreThere()
    {
        auto db = TestStore::open(QStringLiteral("admin"));
        DemoData::create(*db);
        QVERIFY(count(*db,
                      QStringLiteral("SELECT COUNT(*) FROM milestones m WHERE m.completion <> 'complete' AND "
                                     "(SELECT MAX(changed_on) FROM rating_changes c WHERE c.milestone_id = "
                                     "m.id) < '2017-01-30'")) >= 3);
        // Every rating change was reported to a meeting.
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM rating_changes WHERE meeting_id IS NULL")),
                 0);
    }

    void minuteNumbersRunOnInNaturalOrder()
    {
        auto db = TestStore::open(QStringLiteral("admin"));
        DemoData::create(*db);
        const auto rows = StoreSql::rows(
            *db, QStringLiteral(
                     "SELECT i.minute_number FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id "
                     "WHERE m.starts_at LIKE '2016-12-06%' ORDER BY i.sort_key"));
        QStringList numbers;
        for (const QVariantMap& row : rows)
            numbers << row.value(QStringLiteral("minute_number")).toString();
        QCOMPARE(numbers, (QStringList{QStringLiteral("53"), QStringLiteral("54"), QStringLiteral("55"),
                                       QStringLiteral("56"), QStringLiteral("56a"), QStringLiteral("56b"),
                                       QStringLiteral("57")}));
        // The Part 2 item is exempt; the open items are not.
        QCOMPARE(StoreSql::scalar(
                     *db, QStringLiteral("SELECT exempt FROM agenda_items WHERE minute_number = '57'"))
                     .toInt(),
                 1);
        QCOMPARE(StoreSql::scalar(
                     *db, QStringLiteral("SELECT exempt FROM agenda_items WHERE minute_number = '56a'"))
                     .toInt(),
                 0);
        // Figures compare the borough with England.
        QVERIFY(count(*db, QStringLiteral(
                               "SELECT COUNT(*) FROM indicator_values v JOIN teams t ON t.id = v.team_id "
                               "WHERE t.kind = 'national'")) >= 12);
        QVERIFY(
            count(
                *db,
                QStringLiteral(
                    "SELECT COUNT(DISTINCT team_id) FROM indicator_values v JOIN teams t ON t.id = v.team_id "
                    "WHERE t.kind = 'team'")) >= 2);
    }

    void refusesNothingItShouldNot()
    {
        auto db = TestStore::open(QStringLiteral("admin"));
        DemoData::create(*db);
        if (!TestStore::onServer())
            QCOMPARE(StoreSql::scalar(*db, QStringLiteral("PRAGMA integrity_check")).toString(),
                     QStringLiteral("ok"));
    }

    void syntheticDatabaseIsDeterministicForASeed()
    {
        auto a = TestStore::open(QStringLiteral("admin"));
        auto b = TestStore::open(QStringLiteral("admin"));
        auto c = TestStore::open(QStringLiteral("admin"));
        const auto counts = DemoData::createScaled(*a, 1, 7);
        DemoData::createScaled(*b, 1, 7);
        DemoData::createScaled(*c, 1, 8);
        QCOMPARE(counts.meetings, 50);
        QCOMPARE(counts.items, 1000);
        QCOMPARE(counts.actions, 500);
        QCOMPARE(counts.milestones, 200);
        QCOMPARE(counts.figures, 5000);
        QCOMPARE(count(*a, QStringLiteral("SELECT COUNT(*) FROM indicator_values")), 5000);
        QCOMPARE(digest(*a), digest(*b));
        QVERIFY(digest(*a) != digest(*c));
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "TestDemoData.moc"
