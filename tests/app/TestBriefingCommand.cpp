// `scrutineer export briefing --db FILE --meeting ID --out FILE.pdf [--confidential]`, run as a
// clerk would before a meeting: a PDF with every section, exempt text only in the confidential
// pack, and bad usage explained with exit status 2.
#include "reports/BriefingPack.h"
#include "store/Database.h"
#include "store/StoreSql.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QStringList& args)
{
    QProcess p;
    p.start(s(SCRUTINEER_BINARY), args);
    if (!p.waitForFinished(180000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

// The text of each page (pdftotext separates pages with form feeds), spaces squeezed.
QStringList pagesOf(const QString& pdf)
{
    QProcess p;
    p.start(s("pdftotext"), {s("-layout"), pdf, s("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    QStringList pages;
    for (const QString& page : QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\f')))
        if (!page.trimmed().isEmpty())
            pages << page.simplified();
    return pages;
}

} // namespace

class TestBriefingCommand : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(s("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is needed to read the pack back");
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(s("demo.sqlite"));
        const Run demo = run({s("demo"), s("--db"), m_db});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        auto db = Database::open(m_db, s("checker"));
        m_meeting = StoreSql::scalar(*db, s("SELECT id FROM meetings WHERE starts_at LIKE '2016-12-06%'"))
                        .toLongLong();
        QVERIFY(m_meeting > 0);
    }

    void writesAPdfWithEverySection()
    {
        const QString out = m_dir.filePath(s("pack.pdf"));
        const Run r = run({s("export"), s("briefing"), s("--db"), m_db, s("--meeting"),
                           QString::number(m_meeting), s("--out"), out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile pdf(out);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        const QStringList pages = pagesOf(out);
        QVERIFY(pages.size() >= 3);
        const QString text = pages.join(QLatin1Char(' '));
        QVERIFY(!BriefingPack::sectionHeadings().isEmpty());
        for (const QString& heading : BriefingPack::sectionHeadings())
            QVERIFY2(text.contains(heading), qPrintable(heading));
        QVERIFY(text.contains(s("Tuesday 6 December 2016")));
        QVERIFY(text.contains(s("Page 1 of %1").arg(pages.size())));
        // The public pack leaves the exempt (Part 2) item out, and says only that something was left out.
        QVERIFY(!text.contains(s("tender evaluation")));
        QVERIFY(!text.contains(s("FOSTERING AGENCY")));
        QVERIFY(!text.contains(BriefingPack::confidentialMarking()));
        QVERIFY(text.contains(s("exempt (Part 2) item")));
        // To look at it: SCRUTINEER_KEEP_PACKS=/some/folder
        if (const QString keep = qEnvironmentVariable("SCRUTINEER_KEEP_PACKS"); !keep.isEmpty())
            QFile::copy(out, keep + s("/briefing-command.pdf"));
    }

    void theConfidentialPackHoldsTheExemptItemOnEveryMarkedPage()
    {
        const QString out = m_dir.filePath(s("confidential.pdf"));
        const Run r = run({s("export"), s("briefing"), s("--db"), m_db, s("--meeting"),
                           QString::number(m_meeting), s("--out"), out, s("--confidential")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QStringList pages = pagesOf(out);
        QVERIFY(pages.size() >= 3);
        const QString text = pages.join(QLatin1Char(' '));
        QVERIFY(text.contains(s("tender evaluation")));
        QVERIFY(text.contains(s("INDEPENDENT FOSTERING AGENCY PLACEMENTS")));
        for (int i = 0; i < pages.size(); ++i)
            QVERIFY2(pages.at(i).contains(s("CONFIDENTIAL – NOT FOR PUBLICATION")),
                     qPrintable(s("page %1").arg(i + 1)));
        if (const QString keep = qEnvironmentVariable("SCRUTINEER_KEEP_PACKS"); !keep.isEmpty())
            QFile::copy(out, keep + s("/briefing-command-confidential.pdf"));
    }

    void badUsageExitsTwoWithAMessage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        const QString out = s("/tmp/never-written-by-TestBriefingCommand.pdf");
        QTest::newRow("no meeting") << QStringList{s("--out"), out} << s("--meeting");
        QTest::newRow("meeting not a number")
            << QStringList{s("--meeting"), s("December"), s("--out"), out} << s("--meeting");
        QTest::newRow("meeting zero")
            << QStringList{s("--meeting"), s("0"), s("--out"), out} << s("--meeting");
        QTest::newRow("no out") << QStringList{s("--meeting"), s("1")} << s("--out");
        QTest::newRow("unknown option")
            << QStringList{s("--meeting"), s("1"), s("--out"), out, s("--secret")} << s("secret");
    }
    void badUsageExitsTwoWithAMessage()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const Run r = run(QStringList{s("export"), s("briefing"), s("--db"), m_db} + args);
        QCOMPARE(r.exitCode, 2);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(says), qPrintable(err));
        QVERIFY(!QFile::exists(s("/tmp/never-written-by-TestBriefingCommand.pdf")));
    }

    void anUnknownMeetingOrMissingDatabaseIsExplained()
    {
        const QString out = m_dir.filePath(s("unknown.pdf"));
        const Run unknown =
            run({s("export"), s("briefing"), s("--db"), m_db, s("--meeting"), s("999999"), s("--out"), out});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("999999"), unknown.err.constData());
        QVERIFY(!QFile::exists(out));

        const Run missing = run({s("export"), s("briefing"), s("--db"), m_dir.filePath(s("none.sqlite")),
                                 s("--meeting"), QString::number(m_meeting), s("--out"), out});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains("scrutineer demo"), missing.err.constData());
        QVERIFY(!QFile::exists(out));
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_meeting = 0;
};

QTEST_MAIN(TestBriefingCommand)
#include "TestBriefingCommand.moc"
