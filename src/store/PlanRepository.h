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
        QDate lastChange;
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
    };

    explicit PlanRepository(Database& db) : m_db(db) {}

    // The plan of a committee (its newest), or of any committee when none is linked; id 0 when none.
    Plan planFor(qint64 committeeId, const QDate& today = QDate::currentDate()) const;
    QList<Change> history(qint64 milestoneId) const;
    QString recommendationText(qint64 planId, int number) const;

    // Changes a milestone's rating: a rationale is required; the change is kept in the history.
    void changeRating(const Milestone& milestone, qint64 toStatusId, const QString& rationale,
                      qint64 meetingId, const QDate& on = QDate::currentDate());

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
