// The `scrutineer` command as typed in a terminal with no display (a server, an ssh session, a
// cron job): --help and --version answer, the verbs that need no window run without loading any
// GUI library, and asking for the window says why it cannot open instead of crashing.
#include "CliRun.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Runs build/bin/scrutineer with no display at all (no QT_QPA_PLATFORM, DISPLAY or WAYLAND_DISPLAY).
CliRun runHeadless(const QStringList& args, const QStringList& extraEnv = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        env.remove(QString::fromLatin1(name));
    for (const QString& kv : extraEnv)
        env.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    return runScrutineer(args, env);
}

} // namespace

class TestLauncher : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const CliRun demo = runHeadless({QStringLiteral("demo"), QStringLiteral("--db"), m_db});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
    }

    void helpAndVersionNeedNoDisplay()
    {
        const CliRun help = runHeadless({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains("scrutineer search"), help.out.constData());
        QVERIFY(help.out.contains("--db FILE"));
        const CliRun version = runHeadless({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), QByteArray("scrutineer " SCRUTINEER_VERSION));
        // A verb's own help too.
        const CliRun searchHelp = runHeadless({QStringLiteral("search"), QStringLiteral("--help")});
        QVERIFY(searchHelp.out.contains("--json"));
    }

    void theWindowWithoutADisplaySaysWhy()
    {
        const CliRun window = runHeadless({QStringLiteral("--db"), m_db});
        QCOMPARE(window.exitCode, 1);
        QVERIFY2(window.err.contains("needs a display"), window.err.constData());
    }

    // What is loaded is what the dynamic linker reports (LD_DEBUG=libs): no Qt GUI module, no
    // Poppler, no xlsxwriter for the verbs that need none of them.
    void verbsThatNeedNoWindowLoadNoGuiLibrary_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("search") << QStringList{QStringLiteral("search"), QStringLiteral("--json"),
                                               QStringLiteral("caseload")};
        QTest::newRow("list") << QStringList{QStringLiteral("list"), QStringLiteral("meetings")};
        QTest::newRow("export calendar")
            << QStringList{QStringLiteral("export"), QStringLiteral("calendar"), QStringLiteral("--out"),
                           QStringLiteral("meetings.ics")};
        QTest::newRow("export actions csv")
            << QStringList{QStringLiteral("export"), QStringLiteral("actions"), QStringLiteral("--out"),
                           QStringLiteral("actions.csv")};
        // Minutes are read by the child (scrutineer-extract); the importer itself needs no Poppler.
        QTest::newRow("import") << QStringList{QStringLiteral("import"), QStringLiteral("--dry-run"),
                                               QStringLiteral("--json"), QStringLiteral("minutes.txt")};
    }

    void verbsThatNeedNoWindowLoadNoGuiLibrary()
    {
        QFETCH(QStringList, args);
        for (QString& a : args)
            if (a.endsWith(QLatin1String(".ics")) || a.endsWith(QLatin1String(".csv")) ||
                a.endsWith(QLatin1String(".txt")))
                a = m_dir.filePath(a);
        QFile minutes(m_dir.filePath(QStringLiteral("minutes.txt")));
        QVERIFY(minutes.open(QIODevice::WriteOnly));
        minutes.write("NORTH COUNCIL\n\n4.  PLAN UPDATE\nRESOLVED that the update be noted.\n");
        minutes.close();
        args << QStringLiteral("--db") << m_db;
        const CliRun run = runHeadless(args, {QStringLiteral("LD_DEBUG=libs")});
        QVERIFY2(run.exitCode == 0, run.err.right(2000).constData());
        QVERIFY2(run.err.contains("libQt6Core"), "LD_DEBUG=libs reported nothing");
        for (const char* library : {"libQt6Gui", "libQt6Widgets", "libQt6Charts", "libQt6PrintSupport",
                                    "libQt6Svg", "libpoppler", "libxlsxwriter"})
            QVERIFY2(!run.err.contains(library), library);
    }

    // Reading minutes is done by the command itself, with no hand-over: an exec of a second program
    // cost every import (a few milliseconds) before the reading child could start.
    void importIsDoneByTheCommandItself()
    {
        QFile minutes(m_dir.filePath(QStringLiteral("plain.txt")));
        QVERIFY(minutes.open(QIODevice::WriteOnly));
        minutes.write("SOUTH COUNCIL\n\n7.  BUDGET\nRESOLVED that the budget be agreed.\n");
        minutes.close();
        const CliRun run = runHeadless({QStringLiteral("import"), QStringLiteral("--dry-run"),
                                        QStringLiteral("--json"), minutes.fileName()},
                                       {QStringLiteral("LD_DEBUG=libs")});
        QVERIFY2(run.exitCode == 0, run.err.right(2000).constData());
        QVERIFY2(run.out.contains("BUDGET"), run.out.constData());
        // The dynamic linker says "initialize program" once per program started in this process.
        QCOMPARE(run.err.count("initialize program:"), 1);
    }

    // The verbs that draw are handed to the full program, which needs no display for them either.
    void aPdfIsDrawnWithoutADisplay()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("minutes.pdf"));
        const CliRun run =
            runHeadless({QStringLiteral("export"), QStringLiteral("minutes"), QStringLiteral("--db"), m_db,
                         QStringLiteral("--meeting"), QStringLiteral("1"), QStringLiteral("--out"), pdf});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5).startsWith("%PDF"));
    }

    // The window's program (the same for the window as for these verbs) reads and draws minutes
    // PDFs in the extract child only: it does not load Poppler, nor Poppler's dozen libraries.
    void theWindowsProgramLoadsNoPoppler()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("briefing.pdf"));
        const CliRun run =
            runHeadless({QStringLiteral("export"), QStringLiteral("briefing"), QStringLiteral("--db"), m_db,
                         QStringLiteral("--meeting"), QStringLiteral("1"), QStringLiteral("--out"), pdf},
                        {QStringLiteral("LD_DEBUG=libs")});
        QVERIFY2(run.exitCode == 0, run.err.right(2000).constData());
        QVERIFY2(run.err.contains("libQt6Widgets"), "LD_DEBUG=libs reported nothing of the window's program");
        QVERIFY(!run.err.contains("libpoppler"));
    }
};

QTEST_GUILESS_MAIN(TestLauncher)
#include "TestLauncher.moc"
