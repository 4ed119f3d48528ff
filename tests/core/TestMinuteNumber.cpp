#include "core/MinuteNumber.h"

#include <QTest>

class TestMinuteNumber : public QObject
{
    Q_OBJECT
private slots:
    void naturalOrder()
    {
        QStringList numbers = {QStringLiteral("56b"), QStringLiteral("10"),  QStringLiteral("56"),
                               QStringLiteral("9"),   QStringLiteral("56a"), QStringLiteral("57"),
                               QStringLiteral("100"), QStringLiteral("4.")};
        std::sort(numbers.begin(), numbers.end(), MinuteNumber::lessThan);
        QCOMPARE(numbers, (QStringList{QStringLiteral("4."), QStringLiteral("9"), QStringLiteral("10"),
                                       QStringLiteral("56"), QStringLiteral("56a"), QStringLiteral("56b"),
                                       QStringLiteral("57"), QStringLiteral("100")}));
    }

    void sortKeyOrdersLikeCompare_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("9 < 10") << "9"
                                << "10";
        QTest::newRow("56 < 56a") << "56"
                                  << "56a";
        QTest::newRow("56a < 56b") << "56a"
                                   << "56b";
        QTest::newRow("56b < 57") << "56b"
                                  << "57";
        QTest::newRow("A2 < A10") << "A2"
                                  << "A10";
        QTest::newRow("12(a) < 12(b)") << "12(a)"
                                       << "12(b)";
        QTest::newRow("7 < 7.1") << "7"
                                 << "7.1";
    }
    void sortKeyOrdersLikeCompare()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QVERIFY(MinuteNumber::sortKey(a) < MinuteNumber::sortKey(b));
        QVERIFY(MinuteNumber::compare(a, b) < 0);
        QVERIFY(MinuteNumber::compare(b, a) > 0);
    }

    void trailingDotIsDecoration()
    {
        QCOMPARE(MinuteNumber::normalised(QStringLiteral(" 4. ")), QStringLiteral("4"));
        QCOMPARE(MinuteNumber::compare(QStringLiteral("4."), QStringLiteral("4")), 0);
    }

    void nextNumber()
    {
        QCOMPARE(MinuteNumber::next(QStringLiteral("56b")), QStringLiteral("57"));
        QCOMPARE(MinuteNumber::next(QStringLiteral("9")), QStringLiteral("10"));
        QCOMPARE(MinuteNumber::next(QString()), QStringLiteral("1"));
        QCOMPARE(MinuteNumber::next(QStringLiteral("A7")), QStringLiteral("A8"));
    }
};

QTEST_GUILESS_MAIN(TestMinuteNumber)
#include "TestMinuteNumber.moc"
