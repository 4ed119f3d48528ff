#include "TestStore.h"
#include "store/Database.h"
#include "store/DemoData.h"
#include "store/FigureImport.h"
#include "store/StoreSql.h"

#include <QStringEncoder>
#include <QTest>

class TestFigureImport : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_db = TestStore::open(QStringLiteral("admin"));
        DemoData::create(*m_db);
        m_before = count();
    }

    void goodFileIsImported()
    {
        const auto r = FigureImport::import(
            *m_db, QStringLiteral("Period,Team,Indicator,Value,Note\n"
                                  "2018-07,Referral and Assessment,referrals,241,\n"
                                  "Aug 2018,Referral and Assessment,Referrals to children's social "
                                  "care,\"1,200\",\"spike, checked\"\n"
                                  "07/2018,Children's Social Care (all teams),permanent_staff_pct,85%,\n"));
        QVERIFY2(r.ok(), qPrintable(r.errors.join(QLatin1Char('\n'))));
        QCOMPARE(r.rows.size(), 3);
        QCOMPARE(count(), m_before + 3);
        QCOMPARE(StoreSql::scalar(
                     *m_db, QStringLiteral("SELECT note FROM indicator_values WHERE period = '2018-08'"))
                     .toString(),
                 QStringLiteral("spike, checked"));
        QCOMPARE(StoreSql::scalar(
                     *m_db, QStringLiteral("SELECT value FROM indicator_values WHERE period = '2018-08'"))
                     .toDouble(),
                 1200.0);
    }

    void vacanciesAreCheckedAgainstThePostsInTheSameFile()
    {
        // Vacancies before the posts they belong to: judged on the month as the file leaves it.
        auto r = FigureImport::import(
            *m_db, QStringLiteral("period,team,indicator,value\n"
                                  "2030-01,Children's Social Care (all teams),vacancies,20\n"
                                  "2030-01,Children's Social Care (all teams),established_posts,215\n"));
        QVERIFY2(r.ok(), qPrintable(r.errors.join(QLatin1Char('\n'))));
        QCOMPARE(count(), m_before + 2);
        const int saved = count();
        // Both lowered together: fine, though the posts alone would fall below the old vacancies.
        r = FigureImport::import(
            *m_db, QStringLiteral("period,team,indicator,value\n"
                                  "2030-01,Children's Social Care (all teams),established_posts,15\n"
                                  "2030-01,Children's Social Care (all teams),vacancies,15\n"));
        QVERIFY2(r.ok(), qPrintable(r.errors.join(QLatin1Char('\n'))));
        QCOMPARE(count(), saved);
        r = FigureImport::import(
            *m_db, QStringLiteral("period,team,indicator,value\n"
                                  "2030-02,Children's Social Care (all teams),referrals,100\n"
                                  "2030-02,Children's Social Care (all teams),established_posts,10\n"
                                  "2030-02,Children's Social Care (all teams),vacancies,11\n"));
        QVERIFY(!r.ok());
        QVERIFY(r.rows.isEmpty());
        QVERIFY2(r.errors.join(QLatin1Char('\n')).contains(QStringLiteral("line 4")),
                 qPrintable(r.errors.join(QLatin1Char('\n'))));
        QCOMPARE(count(), saved);
    }

    void badRowsSaveNothingAndEachIsNamed()
    {
        const auto r = FigureImport::import(
            *m_db, QStringLiteral("period;team;indicator;value\n"
                                  "2018-07;Referral and Assessment;referrals;241\n"
                                  "2018-07;Nowhere Team;referrals;10\n"
                                  "2018-13;Referral and Assessment;referrals;10\n"
                                  "2018-08;Referral and Assessment;referrals;-4\n"
                                  "2018-08;Referral and Assessment;caseload_average;15\n"
                                  "2018-09;Children's Social Care (all teams);permanent_staff_pct;120\n"));
        QVERIFY(!r.ok());
        QCOMPARE(count(), m_before);
        const QString all = r.errors.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("line 3, column team")), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("line 4, column period")));
        QVERIFY(all.contains(QStringLiteral("line 5, column value")));
        QVERIFY(all.contains(QStringLiteral("line 6, column indicator")));
        QVERIFY(all.contains(QStringLiteral("line 7, column value")));
        QVERIFY(!all.contains(QStringLiteral("line 2,")));
        QCOMPARE(r.errors.size(), 5);
    }

    void emptyCellsAreCalledMissing()
    {
        const auto r = FigureImport::import(*m_db, QStringLiteral("period,team,indicator,value\n"
                                                                  ",Referral and Assessment,referrals,10\n"
                                                                  "2018-07,,referrals,10\n"
                                                                  "2018-07,Referral and Assessment,,10\n"));
        QVERIFY(!r.ok());
        QCOMPARE(count(), m_before);
        const QString all = r.errors.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("line 2, column period")) &&
                     all.contains(QStringLiteral("month is missing")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("line 3, column team")) &&
                     all.contains(QStringLiteral("team is missing")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("line 4, column indicator")) &&
                     all.contains(QStringLiteral("indicator is missing")),
                 qPrintable(all));
        QVERIFY(!all.contains(QStringLiteral("“”")));
    }

    void headerMustNameTheColumns()
    {
        const auto r = FigureImport::import(*m_db, QStringLiteral("when,who,what\n2018-07,A,b\n"));
        QVERIFY(!r.ok());
        QVERIFY(r.errors.first().startsWith(QStringLiteral("line 1")));
        QVERIFY(!FigureImport::import(*m_db, QString()).ok());
        QCOMPARE(count(), m_before);
    }

    void quotedLineBreaksKeepLineNumbersTrue()
    {
        const auto r = FigureImport::check(
            *m_db, QStringLiteral("period,team,indicator,value,note\n"
                                  "2018-07,Referral and Assessment,referrals,241,\"two\nlines\"\n"
                                  "2018-07,Referral and Assessment,cp_plans,x,\n"));
        QCOMPARE(r.errors.size(), 1);
        QVERIFY2(r.errors.first().startsWith(QStringLiteral("line 4")), qPrintable(r.errors.first()));
    }

    // Figures that look like numbers but are not the figure: refused, each with why.
    void implausibleFiguresAreRefused_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("why");
        QTest::newRow("1e308 referrals") << QStringLiteral("1e308") << QStringLiteral("not a number");
        QTest::newRow("\"1,2,3\" is not 123")
            << QStringLiteral("\"1,2,3\"") << QStringLiteral("not a number");
        QTest::newRow("50% of a count") << QStringLiteral("50%") << QStringLiteral("percentage");
        QTest::newRow("more referrals than people")
            << QStringLiteral("\"90,000,000\"") << QStringLiteral("far more");
    }
    void implausibleFiguresAreRefused()
    {
        QFETCH(QString, value);
        QFETCH(QString, why);
        const auto r = FigureImport::import(
            *m_db,
            QStringLiteral("period,team,indicator,value\n2018-07,Referral and Assessment,referrals,%1\n")
                .arg(value));
        QVERIFY(!r.ok());
        QCOMPARE(r.errorCount, 1);
        QVERIFY2(r.errors.first().contains(why), qPrintable(r.errors.first()));
        QCOMPARE(count(), m_before);
    }

    // Files as other programs save them: old Mac Excel ends lines with CR alone; Windows' "Unicode
    // text" is UTF-16; European Excel separates with semicolons. Each reads as the same figures.
    void filesInEveryEncodingAndLineEndAreRead_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QString text =
            QStringLiteral("period,team,indicator,value\r\n2018-07,Referral and Assessment,referrals,241\r\n"
                           "2018-08,Referral and Assessment,referrals,\"1,200\"\r\n");
        QTest::newRow("CR only") << text.toUtf8().replace("\r\n", "\r");
        QTest::newRow("LF only") << text.toUtf8().replace("\r\n", "\n");
        QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF") + text.toUtf8();
        QStringEncoder le(QStringEncoder::Utf16LE), be(QStringEncoder::Utf16BE);
        QTest::newRow("UTF-16 LE") << QByteArray("\xFF\xFE") + QByteArray(le.encode(text));
        QTest::newRow("UTF-16 BE") << QByteArray("\xFE\xFF") + QByteArray(be.encode(text));
        QTest::newRow("semicolons") << QString(text)
                                           .replace(QLatin1Char(','), QLatin1Char(';'))
                                           .replace(QStringLiteral("\"1;200\""), QStringLiteral("1200"))
                                           .toUtf8();
        QTest::newRow("tabs") << QString(text)
                                     .replace(QLatin1Char(','), QLatin1Char('\t'))
                                     .replace(QStringLiteral("\"1\t200\""), QStringLiteral("1200"))
                                     .toLatin1();
    }
    void filesInEveryEncodingAndLineEndAreRead()
    {
        QFETCH(QByteArray, bytes);
        const auto r = FigureImport::import(*m_db, bytes);
        QVERIFY2(r.ok(), qPrintable(r.errors.join(QLatin1Char('\n'))));
        QCOMPARE(r.rows.size(), 2);
        QCOMPARE(r.rows.at(1).value, 1200.0);
        QCOMPARE(r.rows.at(1).line, 3);
        QCOMPARE(count(), m_before + 2);
    }

    void aFileThatIsNotTextIsRefusedForThat()
    {
        const auto r = FigureImport::import(*m_db, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
        QVERIFY(!r.ok());
        QVERIFY2(r.errors.first().contains(QStringLiteral("not text")), qPrintable(r.errors.first()));
        QVERIFY(!r.errors.first().contains(QStringLiteral("header")));
    }

    // Many bad rows (a million in the report; 100,000 here to keep the suite quick): the first
    // hundred errors are listed, the rest counted, so a person reads a page and not a book.
    void manyBadRowsGiveAHundredErrorsAndACount()
    {
        const int rows = 100000;
        QByteArray csv = "period,team,indicator,value\n";
        csv.reserve(34 * (rows + 1));
        for (int i = 0; i < rows; ++i)
            csv += "2018-07,Nowhere Team,referrals,x\n";
        const auto r = FigureImport::check(*m_db, csv);
        QCOMPARE(r.errorCount, 2 * rows); // the team and the value of every row
        QCOMPARE(r.errors.size(), 100);
        QCOMPARE(r.problems.size(), 100);
        QCOMPARE(r.unlisted(), 2 * rows - 100);
    }

private:
    int count() const
    {
        return StoreSql::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM indicator_values")).toInt();
    }
    std::unique_ptr<Database> m_db;
    int m_before = 0;
};

QTEST_GUILESS_MAIN(TestFigureImport)
#include "TestFigureImport.moc"
