// The clerk's exports run from a shell on the demo database:
// `scrutineer export minutes|actions|calendar …` — files written, exempt text kept out of public
// minutes, every row of the log, one event per meeting, bad usage told (exit 2).
#include "CliRun.h"
#include "store/Database.h"
#include "store/StoreSql.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

} // namespace

class TestClerkCommands : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("QT_QPA_PLATFORM", "offscreen");
        m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const CliRun demo = runScrutineer({QStringLiteral("demo"), QStringLiteral("--db"), m_db});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        auto db = Database::open(m_db, QStringLiteral("checker"));
        // The demo's meeting with an exempt (Part 2) item, and a line of that item's text.
        m_meeting = StoreSql::scalar(
                        *db, QStringLiteral("SELECT meeting_id FROM agenda_items WHERE exempt = 1 LIMIT 1"))
                        .toLongLong();
        QVERIFY(m_meeting > 0);
        m_exemptTitle =
            StoreSql::scalar(*db, QStringLiteral("SELECT title FROM agenda_items WHERE exempt = 1 LIMIT 1"))
                .toString();
        m_publicResolution =
            StoreSql::scalar(
                *db,
                QStringLiteral("SELECT r.text FROM resolutions r JOIN agenda_items i ON i.id = r.item_id "
                               "WHERE i.meeting_id = ? AND i.exempt = 0 ORDER BY r.id LIMIT 1"),
                {m_meeting})
                .toString();
        // The public log leaves out the actions raised under exempt (Part 2) items.
        m_actions =
            StoreSql::scalar(
                *db, QStringLiteral("SELECT COUNT(*) FROM actions a LEFT JOIN agenda_items i ON i.id = "
                                    "a.item_id WHERE COALESCE(i.exempt, 0) = 0"))
                .toInt();
        m_meetings =
            StoreSql::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM meetings WHERE committee_id = 1"))
                .toInt();
        QVERIFY(!m_publicResolution.isEmpty());
    }

    void minutesLeaveOutExemptItemsUnlessAsked()
    {
        const QString pub = m_dir.filePath(QStringLiteral("public.pdf"));
        const QString conf = m_dir.filePath(QStringLiteral("confidential.pdf"));
        const QString id = QString::number(m_meeting);
        CliRun r = runScrutineer({QStringLiteral("export"), QStringLiteral("minutes"), QStringLiteral("--db"),
                                  m_db, QStringLiteral("--meeting"), id, QStringLiteral("--out"), pub});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = runScrutineer({QStringLiteral("export"), QStringLiteral("minutes"), QStringLiteral("--db"), m_db,
                           QStringLiteral("--meeting"), id, QStringLiteral("--out"), conf,
                           QStringLiteral("--confidential")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString publicText = pdfText(pub);
        const QString confidentialText = pdfText(conf);
        const QString resolution = m_publicResolution.simplified().left(40);
        QVERIFY2(publicText.contains(resolution, Qt::CaseInsensitive), qPrintable(resolution));
        QVERIFY(!publicText.contains(m_exemptTitle, Qt::CaseInsensitive));
        QVERIFY(confidentialText.contains(m_exemptTitle, Qt::CaseInsensitive));
    }

    void actionLogHasEveryActionInBothFormats()
    {
        const QString csv = m_dir.filePath(QStringLiteral("log.csv"));
        const QString xlsx = m_dir.filePath(QStringLiteral("log.xlsx"));
        CliRun r =
            runScrutineer({QStringLiteral("export"), QStringLiteral("actions"), QStringLiteral("--db"), m_db,
                           QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), csv});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().trimmed().count('\n'), m_actions); // a header, then one line per action
        r = runScrutineer({QStringLiteral("export"), QStringLiteral("actions"), QStringLiteral("--db"), m_db,
                           QStringLiteral("--out"), xlsx});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile book(xlsx);
        QVERIFY(book.open(QIODevice::ReadOnly));
        QCOMPARE(book.read(2), QByteArray("PK"));
        r = runScrutineer({QStringLiteral("export"), QStringLiteral("actions"), QStringLiteral("--db"), m_db,
                           QStringLiteral("--format"), QStringLiteral("docx"), QStringLiteral("--out"), csv});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("csv or xlsx"));
    }

    void calendarHasOneEventPerMeeting()
    {
        const QString ics = m_dir.filePath(QStringLiteral("meetings.ics"));
        const CliRun r =
            runScrutineer({QStringLiteral("export"), QStringLiteral("calendar"), QStringLiteral("--db"), m_db,
                           QStringLiteral("--committee"), QStringLiteral("1"), QStringLiteral("--out"), ics});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile file(ics);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.startsWith("BEGIN:VCALENDAR\r\n"));
        QCOMPARE(text.count("BEGIN:VEVENT"), m_meetings);
        QCOMPARE(text.count("END:VEVENT"), m_meetings);
    }

    void badUsageIsExplained_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("hint");
        QTest::newRow("no meeting") << QStringList{QStringLiteral("--out"), QStringLiteral("x.pdf")}
                                    << QByteArray("--meeting");
        QTest::newRow("meeting not a number")
            << QStringList{QStringLiteral("--meeting"), QStringLiteral("sixth"), QStringLiteral("--out"),
                           QStringLiteral("x.pdf")}
            << QByteArray("--meeting");
        QTest::newRow("no out") << QStringList{QStringLiteral("--meeting"), QStringLiteral("2")}
                                << QByteArray("--out");
    }

    void badUsageIsExplained()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, hint);
        const CliRun r = runScrutineer(
            QStringList{QStringLiteral("export"), QStringLiteral("minutes"), QStringLiteral("--db"), m_db} +
            args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(hint), r.err.constData());
    }

    void aMeetingThatDoesNotExistIsNamed()
    {
        const CliRun r =
            runScrutineer({QStringLiteral("export"), QStringLiteral("minutes"), QStringLiteral("--db"), m_db,
                           QStringLiteral("--meeting"), QStringLiteral("9999"), QStringLiteral("--out"),
                           m_dir.filePath(QStringLiteral("none.pdf"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("9999"));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.pdf"))));
    }

private:
    QTemporaryDir m_dir;
    QString m_db, m_exemptTitle, m_publicResolution;
    qint64 m_meeting = 0;
    int m_actions = 0, m_meetings = 0;
};

QTEST_GUILESS_MAIN(TestClerkCommands)
#include "TestClerkCommands.moc"
