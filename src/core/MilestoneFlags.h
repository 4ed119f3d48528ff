#pragma once

#include <QDate>
#include <QList>
#include <QString>

// Why a milestone's rating cannot be taken on trust. Computed from the data, never typed.
struct MilestoneFacts
{
    QString statusCode; // the rating's code in its scheme ("blue", "green", …)
    bool statusOnTrack = false;
    bool statusMeansComplete = false;
    QString completion; // "not started", "in progress", "awaiting sign-off", "complete"
    QDate due;
    QString evidence;
    QDate lastRatingChange; // when the rating last changed (or was first given)
    // When the rating was last reviewed: confirmed as it stands, with the evidence looked at, by
    // someone allowed to rate. A review is not a change; it is recorded as a review.
    QDate lastReview;
    int openActions = 0; // open or in-progress actions serving the milestone
    bool lastChangeHasRationale = true;
    bool isRed = false; // the scheme's worst status
};

struct MilestoneFlag
{
    enum class Kind
    {
        OnTrackButOverdue,
        CompleteWithoutEvidence,
        Stale,
        RedWithoutAction,
        NoRationale
    };
    Kind kind;
    QString reason; // for a person, translated
};

namespace MilestoneFlags {

// The flags for one milestone on `today`, given the plan's review period in days.
//
// Stale ("not reviewed"): the rating has been neither changed nor reviewed within the review period.
// Its clock starts again only at a change of rating (from one rating to another) or at a review (the
// rating confirmed, with evidence, by a role that may rate): a rating "changed" to itself is not a
// change, and the store records it only as a review with its evidence. The reason names both dates,
// so that a reader sees how long the rating itself has stood.
QList<MilestoneFlag> evaluate(const MilestoneFacts& facts, const QDate& today, int reviewDays);

} // namespace MilestoneFlags
