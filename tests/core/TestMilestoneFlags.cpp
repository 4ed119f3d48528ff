#include "core/MilestoneFlags.h"

#include <QTest>

namespace {

MilestoneFacts green()
{
    MilestoneFacts f;
    f.statusCode = QStringLiteral("green");
    f.statusOnTrack = true;
    f.completion = QStringLiteral("in progress");
    f.due = QDate(2017, 3, 31);
    f.lastRatingChange = QDate(2017, 3, 1);
    f.openActions = 1;
    return f;
}

bool has(const QList<MilestoneFlag>& flags, MilestoneFlag::Kind kind)
{
    for (const auto& f : flags)
        if (f.kind == kind)
            return !f.reason.isEmpty();
    return false;
}

} // namespace

class TestMilestoneFlags : public QObject
{
    Q_OBJECT
private slots:
    void greenPastDueAndNotComplete()
    {
        const auto f = green();
        QVERIFY(
            has(MilestoneFlags::evaluate(f, QDate(2017, 4, 1), 90), MilestoneFlag::Kind::OnTrackButOverdue));
        // Near misses: on the due date itself; or complete.
        QVERIFY(!has(MilestoneFlags::evaluate(f, QDate(2017, 3, 31), 90),
                     MilestoneFlag::Kind::OnTrackButOverdue));
        auto done = f;
        done.completion = QStringLiteral("complete");
        done.evidence = QStringLiteral("Audit report");
        QVERIFY(!has(MilestoneFlags::evaluate(done, QDate(2017, 4, 1), 90),
                     MilestoneFlag::Kind::OnTrackButOverdue));
        auto amber = f;
        amber.statusOnTrack = false;
        QVERIFY(!has(MilestoneFlags::evaluate(amber, QDate(2017, 4, 1), 90),
                     MilestoneFlag::Kind::OnTrackButOverdue));
    }

    void completeWithoutEvidence()
    {
        auto f = green();
        f.statusCode = QStringLiteral("blue");
        f.statusMeansComplete = true;
        QVERIFY(has(MilestoneFlags::evaluate(f, QDate(2017, 3, 2), 90),
                    MilestoneFlag::Kind::CompleteWithoutEvidence));
        f.evidence = QStringLiteral("   ");
        QVERIFY(has(MilestoneFlags::evaluate(f, QDate(2017, 3, 2), 90),
                    MilestoneFlag::Kind::CompleteWithoutEvidence));
        f.evidence = QStringLiteral("Signed-off audit");
        QVERIFY(!has(MilestoneFlags::evaluate(f, QDate(2017, 3, 2), 90),
                     MilestoneFlag::Kind::CompleteWithoutEvidence));
    }

    void unchangedLongerThanTheReviewPeriod()
    {
        const auto f = green();
        QVERIFY(
            !has(MilestoneFlags::evaluate(f, QDate(2017, 3, 1).addDays(90), 90), MilestoneFlag::Kind::Stale));
        QVERIFY(
            has(MilestoneFlags::evaluate(f, QDate(2017, 3, 1).addDays(91), 90), MilestoneFlag::Kind::Stale));
    }

    void redWithoutAnOpenAction()
    {
        auto f = green();
        f.statusOnTrack = false;
        f.isRed = true;
        QVERIFY(
            !has(MilestoneFlags::evaluate(f, QDate(2017, 3, 2), 90), MilestoneFlag::Kind::RedWithoutAction));
        f.openActions = 0;
        QVERIFY(
            has(MilestoneFlags::evaluate(f, QDate(2017, 3, 2), 90), MilestoneFlag::Kind::RedWithoutAction));
        f.isRed = false;
        QVERIFY(
            !has(MilestoneFlags::evaluate(f, QDate(2017, 3, 2), 90), MilestoneFlag::Kind::RedWithoutAction));
    }

    void changeWithoutRationale()
    {
        auto f = green();
        QVERIFY(!has(MilestoneFlags::evaluate(f, QDate(2017, 3, 2), 90), MilestoneFlag::Kind::NoRationale));
        f.lastChangeHasRationale = false;
        QVERIFY(has(MilestoneFlags::evaluate(f, QDate(2017, 3, 2), 90), MilestoneFlag::Kind::NoRationale));
    }
};

QTEST_GUILESS_MAIN(TestMilestoneFlags)
#include "TestMilestoneFlags.moc"
