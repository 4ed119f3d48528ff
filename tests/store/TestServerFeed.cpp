// What a colleague changes reaches the other windows by itself (LISTEN/NOTIFY through ChangeFeed),
// also after the connection was lost and made again. Runs on the test server only.
#include "TestStore.h"
#include "store/ChangeFeed.h"
#include "store/StoreSql.h"

#include <QSignalSpy>
#include <QTest>

namespace {
QString s(const char* text)
{
    return QString::fromUtf8(text);
}
} // namespace

class TestServerFeed : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!TestStore::onServer())
            QFAIL("TestServerFeed runs against the test server only (SCRUTINEER_TEST_ENGINE=postgres).");
    }

    void aColleaguesChangeArrivesWithinMoments()
    {
        const QString location = TestStore::newLocation();
        auto mine = Database::open(location, s("admin"));
        auto theirs = Database::open(location, s("admin"));
        ChangeFeed feed(*mine);
        QSignalSpy changed(&feed, &ChangeFeed::changed);
        // My own change is not announced to me: my window has shown it already.
        mine->insert(s("committees"), {{s("name"), s("Mine")}});
        QVERIFY(!changed.wait(700));
        theirs->insert(s("committees"), {{s("name"), s("Theirs")}});
        QVERIFY(changed.wait(2000));
        QCOMPARE(changed.first().first().toStringList(), QStringList{s("committees")});
        // Several changes at once come as one.
        changed.clear();
        {
            Database::Transaction t(*theirs);
            const qint64 c = StoreSql::scalar(*theirs, s("SELECT MIN(id) FROM committees")).toLongLong();
            theirs->insert(s("meetings"), {{s("committee_id"), c}, {s("starts_at"), s("2017-01-10T19:00")}});
            theirs->insert(s("meetings"), {{s("committee_id"), c}, {s("starts_at"), s("2017-02-10T19:00")}});
            t.commit();
        }
        QVERIFY(changed.wait(2000));
        QTest::qWait(400);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toStringList(), QStringList{s("meetings")});
    }

    void theFeedListensAgainAfterTheConnectionWasLost()
    {
        const QString location = TestStore::newLocation();
        auto mine = Database::open(location, s("admin"));
        auto theirs = Database::open(location, s("admin"));
        ChangeFeed feed(*mine);
        feed.setHeartbeatInterval(200);
        QSignalSpy changed(&feed, &ChangeFeed::changed);
        const QString pid = StoreSql::scalar(*mine, s("SELECT pg_backend_pid()")).toString();
        QCOMPARE(TestStore::psql(TestStore::serverUrl(), s("SELECT pg_terminate_backend(%1);").arg(pid)), 0);
        QTest::qWait(600); // the heartbeat notices, and connects again
        QVERIFY(StoreSql::scalar(*mine, s("SELECT pg_backend_pid()")).toString() != pid);
        theirs->insert(s("committees"), {{s("name"), s("After the restart")}});
        QVERIFY(changed.wait(2000));
        QVERIFY(changed.last().first().toStringList().contains(s("committees")));
        QVERIFY(feed.isConnected());
    }
};

QTEST_GUILESS_MAIN(TestServerFeed)
#include "TestServerFeed.moc"
