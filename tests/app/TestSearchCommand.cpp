// scrutineer search: a query that starts with a dash ("-care", "-1") is a query, not an unknown
// option; "--" ends the options as usual.
#include "CliRun.h"

#include <QTemporaryDir>
#include <QTest>

namespace {
QString s(const char* text)
{
    return QString::fromUtf8(text);
}
} // namespace

class TestSearchCommand : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(s("demo.sqlite"));
        const CliRun demo = runScrutineer({s("demo"), s("--db"), m_db});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
    }

    void aLeadingDashIsPartOfTheQuery_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("-care") << QStringList{s("search"), s("--db"), m_db, s("-care")};
        QTest::newRow("-1") << QStringList{s("search"), s("--db"), m_db, s("-1")};
        QTest::newRow("-care after the query")
            << QStringList{s("search"), s("caseload"), s("-care"), s("--db"), m_db};
        QTest::newRow("-- then an option's name")
            << QStringList{s("search"), s("--db"), m_db, s("--"), s("--json")};
        QTest::newRow("--json then -1") << QStringList{s("search"), s("--json"), s("--db"), m_db, s("-1")};
    }
    void aLeadingDashIsPartOfTheQuery()
    {
        QFETCH(QStringList, args);
        const CliRun r = runScrutineer(args);
        QVERIFY2(!r.err.contains("Unknown option"), r.err.constData());
        // Either hits or a message about the query itself: never bad usage of the command.
        QVERIFY2(r.exitCode == 0 || (r.exitCode == 2 && !r.err.contains("usage") && !r.err.contains("Usage")),
                 QByteArray(r.out + r.err).constData());
    }

    void aWordAfterDashesIsSearchedFor()
    {
        // "caseload -agency": caseload, leaving out what mentions agency.
        const CliRun all = runScrutineer({s("search"), s("--db"), m_db, s("--json"), s("caseload")});
        const CliRun without =
            runScrutineer({s("search"), s("--db"), m_db, s("--json"), s("caseload"), s("-agency")});
        QCOMPARE(all.exitCode, 0);
        QCOMPARE(without.exitCode, 0);
        QVERIFY(without.out.count("\"kind\"") <= all.out.count("\"kind\""));
        QVERIFY(!without.out.toLower().contains("**agency"));
    }

    void realOptionsStillWork()
    {
        const CliRun r =
            runScrutineer({s("search"), s("--db"), m_db, s("--limit"), s("1"), s("--json"), s("caseload")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.count("\"kind\""), 1);
        QCOMPARE(
            runScrutineer({s("search"), s("--db"), m_db, s("--limit"), s("none"), s("caseload")}).exitCode,
            2);
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestSearchCommand)
#include "TestSearchCommand.moc"
