#include "core/BritishDate.h"

#include <QTest>

class TestBritishDate : public QObject
{
    Q_OBJECT
private slots:
    void writes()
    {
        const QDate d(2016, 12, 6);
        QCOMPARE(BritishDate::longDate(d), QStringLiteral("Tuesday 6 December 2016"));
        QCOMPARE(BritishDate::mediumDate(d), QStringLiteral("6 December 2016"));
        QCOMPARE(BritishDate::shortDate(d), QStringLiteral("6 Dec 2016"));
        QCOMPARE(BritishDate::time12(QTime(19, 0)), QStringLiteral("7.00 pm"));
        QCOMPARE(BritishDate::time12(QTime(0, 30)), QStringLiteral("12.30 am"));
        QCOMPARE(BritishDate::longDateTime(QDateTime(d, QTime(19, 30))),
                 QStringLiteral("Tuesday 6 December 2016, 7.30 pm"));
        QCOMPARE(BritishDate::longDate(QDate()), QString());
    }

    void reads_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected");
        const QDate d(2016, 12, 6);
        QTest::newRow("long") << "Tuesday 6 December 2016" << d;
        QTest::newRow("ordinal") << "6th December 2016" << d;
        QTest::newRow("dotted short year") << "6.12.16" << d;
        QTest::newRow("slashes") << "06/12/2016" << d;
        QTest::newRow("abbreviated") << "6 Dec 2016" << d;
        QTest::newRow("american order") << "December 6, 2016" << d;
        QTest::newRow("iso") << "2016-12-06" << d;
        QTest::newRow("1st") << "1st March 2017" << QDate(2017, 3, 1);
        QTest::newRow("sept") << "14 Sept 2016" << QDate(2016, 9, 14);
        QTest::newRow("wrong weekday") << "Monday 6 December 2016" << QDate();
        QTest::newRow("not a date") << "the Chairman" << QDate();
        QTest::newRow("31 February") << "31.02.17" << QDate();
        // Welsh minutes: the month names, their forms after "o", and the Welsh ordinals.
        QTest::newRow("welsh") << "13 Mawrth 2019" << QDate(2019, 3, 13);
        QTest::newRow("welsh ordinal after o") << "27ain o Ionawr 2021" << QDate(2021, 1, 27);
        QTest::newRow("welsh mutated month") << "9fed o Ragfyr 2020" << QDate(2020, 12, 9);
        QTest::newRow("welsh eg") << "13eg Mehefin 2018" << QDate(2018, 6, 13);
        QTest::newRow("welsh medi after o") << "12fed o Fedi 2019" << QDate(2019, 9, 12);
    }
    void reads()
    {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        QCOMPARE(BritishDate::parse(text), expected);
    }

    void findsInText()
    {
        QString span;
        QCOMPARE(
            BritishDate::find(
                QStringLiteral("Meeting of the Committee held on Tuesday 6 December 2016 at 7.00 pm"), &span),
            QDate(2016, 12, 6));
        QCOMPARE(span, QStringLiteral("6 December 2016"));
        QCOMPARE(BritishDate::find(QStringLiteral("no date here")), QDate());
    }

    void times_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QTime>("expected");
        QTest::newRow("7.00 pm") << "7.00 pm" << QTime(19, 0);
        QTest::newRow("7pm") << "7pm" << QTime(19, 0);
        QTest::newRow("7.30 p.m.") << "7.30 p.m." << QTime(19, 30);
        QTest::newRow("10.00am") << "10.00am" << QTime(10, 0);
        QTest::newRow("12 noon") << "12 noon" << QTime(12, 0);
        QTest::newRow("24h") << "18:30" << QTime(18, 30);
        QTest::newRow("in text") << "held at 6.30 pm in Committee Room 1" << QTime(18, 30);
        QTest::newRow("none") << "Committee Room 2" << QTime();
    }
    void times()
    {
        QFETCH(QString, text);
        QFETCH(QTime, expected);
        QCOMPARE(BritishDate::findTime(text), expected);
    }
};

QTEST_GUILESS_MAIN(TestBritishDate)
#include "TestBritishDate.moc"
