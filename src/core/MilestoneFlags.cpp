#include "MilestoneFlags.h"

#include "BritishDate.h"

#include <QCoreApplication>

namespace MilestoneFlags {

namespace {
// The context of this file's strings, the same for tr() at run time and for lupdate.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MilestoneFlags)
};
} // namespace

QList<MilestoneFlag> evaluate(const MilestoneFacts& f, const QDate& today, int reviewDays)
{
    QList<MilestoneFlag> flags;
    const bool complete = f.completion == QLatin1String("complete");
    if (f.statusOnTrack && !f.statusMeansComplete && f.due.isValid() && f.due < today && !complete)
        flags.append({MilestoneFlag::Kind::OnTrackButOverdue,
                      Text::tr("Rated on track, but its due date (%1) has passed and it is not complete.")
                          .arg(BritishDate::mediumDate(f.due))});
    if ((complete || f.statusMeansComplete) && f.evidence.trimmed().isEmpty())
        flags.append({MilestoneFlag::Kind::CompleteWithoutEvidence,
                      Text::tr("Shown as complete, but no evidence of completion is recorded.")});
    const QDate lastLooked =
        f.lastReview.isValid() && (!f.lastRatingChange.isValid() || f.lastReview > f.lastRatingChange)
            ? f.lastReview
            : f.lastRatingChange;
    if (!complete && !f.statusMeansComplete && lastLooked.isValid() && reviewDays > 0 &&
        lastLooked.daysTo(today) > reviewDays) {
        const QString reason =
            f.lastReview.isValid() && f.lastReview == lastLooked
                ? Text::tr("The rating was last reviewed %1 days ago (it has not changed for %2 days), "
                           "longer than "
                           "the plan's review period of %3 days.")
                      .arg(lastLooked.daysTo(today))
                      .arg(f.lastRatingChange.isValid() ? f.lastRatingChange.daysTo(today)
                                                        : lastLooked.daysTo(today))
                      .arg(reviewDays)
                : Text::tr(
                      "The rating has been neither changed nor reviewed for %1 days, longer than the plan's "
                      "review period of %2 days.")
                      .arg(lastLooked.daysTo(today))
                      .arg(reviewDays);
        flags.append({MilestoneFlag::Kind::Stale, reason});
    }
    if (f.isRed && f.openActions == 0)
        flags.append({MilestoneFlag::Kind::RedWithoutAction,
                      Text::tr("Rated Red, but no open action is recorded to recover it.")});
    if (!f.lastChangeHasRationale)
        flags.append({MilestoneFlag::Kind::NoRationale,
                      Text::tr("The last change of rating was recorded without a rationale.")});
    return flags;
}

} // namespace MilestoneFlags
