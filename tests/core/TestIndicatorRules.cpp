#include "core/IndicatorRules.h"

#include <QTest>

class TestIndicatorRules : public QObject
{
    Q_OBJECT
private slots:
    void ratingAtEveryBandEdge_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("expected");
        // Caseload: Green 11–15, Amber up to 18, Red above.
        QTest::newRow("10.9 is below the target band: amber") << 10.9 << int(FigureRating::Amber);
        QTest::newRow("11 green") << 11.0 << int(FigureRating::Green);
        QTest::newRow("15 green") << 15.0 << int(FigureRating::Green);
        QTest::newRow("15.1 amber") << 15.1 << int(FigureRating::Amber);
        QTest::newRow("18 amber") << 18.0 << int(FigureRating::Amber);
        QTest::newRow("18.1 red") << 18.1 << int(FigureRating::Red);
    }
    void ratingAtEveryBandEdge()
    {
        QFETCH(double, value);
        QFETCH(int, expected);
        const IndicatorBands caseload{11.0, 15.0, 0.0, 18.0};
        QCOMPARE(int(IndicatorRules::rate(value, caseload)), expected);
    }

    void higherIsBetterWithOpenBands()
    {
        const IndicatorBands permanent{95.0, std::nullopt, 85.0, std::nullopt};
        QCOMPARE(IndicatorRules::rate(95, permanent), FigureRating::Green);
        QCOMPARE(IndicatorRules::rate(94.9, permanent), FigureRating::Amber);
        QCOMPARE(IndicatorRules::rate(85, permanent), FigureRating::Amber);
        QCOMPARE(IndicatorRules::rate(84.9, permanent), FigureRating::Red);
        QCOMPARE(IndicatorRules::rate(50, IndicatorBands{}), FigureRating::None);
        QCOMPARE(IndicatorRules::letter(FigureRating::Red), QStringLiteral("R"));
    }

    void validation_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("count 0") << "count" << 0.0 << true;
        QTest::newRow("count 310") << "count" << 310.0 << true;
        QTest::newRow("count -1") << "count" << -1.0 << false;
        QTest::newRow("count 2.5") << "count" << 2.5 << false;
        QTest::newRow("percentage 0") << "percentage" << 0.0 << true;
        QTest::newRow("percentage 100") << "percentage" << 100.0 << true;
        QTest::newRow("percentage 100.1") << "percentage" << 100.1 << false;
        QTest::newRow("percentage -0.1") << "percentage" << -0.1 << false;
        QTest::newRow("ratio 17.5") << "ratio" << 17.5 << true;
        QTest::newRow("ratio -3") << "ratio" << -3.0 << false;
    }
    void validation()
    {
        QFETCH(QString, unit);
        QFETCH(double, value);
        QFETCH(bool, accepted);
        QCOMPARE(IndicatorRules::validate(unit, value).isEmpty(), accepted);
    }

    void vacanciesCannotExceedEstablishedPosts()
    {
        const QHash<QString, double> posts{{QStringLiteral("established_posts"), 215}};
        QVERIFY(IndicatorRules::validateWithOthers(QStringLiteral("vacancies"), 215, posts).isEmpty());
        QVERIFY(IndicatorRules::validateWithOthers(QStringLiteral("vacancies"), 11, posts).isEmpty());
        const QString refused = IndicatorRules::validateWithOthers(QStringLiteral("vacancies"), 215.5, posts);
        QVERIFY(refused.contains(QStringLiteral("215")));
        // Without the month's established posts there is nothing to compare with.
        QVERIFY(IndicatorRules::validateWithOthers(QStringLiteral("vacancies"), 900, {}).isEmpty());
        // Lowering the posts below the vacancies already entered is refused the same way.
        const QHash<QString, double> vacancies{{QStringLiteral("vacancies"), 11}};
        QVERIFY(
            IndicatorRules::validateWithOthers(QStringLiteral("established_posts"), 11, vacancies).isEmpty());
        QVERIFY(!IndicatorRules::validateWithOthers(QStringLiteral("established_posts"), 10, vacancies)
                     .isEmpty());
        QVERIFY(IndicatorRules::validateWithOthers(QStringLiteral("referrals"), 10, vacancies).isEmpty());
        QCOMPARE(IndicatorRules::relatedKeys(QStringLiteral("vacancies")),
                 QStringList{QStringLiteral("established_posts")});
    }

    void derivedValuesAreWorkedOutFromTheirParts()
    {
        const QHash<QString, double> parts{{QStringLiteral("cases_held"), 2400},
                                           {QStringLiteral("case_holding_fte"), 160},
                                           {QStringLiteral("vacancies"), 11},
                                           {QStringLiteral("fte_in_post"), 204}};
        QCOMPARE(IndicatorRules::evaluate(QStringLiteral("cases_held / case_holding_fte"), parts),
                 std::optional<double>(15));
        const auto rate =
            IndicatorRules::evaluate(QStringLiteral("vacancies / (vacancies + fte_in_post) * 100"), parts);
        QVERIFY(rate);
        QVERIFY(qAbs(*rate - 100.0 * 11 / 215) < 1e-9);
        QCOMPARE(IndicatorRules::evaluate(QStringLiteral("cases_held / missing_part"), parts), std::nullopt);
        QCOMPARE(IndicatorRules::evaluate(QStringLiteral("cases_held / (vacancies - 11)"), parts),
                 std::nullopt);
        QCOMPARE(IndicatorRules::evaluate(QStringLiteral("cases_held / "), parts), std::nullopt);
        QCOMPARE(IndicatorRules::partsOf(QStringLiteral("vacancies / (vacancies + fte_in_post)")),
                 (QStringList{QStringLiteral("vacancies"), QStringLiteral("fte_in_post")}));
    }

    void parsing()
    {
        QCOMPARE(IndicatorRules::parseFigure(QStringLiteral(" 66% ")), std::optional<double>(66));
        QCOMPARE(IndicatorRules::parseFigure(QStringLiteral("1,234")), std::optional<double>(1234));
        QCOMPARE(IndicatorRules::parseFigure(QStringLiteral("seventeen")), std::nullopt);
        QVERIFY(IndicatorRules::isFarFrom(40, 17));
        QVERIFY(!IndicatorRules::isFarFrom(19, 17));
        QVERIFY(IndicatorRules::isFarFrom(8, 17));
    }

    // What a case-management export may hold that is not the figure it looks like.
    void figuresThatAreNotWhatTheySeemAreRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("why");
        QTest::newRow("1e308 as a count")
            << QStringLiteral("1e308") << QStringLiteral("count") << QStringLiteral("not a number");
        QTest::newRow("commas out of place")
            << QStringLiteral("1,2,3") << QStringLiteral("count") << QStringLiteral("not a number");
        QTest::newRow("decimal comma")
            << QStringLiteral("12,5") << QStringLiteral("ratio") << QStringLiteral("not a number");
        QTest::newRow("a percentage for a count")
            << QStringLiteral("50%") << QStringLiteral("count") << QStringLiteral("percentage");
        QTest::newRow("infinity") << QStringLiteral("inf") << QStringLiteral("number")
                                  << QStringLiteral("not a number");
        QTest::newRow("not a number")
            << QStringLiteral("nan") << QStringLiteral("number") << QStringLiteral("not a number");
        QTest::newRow("hexadecimal") << QStringLiteral("0x1F") << QStringLiteral("count")
                                     << QStringLiteral("not a number");
        QTest::newRow("a count past belief")
            << QStringLiteral("99,999,999") << QStringLiteral("count") << QStringLiteral("far more");
        QTest::newRow("a rate past 10,000 in 10,000")
            << QStringLiteral("12000") << QStringLiteral("rate10k") << QStringLiteral("far more");
        QTest::newRow("a percentage past 100")
            << QStringLiteral("101%") << QStringLiteral("percentage") << QStringLiteral("between 0 and 100");
        QTest::newRow("half a child")
            << QStringLiteral("17.5") << QStringLiteral("count") << QStringLiteral("whole number");
        QTest::newRow("negative") << QStringLiteral("-3") << QStringLiteral("count")
                                  << QStringLiteral("negative");
    }
    void figuresThatAreNotWhatTheySeemAreRefused()
    {
        QFETCH(QString, text);
        QFETCH(QString, unit);
        QFETCH(QString, why);
        QString problem;
        QCOMPARE(IndicatorRules::readFigure(text, unit, &problem), std::nullopt);
        QVERIFY2(problem.contains(why), qPrintable(problem));
    }

    void figuresAsTypedAreRead_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<double>("value");
        QTest::newRow("count") << QStringLiteral("17") << QStringLiteral("count") << 17.0;
        QTest::newRow("thousands") << QStringLiteral("123,456") << QStringLiteral("number") << 123456.0;
        QTest::newRow("percentage with sign")
            << QStringLiteral("66.5 %") << QStringLiteral("percentage") << 66.5;
        QTest::newRow("percentage without sign")
            << QStringLiteral("66.5") << QStringLiteral("percentage") << 66.5;
        QTest::newRow("ratio") << QStringLiteral(".75") << QStringLiteral("ratio") << 0.75;
        QTest::newRow("a million") << QStringLiteral("1,000,000") << QStringLiteral("count") << 1e6;
    }
    void figuresAsTypedAreRead()
    {
        QFETCH(QString, text);
        QFETCH(QString, unit);
        QFETCH(double, value);
        QString problem;
        QCOMPARE(IndicatorRules::readFigure(text, unit, &problem), std::optional<double>(value));
        QVERIFY(problem.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIndicatorRules)
#include "TestIndicatorRules.moc"
