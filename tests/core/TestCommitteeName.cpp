// A committee's name as documents print it, matched to the name the database knows.
#include "core/CommitteeName.h"

#include <QTest>

class TestCommitteeName : public QObject
{
    Q_OBJECT
private slots:
    void sameCommittee_data()
    {
        QTest::addColumn<QString>("printed");
        QTest::addColumn<QString>("known");
        QTest::addColumn<bool>("same");
        QTest::newRow("capitals") << "AUDIT COMMITTEE"
                                  << "Audit Committee" << true;
        QTest::newRow("the") << "The Audit Committee"
                             << "Audit Committee" << true;
        QTest::newRow("cttee") << "Audit Cttee."
                               << "Audit Committee" << true;
        QTest::newRow("ampersand") << "Audit & Governance Committee"
                                   << "Audit and Governance Committee" << true;
        QTest::newRow("o&s") << "Children's O&S Committee"
                             << "Children's Overview and Scrutiny Committee" << true;
        QTest::newRow("o & s spaced") << "CHILDREN\u2019S O & S COMMITTEE"
                                      << "Children's Overview and Scrutiny Committee" << true;
        QTest::newRow("pds") << "Care Services PDS Committee"
                             << "Care Services Policy Development and Scrutiny Committee" << true;
        QTest::newRow("osc") << "Adults OSC"
                             << "Adults Overview and Scrutiny Committee" << true;
        QTest::newRow("sub-cttee") << "Licensing Sub-Cttee"
                                   << "Licensing Sub-Committee" << true;
        QTest::newRow("another committee") << "Audit and Governance Committee"
                                           << "Audit Committee" << false;
        QTest::newRow("empty") << ""
                               << "" << false;
    }
    void sameCommittee()
    {
        QFETCH(QString, printed);
        QFETCH(QString, known);
        QFETCH(bool, same);
        QCOMPARE(CommitteeName::same(printed, known), same);
    }

    void matchAmongKnown()
    {
        const QStringList known{QStringLiteral("Cabinet"), QStringLiteral("Audit Committee"),
                                QStringLiteral("Children and Young People Scrutiny Panel")};
        QCOMPARE(CommitteeName::match(QStringLiteral("AUDIT COMMITTEE"), known),
                 QStringLiteral("Audit Committee"));
        QCOMPARE(CommitteeName::match(QStringLiteral("CYP Panel"), known,
                                      {QString(), QString(), QStringLiteral("CYP Panel")}),
                 QStringLiteral("Children and Young People Scrutiny Panel"));
        QVERIFY(CommitteeName::match(QStringLiteral("Planning Committee"), known).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCommitteeName)
#include "TestCommitteeName.moc"
