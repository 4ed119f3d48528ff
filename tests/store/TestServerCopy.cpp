// Moving a committee's record between a file and a server (scrutineer copy), checked row for row;
// and search on the server giving what FTS5 gives on the file for the same record. Runs on the
// test server only (ctest: TestServerCopy.postgres).
#include "TestStore.h"
#include "store/DemoData.h"
#include "store/SearchRepository.h"
#include "store/StoreCopy.h"
#include "store/StoreSql.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

// The demo committee, with a kept PDF and a private note, in a new file.
std::unique_ptr<Database> demoFile(const QString& path)
{
    auto db = Database::open(path, s("admin"));
    DemoData::create(*db);
    const qint64 meeting = StoreSql::scalar(*db, s("SELECT MIN(id) FROM meetings")).toLongLong();
    QByteArray pdf("%PDF-1.4\n");
    for (int i = 0; i < 256; ++i)
        pdf.append(char(i)); // every byte value, the NUL among them
    db->insert(s("documents"), {{s("meeting_id"), meeting},
                                {s("file_name"), s("minutes.pdf")},
                                {s("sha256"), s("x")},
                                {s("bytes"), pdf}});
    db->insert(s("notes"), {{s("target_type"), s("meeting")},
                            {s("target_id"), meeting},
                            {s("text"), s("Ask about the agency spend – and the £ figures")},
                            {s("created_at"), s("2016-12-01")}});
    return db;
}

QString describe(const SearchResult& r)
{
    QStringList out;
    out << s("total %1").arg(r.total);
    if (!r.problem.isEmpty())
        out << s("problem: ") + r.problem;
    for (const SearchHit& h : r.hits)
        out << s("%1 %2 | %3 | %4")
                   .arg(h.kindCode())
                   .arg(h.id)
                   .arg(SearchHit::marked(h.heading, s("["), s("]")),
                        SearchHit::marked(h.snippet, s("["), s("]")));
    return out.join(u'\n');
}

} // namespace

class TestServerCopy : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!TestStore::onServer())
            QFAIL("TestServerCopy runs against the test server only (SCRUTINEER_TEST_ENGINE=postgres).");
    }

    void aFileCopiedToTheServerAndBackComparesEqualRowForRow()
    {
        QTemporaryDir dir;
        auto file = demoFile(dir.filePath(s("committee.sqlite")));
        auto server = Database::open(TestStore::newLocation(), s("admin"));
        const StoreCopy::Report there = StoreCopy::copy(*file, *server);
        QVERIFY2(there.equal(), qPrintable(there.differences.join(u'\n')));
        QVERIFY(there.rows > 500);
        // Everything came: the audit trail, the PDF byte for byte, the note, the logins.
        QCOMPARE(StoreSql::scalar(*server, s("SELECT COUNT(*) FROM audit_log")).toInt(),
                 StoreSql::scalar(*file, s("SELECT COUNT(*) FROM audit_log")).toInt());
        QCOMPARE(StoreSql::scalar(*server, s("SELECT bytes FROM documents WHERE file_name = 'minutes.pdf'"))
                     .toByteArray(),
                 StoreSql::scalar(*file, s("SELECT bytes FROM documents WHERE file_name = 'minutes.pdf'"))
                     .toByteArray());
        QVERIFY(
            StoreSql::scalar(*server, s("SELECT COUNT(*) FROM pg_roles WHERE rolname = 'a.clerk'")).toInt() ==
            1);
        // The server carries on from the copied ids, auditing as before.
        const qint64 next = server->insert(s("committees"), {{s("name"), s("Corporate Parenting Panel II")}});
        QVERIFY(next > StoreSql::scalar(*file, s("SELECT MAX(id) FROM committees")).toLongLong());
        QCOMPARE(StoreSql::scalar(
                     *server,
                     s("SELECT COUNT(*) FROM audit_log WHERE table_name = 'committees' AND row_id = ?"),
                     {next})
                     .toInt(),
                 1);

        // And back: a snapshot to read on a train.
        auto snapshot = Database::open(dir.filePath(s("snapshot.sqlite")), s("admin"));
        auto original = Database::open(dir.filePath(s("committee.sqlite")), s("admin"));
        server->remove(s("committees"), next);
        const StoreCopy::Report back = StoreCopy::copy(*server, *snapshot);
        QVERIFY2(back.equal(), qPrintable(back.differences.join(u'\n')));
        // The chain the server carried on (its own rows hashed by the server) checks out in the file,
        // where the hashes are computed by the program.
        const Database::AuditCheck chain = snapshot->verifyAuditTrail();
        QVERIFY2(chain.intact, qPrintable(chain.message));
        QVERIFY(server->verifyAuditTrail().intact);
        // The snapshot against the original file, but for the audit rows of the committee added and
        // removed on the server.
        const StoreCopy::Report same = StoreCopy::compare(*original, *snapshot);
        QStringList unexpected;
        for (const QString& d : same.differences)
            if (!d.startsWith(s("audit_log")) && !d.contains(s("more rows in")))
                unexpected << d;
        QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(u'\n')));
        QCOMPARE(StoreSql::scalar(*snapshot, s("SELECT COUNT(*) FROM audit_log")).toInt(),
                 StoreSql::scalar(*original, s("SELECT COUNT(*) FROM audit_log")).toInt() +
                     StoreSql::scalar(
                         *server,
                         s("SELECT COUNT(*) FROM audit_log WHERE table_name = 'committees' AND row_id = ?"),
                         {next})
                         .toInt());
        QCOMPARE(SearchRepository(*snapshot).search(s("caseload")).total,
                 SearchRepository(*original).search(s("caseload")).total);
    }

    void aDatabaseThatHoldsARecordIsNotCopiedOver()
    {
        QTemporaryDir dir;
        auto file = demoFile(dir.filePath(s("committee.sqlite")));
        auto server = Database::open(TestStore::newLocation(), s("admin"));
        server->insert(s("committees"), {{s("name"), s("Already here")}});
        try {
            StoreCopy::copy(*file, *server);
            QFAIL("copied over a record");
        } catch (const StoreError& e) {
            QVERIFY2(e.message().contains(s("already holds a record")), qPrintable(e.message()));
        }
        QCOMPARE(StoreSql::scalar(*server, s("SELECT COUNT(*) FROM committees")).toInt(), 1);
        QCOMPARE(StoreSql::scalar(*server, s("SELECT COUNT(*) FROM meetings")).toInt(), 0);
    }

    // The same record searched on the file (FTS5) and on the server (tsvector): the same hits, and
    // the same words marked in the same snippets.
    void searchGivesTheSameOnBothEngines_data()
    {
        QTest::addColumn<QString>("query");
        for (const char* q : {"caseload",
                              "caseloads",
                              "vacancy",
                              "\"caseload promise\"",
                              "recruit*",
                              "foster* OR adoption",
                              "caseload NOT agency",
                              "caseload -agency",
                              "(fostering OR adoption) sufficiency",
                              "Ofsted",
                              "OFSTED monitoring",
                              "56a",
                              "\"social workers\"",
                              "permanent staff",
                              "\"children in care",
                              "red AND green",
                              "the",
                              "plan NOT (milestone OR priority)",
                              "AND",
                              "\"\"",
                              "( )",
                              "Strategic Director",
                              "évidence"})
            QTest::newRow(q) << s(q);
    }
    void searchGivesTheSameOnBothEngines()
    {
        QFETCH(QString, query);
        static std::unique_ptr<Database> file, server;
        static QTemporaryDir dir;
        if (!file) {
            file = demoFile(dir.filePath(s("search.sqlite")));
            server = Database::open(TestStore::newLocation(), s("admin"));
            const StoreCopy::Report r = StoreCopy::copy(*file, *server);
            QVERIFY2(r.equal(), qPrintable(r.differences.join(u'\n')));
        }
        SearchFilter filter;
        filter.limit = 500; // every hit, so that the order of equal scores does not matter
        SearchResult onFile = SearchRepository(*file).search(query, filter);
        SearchResult onServer = SearchRepository(*server).search(query, filter);
        const auto byId = [](const SearchHit& a, const SearchHit& b) {
            return std::pair(int(a.kind), a.id) < std::pair(int(b.kind), b.id);
        };
        std::sort(onFile.hits.begin(), onFile.hits.end(), byId);
        std::sort(onServer.hits.begin(), onServer.hits.end(), byId);
        QCOMPARE(describe(onServer), describe(onFile));
        QCOMPARE(onServer.notice, onFile.notice);
    }
};

QTEST_GUILESS_MAIN(TestServerCopy)
#include "TestServerCopy.moc"
