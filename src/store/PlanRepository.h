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
    struct Plan
    {
        qint64 id = 0;
        QString title;
        int reviewDays = 90;
        QList<Status> statuses; // best first
        QList<Priority> priorities;
        const Status* status(qint64 id) const;
    };

    explicit PlanRepository(Database& db) : m_db(db) {}

    // The plan of a committee (its newest), or of any committee when none is linked; id 0 when none.
    Plan planFor(qint64 committeeId, const QDate& today = QDate::currentDate()) const;
    QList<Change> history(qint64 milestoneId) const;
    QString recommendationText(qint64 planId, int number) const;

    // Changes a milestone's rating: a rationale is required; the change is kept in the history.
    void changeRating(const Milestone& milestone, qint64 toStatusId, const QString& rationale, qint64 meetingId,
                      const QDate& on = QDate::currentDate());

private:
    Database& m_db;
};
