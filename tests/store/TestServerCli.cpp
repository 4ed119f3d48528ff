// The command line against a server, as whoever looks after it lives it: server-init a new
// database, copy a committee's file there and back, and every --db taking the server's address.
// Runs the built scrutineer binary, against the test server only.
#include "../app/CliRun.h"
#include "TestStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString s(const char* text)
{
    return QString::fromUtf8(text);
}
QString text(const QByteArray& b)
{
    return QString::fromUtf8(b);
}
} // namespace

class TestServerCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!TestStore::onServer())
            QFAIL("TestServerCli runs against the test server only (SCRUTINEER_TEST_ENGINE=postgres).");
    }

    void aTeamMovesItsFileToANewServerDatabaseAndBack()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(s("committee.sqlite"));
        QCOMPARE(runScrutineer({s("demo"), s("--db"), file}).exitCode, 0);

        // A database the server does not have yet: server-init makes it, with its roles.
        const QString name = s("cli_%1").arg(QCoreApplication::applicationPid());
        const QString url = ServerAddress::parse(TestStore::serverUrl())->withDatabase(name).url(true);
        CliRun init = runScrutineer({s("server-init"), url, s("--admin"), s("j.smith")});
        QVERIFY2(init.exitCode == 0, init.err.constData());
        QVERIFY2(text(init.out).contains(s("Created the database %1").arg(name)), init.out.constData());
        QVERIFY2(text(init.out).contains(s("member: %1_member").arg(name)), init.out.constData());
        // Run again (an upgrade) it changes nothing and says so.
        QCOMPARE(runScrutineer({s("server-init"), url}).exitCode, 0);

        CliRun there = runScrutineer({s("copy"), s("--from"), file, s("--to"), url});
        QVERIFY2(there.exitCode == 0, there.err.constData());
        QVERIFY2(text(there.out).contains(s("equal to the original")), there.out.constData());
        // What was copied, each count with its own plural ("rows", "tables", never "row(s)").
        static const QRegularExpression copied(
            s("Copied \\d+ rows of \\d+ tables \\(\\d+ kept documents?, \\d+ audit entr(y|ies)\\) from "));
        QVERIFY2(copied.match(text(there.out)).hasMatch(), there.out.constData());
        // The audit trail came over with its chain, which the server carries on: verify finds it
        // intact there, as on the file, through the same launcher.
        CliRun verifyFile = runScrutineer({s("verify"), s("--db"), file, s("--json")});
        CliRun verifyServer = runScrutineer({s("verify"), s("--db"), url, s("--json")});
        QVERIFY2(verifyServer.exitCode == 0, verifyServer.err.constData());
        const QJsonObject fileCheck = QJsonDocument::fromJson(verifyFile.out).object();
        const QJsonObject serverCheck = QJsonDocument::fromJson(verifyServer.out).object();
        QVERIFY(serverCheck.value(s("intact")).toBool());
        QVERIFY(fileCheck.value(s("entries")).toInt() > 0);
        QCOMPARE(serverCheck.value(s("entries")).toInt(), fileCheck.value(s("entries")).toInt());

        // Every --db takes the server: the same meetings, the same search.
        CliRun onFile = runScrutineer({s("list"), s("meetings"), s("--db"), file, s("--json")});
        CliRun onServer = runScrutineer({s("list"), s("meetings"), s("--db"), url, s("--json")});
        QVERIFY2(onServer.exitCode == 0, onServer.err.constData());
        QCOMPARE(QJsonDocument::fromJson(onServer.out).array().size(),
                 QJsonDocument::fromJson(onFile.out).array().size());
        QVERIFY(QJsonDocument::fromJson(onFile.out).array().size() > 3);
        // The same hits with the same headings and snippets; the order may differ where bm25 and
        // ts_rank weigh a title against a body differently (the score is each engine's own).
        const auto hits = [](const QByteArray& json) {
            QStringList out;
            for (const QJsonValue& v : QJsonDocument::fromJson(json).array()) {
                QJsonObject o = v.toObject();
                o.remove(s("score"));
                out << text(QJsonDocument(o).toJson(QJsonDocument::Compact));
            }
            out.sort();
            return out;
        };
        CliRun searchFile = runScrutineer({s("search"), s("--db"), file, s("--json"), s("caseload promise")});
        CliRun searchServer =
            runScrutineer({s("search"), s("--db"), url, s("--json"), s("caseload promise")});
        QVERIFY(hits(searchFile.out).size() > 1);
        QCOMPARE(hits(searchServer.out), hits(searchFile.out));

        // And back, a snapshot to read with no network.
        const QString snapshot = dir.filePath(s("snapshot.sqlite"));
        CliRun back = runScrutineer({s("copy"), s("--from"), url, s("--to"), snapshot});
        QVERIFY2(back.exitCode == 0, back.err.constData());
        QVERIFY2(text(back.out).contains(s("equal to the original")), back.out.constData());
        CliRun verifyBack = runScrutineer({s("verify"), s("--db"), snapshot});
        QVERIFY2(verifyBack.exitCode == 0, verifyBack.err.constData());
        QVERIFY2(text(verifyBack.out).contains(s("is intact")), verifyBack.out.constData());
        // Into a file that exists only with --force.
        CliRun again = runScrutineer({s("copy"), s("--from"), url, s("--to"), snapshot});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(text(again.err).contains(s("already exists")), again.err.constData());
        TestStore::psql(TestStore::serverUrl(), s("DROP DATABASE \"%1\" WITH (FORCE);").arg(name));
    }

    void aWrongPasswordOnTheCommandLineSaysSo()
    {
        ServerAddress a = *ServerAddress::parse(TestStore::serverUrl());
        a.password = s("wrong");
        CliRun r = runScrutineer({s("list"), s("meetings"), s("--db"), a.url(true)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(text(r.err).contains(s("refused the password")), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestServerCli)
#include "TestServerCli.moc"
