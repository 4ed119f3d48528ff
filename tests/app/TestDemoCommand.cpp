// `scrutineer demo --db FILE [--scale YEARS] [--seed N] [--force]`, run as a person would.
#include "CliRun.h"
#include "store/Database.h"
#include "store/StoreSql.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = CliRun;
Run run(const QStringList& args)
{
    return runScrutineer(args);
}

int count(const QString& path, const char* sql)
{
    auto db = Database::open(path, QStringLiteral("checker"));
    return StoreSql::scalar(*db, QString::fromLatin1(sql)).toInt();
}

} // namespace

class TestDemoCommand : public QObject
{
    Q_OBJECT
private slots:
    void createsASoundDemoDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.sqlite"));
        const Run r = run({QStringLiteral("demo"), QStringLiteral("--db"), path});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains(path.toUtf8()));
        auto db = Database::open(path, QStringLiteral("checker"));
        QCOMPARE(StoreSql::scalar(*db, QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        QCOMPARE(StoreSql::rows(*db, QStringLiteral("PRAGMA foreign_key_check")).size(), 0);
        QVERIFY(StoreSql::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM meetings")).toInt() >= 5);
        QCOMPARE(StoreSql::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM priorities")).toInt(), 10);
        // The person who ran the command administers the new database; the demo's users have their roles.
        QCOMPARE(
            StoreSql::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM users WHERE role = 'administrator'"))
                .toInt(),
            1);
        QCOMPARE(StoreSql::scalar(*db, QStringLiteral("SELECT role FROM users WHERE login = 'a.clerk'"))
                     .toString(),
                 QStringLiteral("clerk"));
        QCOMPARE(StoreSql::scalar(*db, QStringLiteral("SELECT role FROM users WHERE login = 'cllr.member'"))
                     .toString(),
                 QStringLiteral("member"));
        QCOMPARE(StoreSql::scalar(*db, QStringLiteral("SELECT role FROM users WHERE login = 'p.officer'"))
                     .toString(),
                 QStringLiteral("officer"));
    }

    void refusesToOverwriteWithoutForce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.sqlite"));
        QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--db"), path}).exitCode, 0);
        const int meetings = count(path, "SELECT COUNT(*) FROM meetings");

        const Run again = run({QStringLiteral("demo"), QStringLiteral("--db"), path});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains("already exists") && again.err.contains("--force"),
                 again.err.constData());
        QCOMPARE(count(path, "SELECT COUNT(*) FROM meetings"), meetings); // nothing added twice

        const Run forced =
            run({QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--force")});
        QVERIFY2(forced.exitCode == 0, forced.err.constData());
        QCOMPARE(count(path, "SELECT COUNT(*) FROM meetings"), meetings); // replaced, not appended
    }

    void forceReplacesAFileThatIsNotADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database\n");
        f.close();
        const Run refused = run({QStringLiteral("demo"), QStringLiteral("--db"), path});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(QFile(path).size() == 15); // untouched
        const Run forced =
            run({QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--force")});
        QVERIFY2(forced.exitCode == 0, forced.err.constData());
        QCOMPARE(count(path, "SELECT COUNT(*) FROM recommendations"), 23);
    }

    // --force on a database full of someone's figures keeps it, whole, as a backup beside it.
    void forceKeepsWhatItReplacesAsABackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("work.sqlite"));
        QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--db"), path}).exitCode, 0);
        {
            auto db = Database::open(path, QStringLiteral("officer"));
            StoreSql::exec(*db, QStringLiteral("UPDATE indicator_values SET value = 4242 WHERE id = 1"));
        }
        const Run forced =
            run({QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--force")});
        QVERIFY2(forced.exitCode == 0, forced.err.constData());
        QVERIFY2(forced.err.contains("is kept as"), forced.err.constData());
        const QStringList kept =
            QDir(dir.path()).entryList({QStringLiteral("work.sqlite.replaced-*.backup")});
        QCOMPARE(kept.size(), 1);
        QCOMPARE(count(dir.filePath(kept.first()), "SELECT value FROM indicator_values WHERE id = 1"), 4242);
        QVERIFY(count(path, "SELECT value FROM indicator_values WHERE id = 1") != 4242);
    }

    void badUsageSaysWhatToDo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no --db") << QStringList{QStringLiteral("demo")} << QStringLiteral("--db FILE");
        QTest::newRow("scale not a number")
            << QStringList{QStringLiteral("demo"), QStringLiteral("--db"), QStringLiteral("x.sqlite"),
                           QStringLiteral("--scale"), QStringLiteral("ten")}
            << QStringLiteral("--scale");
        QTest::newRow("seed not a number")
            << QStringList{QStringLiteral("demo"),    QStringLiteral("--db"), QStringLiteral("x.sqlite"),
                           QStringLiteral("--scale"), QStringLiteral("1"),    QStringLiteral("--seed"),
                           QStringLiteral("abc")}
            << QStringLiteral("--seed");
    }
    void badUsageSaysWhatToDo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QProcess p;
        p.setWorkingDirectory(dir.path());
        p.start(QStringLiteral(SCRUTINEER_BINARY), args);
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains(message.toUtf8()), err.constData());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.sqlite")))); // nothing created
    }

    void aFolderThatCannotBeWrittenIsReported()
    {
        const Run r = run({QStringLiteral("demo"), QStringLiteral("--db"),
                           QStringLiteral("/proc/no-such-folder/d.sqlite")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.trimmed().isEmpty());
    }

    void scaleGivesTheSameDatabaseForTheSameSeed()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.sqlite"));
        const QString b = dir.filePath(QStringLiteral("b.sqlite"));
        const QStringList common = {QStringLiteral("--scale"), QStringLiteral("1"), QStringLiteral("--seed"),
                                    QStringLiteral("42")};
        const Run ra = run(QStringList{QStringLiteral("demo"), QStringLiteral("--db"), a} + common);
        QVERIFY2(ra.exitCode == 0, ra.err.constData());
        QVERIFY2(ra.out.contains("50 meetings") && ra.out.contains("1000 items"), ra.out.constData());
        QCOMPARE(run(QStringList{QStringLiteral("demo"), QStringLiteral("--db"), b} + common).exitCode, 0);
        const Run la = run({QStringLiteral("list"), QStringLiteral("actions"), QStringLiteral("--db"), a,
                            QStringLiteral("--json")});
        const Run lb = run({QStringLiteral("list"), QStringLiteral("actions"), QStringLiteral("--db"), b,
                            QStringLiteral("--json")});
        QCOMPARE(la.exitCode, 0);
        QVERIFY(la.out.size() > 1000);
        QCOMPARE(la.out, lb.out);
    }
};

QTEST_GUILESS_MAIN(TestDemoCommand)
#include "TestDemoCommand.moc"
