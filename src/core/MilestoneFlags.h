#pragma once

#include <QDate>
#include <QList>
#include <QString>

// Why a milestone's rating cannot be taken on trust. Computed from the data, never typed.
struct MilestoneFacts
{
    QString statusCode;     // the rating's code in its scheme ("blue", "green", …)
    bool statusOnTrack = false;
    bool statusMeansComplete = false;
    QString completion;     // "not started", "in progress", "awaiting sign-off", "complete"
    QDate due;
    QString evidence;
    QDate lastRatingChange; // when the rating last changed (or was first given)
    int openActions = 0;    // open or in-progress actions serving the milestone
    bool lastChangeHasRationale = true;
    bool isRed = false;     // the scheme's worst status
};

struct MilestoneFlag
{
    enum class Kind { OnTrackButOverdue, CompleteWithoutEvidence, Stale, RedWithoutAction, NoRationale };
    Kind kind;
    QString reason; // for a person, translated
};

namespace MilestoneFlags {

// The flags for one milestone on `today`, given the plan's review period in days.
QList<MilestoneFlag> evaluate(const MilestoneFacts& facts, const QDate& today, int reviewDays);

} // namespace MilestoneFlags
