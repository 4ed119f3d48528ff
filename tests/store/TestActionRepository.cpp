// The action log's filters select exactly what plain SQL selects; progress notes move the status
// and keep the history; the chase list groups overdue actions by owner.
#include "TestStore.h"
#include "store/ActionRepository.h"
#include "store/Database.h"
#include "store/DemoData.h"
#include "store/StoreError.h"
#include "store/StoreSql.h"

#include <QSet>
#include <QTest>

class TestActionRepository : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    const QDate m_today{2025, 11, 20};

    QSet<qint64> idsBySql(const QString& where, const QVariantList& values)
    {
        QSet<qint64> out;
        for (const QVariantMap& r : StoreSql::rows(
                 *m_db,
                 QStringLiteral("SELECT a.id FROM actions a JOIN meetings m ON m.id = a.meeting_id WHERE ") +
                     where,
                 values))
            out.insert(r.value(QStringLiteral("id")).toLongLong());
        return out;
    }
    QSet<qint64> idsByRepository(const ActionRepository::Filter& f)
    {
        QSet<qint64> out;
        const auto rows = ActionRepository(*m_db).rows(f);
        for (const auto& r : rows)
            out.insert(r.id);
        if (rows.size() != out.size())
            qWarning("duplicate rows");
        return rows.size() == out.size() ? out : QSet<qint64>{};
    }

private slots:
    void initTestCase()
    {
        // The ten-year database the issue names (5,000 actions), as `scrutineer demo --scale 10` makes it.
        m_db = TestStore::openScaled(10, 42);
        QCOMPARE(StoreSql::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM actions")).toInt(), 5000);
    }

    void filtersAgreeWithSql_data()
    {
        QTest::addColumn<int>("which");
        for (int i = 0; i < 7; ++i)
            QTest::newRow(qPrintable(QString::number(i))) << i;
    }
    void filtersAgreeWithSql()
    {
        QFETCH(int, which);
        const qint64 committee =
            StoreSql::scalar(*m_db, QStringLiteral("SELECT MIN(id) FROM committees")).toLongLong();
        const QString owner = ActionRepository(*m_db).owners(committee).value(1);
        QVERIFY(!owner.isEmpty());
        const qint64 meeting =
            StoreSql::scalar(
                *m_db,
                QStringLiteral(
                    "SELECT meeting_id FROM actions GROUP BY meeting_id ORDER BY COUNT(*) DESC LIMIT 1"))
                .toLongLong();
        const QString today = m_today.toString(Qt::ISODate), soon = m_today.addDays(14).toString(Qt::ISODate);

        ActionRepository::Filter f;
        f.today = m_today;
        QSet<qint64> expected;
        switch (which) {
        case 0:
            expected = idsBySql(QStringLiteral("1 = 1"), {});
            break;
        case 1:
            f.committeeId = committee;
            expected = idsBySql(QStringLiteral("m.committee_id = ?"), {committee});
            break;
        case 2:
            f.committeeId = committee;
            f.owner = owner;
            expected = idsBySql(QStringLiteral("m.committee_id = ? AND a.owner = ?"), {committee, owner});
            break;
        case 3:
            f.status = QStringLiteral("in progress");
            expected = idsBySql(QStringLiteral("a.status = 'in progress'"), {});
            break;
        case 4:
            f.overdueOnly = true;
            expected =
                idsBySql(QStringLiteral("a.status IN ('open', 'in progress') AND a.due_date < ?"), {today});
            break;
        case 5:
            f.dueSoonOnly = true;
            f.committeeId = committee;
            expected = idsBySql(QStringLiteral("m.committee_id = ? AND a.status IN ('open', 'in progress') "
                                               "AND a.due_date BETWEEN ? AND ?"),
                                {committee, today, soon});
            break;
        case 6:
            f.meetingId = meeting;
            f.status = QStringLiteral("outstanding");
            expected = idsBySql(QStringLiteral("a.meeting_id = ? AND a.status IN ('open', 'in progress')"),
                                {meeting});
            break;
        }
        QVERIFY2(!expected.isEmpty(), "the generated data should give this filter something to find");
        QCOMPARE(idsByRepository(f), expected);
        QCOMPARE(ActionRepository(*m_db).count(f), expected.size());
        // Every row the overdue filter gives is overdue by the row's own rule.
        if (f.overdueOnly)
            for (const auto& r : ActionRepository(*m_db).rows(f))
                QVERIFY(r.isOverdue(m_today));
    }

    void pagesJoinUpToTheWholeLog()
    {
        ActionRepository repo(*m_db);
        ActionRepository::Filter f;
        f.today = m_today;
        const auto all = repo.rows(f);
        QList<qint64> paged;
        for (int offset = 0; offset < all.size(); offset += 256)
            for (const auto& r : repo.rows(f, offset, 256))
                paged << r.id;
        QCOMPARE(paged.size(), all.size());
        for (int i = 0; i < all.size(); ++i)
            QCOMPARE(paged.at(i), all.at(i).id);
        // Newest meeting first.
        for (int i = 1; i < all.size(); ++i)
            QVERIFY(all.at(i - 1).meetingDate >= all.at(i).meetingDate);
    }

    void progressNoteMovesStatusAndKeepsHistory()
    {
        auto db = TestStore::open(QStringLiteral("admin"));
        const qint64 committee = db->insert(QStringLiteral("committees"),
                                            {{QStringLiteral("name"), QStringLiteral("Care Services PDS")}});
        const qint64 meeting = db->insert(
            QStringLiteral("meetings"), {{QStringLiteral("committee_id"), committee},
                                         {QStringLiteral("starts_at"), QStringLiteral("2016-12-06T19:00")}});
        const qint64 action = db->insert(QStringLiteral("actions"),
                                         {{QStringLiteral("meeting_id"), meeting},
                                          {QStringLiteral("reference"), QStringLiteral("56b/1")},
                                          {QStringLiteral("text"), QStringLiteral("Monitor unfilled posts")},
                                          {QStringLiteral("owner"), QStringLiteral("Head of HR")},
                                          {QStringLiteral("due_date"), QStringLiteral("2017-01-31")}});
        ActionRepository repo(*db);
        QVERIFY(repo.action(action).isOverdue(QDate(2017, 2, 1)));
        QVERIFY(!repo.action(action).isOverdue(QDate(2017, 1, 31)));

        repo.addUpdate(action, QDate(2017, 1, 10), QStringLiteral("in progress"),
                       QStringLiteral("Recruitment campaign started"));
        repo.addUpdate(action, QDate(2017, 2, 14), QStringLiteral("done"), QStringLiteral("Posts filled"));
        const auto row = repo.action(action);
        QCOMPARE(row.status, QStringLiteral("done"));
        QCOMPARE(row.lastUpdate, QDate(2017, 2, 14));
        QVERIFY(!row.isOverdue(QDate(2017, 3, 1)));
        QCOMPARE(
            StoreSql::scalar(*db, QStringLiteral("SELECT completed_on FROM actions WHERE id = ?"), {action})
                .toString(),
            QStringLiteral("2017-02-14"));
        const auto history = repo.history(action);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).note, QStringLiteral("Recruitment campaign started"));
        QCOMPARE(history.at(0).on, QDate(2017, 1, 10));
        QCOMPARE(history.at(1).status, QStringLiteral("done"));
        QCOMPARE(history.at(1).author, QStringLiteral("admin"));

        // An empty note or a made-up status is refused with a reason, and nothing changes.
        QVERIFY_THROWS_EXCEPTION(StoreError,
                                 repo.addUpdate(action, QDate(2017, 3, 1), QString(), QStringLiteral("  ")));
        QVERIFY_THROWS_EXCEPTION(StoreError, repo.addUpdate(action, QDate(2017, 3, 1),
                                                            QStringLiteral("finished"), QStringLiteral("x")));
        QCOMPARE(repo.history(action).size(), 2);

        // A member may read the log but not write to it.
        db->signIn(QStringLiteral("a.member"));
        QVERIFY_THROWS_EXCEPTION(
            StoreError, repo.addUpdate(action, QDate(2017, 3, 1), QString(), QStringLiteral("noted")));
    }

    void chaseListGroupsOverdueByOwner()
    {
        auto db = TestStore::open(QStringLiteral("admin"));
        const qint64 committee = db->insert(QStringLiteral("committees"),
                                            {{QStringLiteral("name"), QStringLiteral("Care Services PDS")}});
        const qint64 meeting = db->insert(
            QStringLiteral("meetings"), {{QStringLiteral("committee_id"), committee},
                                         {QStringLiteral("starts_at"), QStringLiteral("2016-12-06T19:00")}});
        db->insert(QStringLiteral("people"),
                   {{QStringLiteral("name"), QStringLiteral("Jo Bloggs")},
                    {QStringLiteral("kind"), QStringLiteral("officer")},
                    {QStringLiteral("job_title"), QStringLiteral("Strategic Director")},
                    {QStringLiteral("email"), QStringLiteral("jo.bloggs@example.gov.uk")}});
        auto add = [&](const char* ref, const char* owner, const char* due, const char* status) {
            db->insert(QStringLiteral("actions"), {{QStringLiteral("meeting_id"), meeting},
                                                   {QStringLiteral("reference"), QString::fromLatin1(ref)},
                                                   {QStringLiteral("text"), QStringLiteral("Report back")},
                                                   {QStringLiteral("owner"), QString::fromLatin1(owner)},
                                                   {QStringLiteral("due_date"), QString::fromLatin1(due)},
                                                   {QStringLiteral("status"), QString::fromLatin1(status)}});
        };
        add("56/1", "Strategic Director", "2017-01-10", "open");
        add("56/2", "Strategic Director", "2016-12-20", "in progress");
        add("57/1", "Head of HR", "2017-01-05", "open");
        add("57/2", "Head of HR", "2017-01-05", "done"); // done: not chased
        add("58/1", "Head of HR", "2017-03-01", "open"); // not yet due
        add("59/1", "", "2017-01-01", "open");           // no owner: chased last
        const auto groups = ActionRepository(*db).chaseList(committee, QDate(2017, 2, 1));
        QCOMPARE(groups.size(), 3);
        QCOMPARE(groups.at(0).owner, QStringLiteral("Head of HR"));
        QCOMPARE(groups.at(0).actions.size(), 1);
        QCOMPARE(groups.at(1).owner, QStringLiteral("Strategic Director"));
        QCOMPARE(groups.at(1).email, QStringLiteral("jo.bloggs@example.gov.uk"));
        QCOMPARE(groups.at(1).actions.size(), 2);
        QCOMPARE(groups.at(1).actions.at(0).reference, QStringLiteral("56/2")); // earliest due first
        QCOMPARE(groups.at(2).owner, QString());
    }
};

QTEST_GUILESS_MAIN(TestActionRepository)
#include "TestActionRepository.moc"
