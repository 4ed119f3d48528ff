#include "MilestoneFlags.h"

#include "BritishDate.h"

#include <QCoreApplication>

namespace MilestoneFlags {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("MilestoneFlags", text); }
} // namespace

QList<MilestoneFlag> evaluate(const MilestoneFacts& f, const QDate& today, int reviewDays)
{
    QList<MilestoneFlag> flags;
    const bool complete = f.completion == QLatin1String("complete");
    if (f.statusOnTrack && !f.statusMeansComplete && f.due.isValid() && f.due < today && !complete)
        flags.append({MilestoneFlag::Kind::OnTrackButOverdue,
                      tr("Rated on track, but its due date (%1) has passed and it is not complete.")
                          .arg(BritishDate::mediumDate(f.due))});
    if ((complete || f.statusMeansComplete) && f.evidence.trimmed().isEmpty())
        flags.append({MilestoneFlag::Kind::CompleteWithoutEvidence,
                      tr("Shown as complete, but no evidence of completion is recorded.")});
    if (!complete && !f.statusMeansComplete && f.lastRatingChange.isValid() && reviewDays > 0 &&
        f.lastRatingChange.daysTo(today) > reviewDays)
        flags.append({MilestoneFlag::Kind::Stale,
                      tr("The rating has not changed for %1 days, longer than the plan's review period of %2 days.")
                          .arg(f.lastRatingChange.daysTo(today))
                          .arg(reviewDays)});
    if (f.isRed && f.openActions == 0)
        flags.append({MilestoneFlag::Kind::RedWithoutAction, tr("Rated Red, but no open action is recorded to recover it.")});
    if (!f.lastChangeHasRationale)
        flags.append({MilestoneFlag::Kind::NoRationale, tr("The last change of rating was recorded without a rationale.")});
    return flags;
}

} // namespace MilestoneFlags
