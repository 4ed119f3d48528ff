// Exempt (Part 2) business stays out of every output meant for anyone: a canary word is planted in
// an exempt item (its title, text, resolution, action and a declaration on it), and each public
// output of the command line is searched for it; with --confidential it is there.
#include "CliRun.h"
#include "store/Database.h"
#include "store/StoreSql.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

const char* kCanary = "Quokkaconfidential";

QByteArray fileText(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestConfidentialOutputs : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(s("demo.sqlite"));
        const CliRun demo = runScrutineer({s("demo"), s("--db"), m_db});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        auto db = Database::open(m_db, Database::defaultLogin()); // the demo's first user: administrator
        m_meeting =
            StoreSql::scalar(*db, s("SELECT id FROM meetings ORDER BY starts_at DESC LIMIT 1")).toLongLong();
        const QString canary = QString::fromLatin1(kCanary);
        const qint64 item =
            db->insert(s("agenda_items"), {{s("meeting_id"), m_meeting},
                                           {s("minute_number"), s("99")},
                                           {s("sort_key"), s("0099")},
                                           {s("position"), 99},
                                           {s("title"), s("Staffing matter %1").arg(canary)},
                                           {s("minutes_text"), s("The %1 case was discussed.").arg(canary)},
                                           {s("exempt"), 1}});
        const qint64 resolution =
            db->insert(s("resolutions"), {{s("item_id"), item},
                                          {s("number"), 1},
                                          {s("text"), s("That the %1 report be noted.").arg(canary)}});
        db->insert(s("actions"), {{s("meeting_id"), m_meeting},
                                  {s("item_id"), item},
                                  {s("resolution_id"), resolution},
                                  {s("reference"), s("99/1")},
                                  {s("text"), s("Write to %1 about the outcome").arg(canary)},
                                  {s("owner"), s("Director of People")},
                                  {s("due_date"), s("2030-01-31")}});
    }

    void publicOutputsLeaveExemptBusinessOut_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("file"); // the output file, or empty: stdout
        const QString dir = m_dir.path() + QLatin1Char('/');
        QTest::newRow("export actions csv")
            << QStringList{s("export"), s("actions"), s("--out"), dir + s("actions.csv")}
            << dir + s("actions.csv");
        QTest::newRow("search") << QStringList{s("search"), s("Quokkaconfidential")} << QString();
        QTest::newRow("search --json")
            << QStringList{s("search"), s("--json"), s("Quokkaconfidential")} << QString();
        QTest::newRow("list items") << QStringList{s("list"), s("items")} << QString();
        QTest::newRow("list items --json") << QStringList{s("list"), s("items"), s("--json")} << QString();
        QTest::newRow("list actions") << QStringList{s("list"), s("actions")} << QString();
    }
    void publicOutputsLeaveExemptBusinessOut()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, file);
        CliRun r = runScrutineer(args + QStringList{s("--db"), m_db});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QByteArray out = file.isEmpty() ? r.out : fileText(file);
        QVERIFY2(!out.contains(kCanary), out.left(2000).constData());
        QVERIFY(!r.err.contains(kCanary));
        // Asked for, the exempt business is there: the canary is real.
        r = runScrutineer(args + QStringList{s("--db"), m_db, s("--confidential")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        out = file.isEmpty() ? r.out : fileText(file);
        QVERIFY2(out.contains(kCanary), out.left(2000).constData());
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_meeting = 0;
};

QTEST_GUILESS_MAIN(TestConfidentialOutputs)
#include "TestConfidentialOutputs.moc"
