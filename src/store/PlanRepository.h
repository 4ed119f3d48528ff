#pragma once

#include "core/MilestoneFlags.h"

#include <QDate>
#include <QList>
#include <QString>

class Database;

// The improvement plan: priorities, milestones with their ratings and flags, rating history,
// recommendations, and changes of rating.
class PlanRepository
{
public:
    struct Status
    {
        qint64 id = 0;
        QString code, letter, name, colour, definition;
        int rank = 0;
        bool onTrack = false;
        bool meansComplete = false;
        int version = 0;
    };
    struct Milestone
    {
        qint64 id = 0;
        qint64 priorityId = 0;
        QString code, title, owner, completion, evidence, definitionOfDone;
        QDate due;
        qint64 statusId = 0;
        QDate lastChange; // the last change of rating (not counting reviews)
        QDate lastReview; // the last review that confirmed the rating as it stood
        int version = 0;
        QList<MilestoneFlag> flags;
    };
    struct Priority
    {
        qint64 id = 0;
        int number = 0;
        QString title, lead;
        QList<int> recommendations;
        QList<Milestone> milestones;
    };
    struct Change
    {
        qint64 id = 0;
        QDate on;
        QString by;
        qint64 fromStatusId = 0;
        qint64 toStatusId = 0;
        QString rationale;
        QDate meetingDate;
        bool review = false; // the rating confirmed as it stood, not changed
        QString evidence;    // what a review looked at
    };
    struct Recommendation
    {
        int number = 0;
        QString text;
        QList<int> priorityNumbers; // the priorities that answer it (the reverse lookup)
    };
    struct Plan
    {
        qint64 id = 0;
        QString title;
        int reviewDays = 90;
        int version = 0;
        qint64 schemeId = 0;
        QString schemeName;
        QList<Status> statuses; // best first; the last is the scheme's worst (treated as Red)
        QList<Priority> priorities;
        QList<Recommendation> recommendations; // by number
        const Status* status(qint64 id) const;
        const Recommendation* recommendation(int number) const;
        int flaggedCount() const; // milestones with at least one flag
        // A milestone with at least one flag, its rating's status (null when unrated) and the flags'
        // reasons, in the plan's order: what members are told to question.
        struct Flagged
        {
            const Milestone* milestone = nullptr;
            const Status* status = nullptr;
            QStringList reasons;
        };
        QList<Flagged> flagged() const;
    };

    explicit PlanRepository(Database& db) : m_db(db) {}

    // The plan of a committee (its newest), else a plan linked to no committee; never another
    // committee's. With committee 0, the newest plan of any. Id 0 when there is none.
    Plan planFor(qint64 committeeId, const QDate& today = QDate::currentDate()) const;
    QList<Change> history(qint64 milestoneId) const;
    QString recommendationText(qint64 planId, int number) const;

    // Changes a milestone's rating: a rationale is required; the change is kept in the history and
    // its id returned. A "change" to the rating it already has is refused: that is a review.
    qint64 changeRating(const Milestone& milestone, qint64 toStatusId, const QString& rationale,
                        qint64 meetingId, const QDate& on = QDate::currentDate());
    // Records a review: the rating it has confirmed, with the reason and the evidence looked at
    // (both required), by a role that may rate. It is kept in the history apart from changes and
    // starts the "not reviewed" clock again (see MilestoneFlags); returns its id. Refused as a
    // Conflict when the rating changed since `milestone` was read.
    qint64 reviewRating(const Milestone& milestone, const QString& rationale, const QString& evidence,
                        qint64 meetingId, const QDate& on = QDate::currentDate());
    // Takes back the change or review `changeId` (undo): the history entry goes and, for a change,
    // the milestone gets back `previousStatusId` and `previousRatedOn`. Refused (Conflict) when the
    // milestone was rated or reviewed again since, so that nobody's later rating is lost.
    void takeBackRating(qint64 changeId, qint64 previousStatusId, const QDate& previousRatedOn);
    // The milestone as it is now (id 0 when gone), for commands that redo a rating.
    Milestone milestone(qint64 milestoneId) const;
    QDate ratedOn(qint64 milestoneId) const;

    // How many milestones are rated with a status now, and how many rating changes name it.
    int milestonesRatedWith(qint64 statusId) const;
    int changesNaming(qint64 statusId) const;
    // Why `status` cannot be removed from its scheme (a milestone is rated with it, or the rating
    // history names it), as a message that says what to do; empty when it can be.
    QString whyNotRemovable(const Status& status) const;

    // A plan named by the scheme it is rated with.
    struct PlanUsingScheme
    {
        qint64 id = 0;
        QString title;
        QDate adoptedOn;
    };
    // Every plan rated with the scheme `schemeId`, oldest adopted first: an edit of the scheme
    // (saveScheme) changes the ratings of all of them.
    QList<PlanUsingScheme> plansUsingScheme(qint64 schemeId) const;

    // Saves the plan's own rating scheme and its review period, all or nothing. `statuses` are
    // given best first (their order is their rank); those with id 0 are added, and the scheme's
    // statuses that are not listed are removed. Refused (StoreError Invalid, with a message that
    // says what to do) when a letter or name is missing or repeated, a colour is not #rrggbb, the
    // review period is not 1 to 3650 days, or a removed status is still given to a milestone or
    // named in the rating history. Role-checked, audited and versioned: an edit based on a stale
    // copy is a Conflict.
    void saveScheme(const Plan& plan, const QList<Status>& statuses, int reviewDays);

private:
    Database& m_db;
};
