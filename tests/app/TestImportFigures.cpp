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
        const QString good = write(dir, QStringLiteral("good.csv"), "period,team,indicator,value\n2018-07,Referral and Assessment,referrals,241\n");
        const QString bad = write(dir, QStringLiteral("bad.csv"),
                                  "period,team,indicator,value\n2018-08,Referral and Assessment,referrals,250\n2018-08,Referral and Assessment,referrals,-1\n");
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
