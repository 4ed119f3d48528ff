// `scrutineer list KIND --db FILE [--json]` on the demo database.
#include "CliRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = CliRun;
Run run(const QStringList& args)
{
    return runScrutineer(args);
}

} // namespace

class TestListCommand : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const Run demo = run({QStringLiteral("demo"), QStringLiteral("--db"), m_db});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
    }

    void listsEveryKindAsJson_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("atLeast");
        QTest::newRow("meetings") << "meetings" << 5;
        QTest::newRow("items") << "items" << 15;
        QTest::newRow("actions") << "actions" << 20;
        QTest::newRow("milestones") << "milestones" << 30;
        QTest::newRow("indicators") << "indicators" << 8;
        QTest::newRow("figures") << "figures" << 8 * 12;
    }
    void listsEveryKindAsJson()
    {
        QFETCH(QString, kind);
        QFETCH(int, atLeast);
        const Run r =
            run({QStringLiteral("list"), kind, QStringLiteral("--db"), m_db, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QVERIFY2(doc.isArray(), qPrintable(error.errorString()));
        const QJsonArray rows = doc.array();
        QVERIFY2(rows.size() >= atLeast, qPrintable(QStringLiteral("%1 rows").arg(rows.size())));
        QSet<qint64> ids;
        for (const QJsonValue& v : rows) {
            QVERIFY(v.toObject().contains(QStringLiteral("id")));
            ids.insert(v.toObject().value(QStringLiteral("id")).toInteger());
        }
        QCOMPARE(ids.size(), rows.size());
    }

    void plainListHasAHeaderAndOneLinePerRow()
    {
        const Run json = run({QStringLiteral("list"), QStringLiteral("meetings"), QStringLiteral("--db"),
                              m_db, QStringLiteral("--json")});
        const Run text =
            run({QStringLiteral("list"), QStringLiteral("meetings"), QStringLiteral("--db"), m_db});
        QCOMPARE(text.exitCode, 0);
        const QList<QByteArray> lines = text.out.trimmed().split('\n');
        QVERIFY(lines.first().startsWith("id\tcommittee\tstarts_at"));
        QCOMPARE(lines.size() - 1, QJsonDocument::fromJson(json.out).array().size());
    }

    void badUsageExitsWithTwo()
    {
        QCOMPARE(
            run({QStringLiteral("list"), QStringLiteral("unicorns"), QStringLiteral("--db"), m_db}).exitCode,
            2);
        QCOMPARE(run({QStringLiteral("list"), QStringLiteral("meetings"), QStringLiteral("--frobnicate")})
                     .exitCode,
                 2);
    }

    void missingDatabaseIsExplained()
    {
        const Run r = run({QStringLiteral("list"), QStringLiteral("meetings"), QStringLiteral("--db"),
                           m_dir.filePath(QStringLiteral("nowhere.sqlite"))});
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.err.contains("There is no database"));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("nowhere.sqlite"))));
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestListCommand)
#include "TestListCommand.moc"
