// scrutineer import-figures: exit 0 when imported; otherwise non-zero, each bad line named, nothing saved.
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestImportFigures : public QObject
{
    Q_OBJECT
private slots:
    void importsOrSavesNothing()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("d.sqlite"));
        QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--db"), db}), 0);
        const QString good =
            write(dir, QStringLiteral("good.csv"),
                  "period,team,indicator,value\n2018-07,Referral and Assessment,referrals,241\n");
        const QString bad = write(dir, QStringLiteral("bad.csv"),
                                  "period,team,indicator,value\n2018-08,Referral and "
                                  "Assessment,referrals,250\n2018-08,Referral and Assessment,referrals,-1\n");
        QCOMPARE(run({QStringLiteral("import-figures"), QStringLiteral("--db"), db, good}), 0);
        QByteArray err;
        QVERIFY(run({QStringLiteral("import-figures"), QStringLiteral("--db"), db, bad}, &err) != 0);
        QVERIFY2(err.contains("line 3, column value"), err.constData());
        QVERIFY(err.contains("Nothing was imported"));
        QByteArray out;
        run({QStringLiteral("list"), QStringLiteral("figures"), QStringLiteral("--db"), db}, nullptr, &out);
        QVERIFY(out.contains("2018-07"));
        QVERIFY(!out.contains("2018-08"));
        QCOMPARE(run({QStringLiteral("import-figures"), QStringLiteral("--db"), db}), 2);
    }

    // Two people import at the same moment: both imports succeed (the second waits for the first's
    // lock instead of being refused within a tenth of a second), and every figure of both is saved.
    void twoImportsAtOnceBothSucceed()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("d.sqlite"));
        QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--db"), db}), 0);
        QByteArray before;
        run({QStringLiteral("list"), QStringLiteral("figures"), QStringLiteral("--db"), db}, nullptr,
            &before);
        // Two files of different months, big enough that the imports overlap.
        QStringList files;
        for (int f = 0; f < 2; ++f) {
            QByteArray csv = "period,team,indicator,value\n";
            for (int year = 1991 + 12 * f; year < 2003 + 12 * f; ++year)
                for (int month = 1; month <= 12; ++month)
                    for (const char* key : {"referrals", "cp_plans", "children_looked_after"})
                        csv += QStringLiteral("%1-%2,Referral and Assessment,%3,%4\n")
                                   .arg(year)
                                   .arg(month, 2, 10, QLatin1Char('0'))
                                   .arg(QLatin1String(key))
                                   .arg(100 + month)
                                   .toUtf8();
            files << write(dir, QStringLiteral("figures%1.csv").arg(f), csv.constData());
        }
        int succeeded = 0;
        for (int round = 0; round < 3; ++round) {
            QProcess a, b;
            a.start(QStringLiteral(SCRUTINEER_BINARY),
                    {QStringLiteral("import-figures"), QStringLiteral("--db"), db, files.at(round % 2)});
            b.start(
                QStringLiteral(SCRUTINEER_BINARY),
                {QStringLiteral("import-figures"), QStringLiteral("--db"), db, files.at((round + 1) % 2)});
            QVERIFY(a.waitForFinished(120000) && b.waitForFinished(120000));
            QVERIFY2(a.exitCode() == 0, a.readAllStandardError().constData());
            QVERIFY2(b.exitCode() == 0, b.readAllStandardError().constData());
            succeeded += 2;
        }
        QCOMPARE(succeeded, 6);
        QByteArray after;
        run({QStringLiteral("list"), QStringLiteral("figures"), QStringLiteral("--db"), db}, nullptr, &after);
        QCOMPARE(after.count('\n') - before.count('\n'), 2 * 12 * 12 * 3);
    }

    // A value that looks like a number but is not the figure is refused on its line; a file of many
    // bad lines prints a hundred of them and how many more there are.
    void wrongFiguresAreRefusedAndManyErrorsAreCounted()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("d.sqlite"));
        QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--db"), db}), 0);
        QByteArray err;
        const QString odd =
            write(dir, QStringLiteral("odd.csv"),
                  "period,team,indicator,value\n2018-07,Referral and Assessment,referrals,1e308\n"
                  "2018-08,Referral and Assessment,referrals,\"1,2,3\"\n2018-09,Referral and "
                  "Assessment,referrals,50%\n");
        QVERIFY(run({QStringLiteral("import-figures"), QStringLiteral("--db"), db, odd}, &err) != 0);
        QVERIFY2(err.contains("line 2, column value") && err.contains("line 3, column value") &&
                     err.contains("line 4, column value"),
                 err.constData());
        QByteArray many = "period,team,indicator,value\n";
        for (int i = 0; i < 5000; ++i)
            many += "2018-07,Referral and Assessment,referrals,x\n";
        const QString bad = write(dir, QStringLiteral("many.csv"), many.constData());
        QVERIFY(run({QStringLiteral("import-figures"), QStringLiteral("--db"), db, bad}, &err) != 0);
        QCOMPARE(err.count("column value"), 100);
        QVERIFY2(err.contains("4900 more errors (5000 in all)"), err.right(300).constData());
    }

private:
    static QString write(QTemporaryDir& dir, const QString& name, const char* text)
    {
        QFile f(dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(text);
        return f.fileName();
    }
    static int run(const QStringList& args, QByteArray* err = nullptr, QByteArray* out = nullptr)
    {
        QProcess p;
        p.start(QStringLiteral(SCRUTINEER_BINARY), args);
        p.waitForFinished(60000);
        if (err)
            *err = p.readAllStandardError();
        if (out)
            *out = p.readAllStandardOutput();
        return p.exitCode();
    }
};

QTEST_GUILESS_MAIN(TestImportFigures)
#include "TestImportFigures.moc"
