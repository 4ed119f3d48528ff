#pragma once

#include "core/IndicatorRules.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

class Database;

// What the dashboard shows for a committee as at a meeting: what changed since the meeting
// before, the actions that are overdue or due soon, the key figures and the ratings over time.
class DashboardRepository
{
public:
    struct RatingMove
    {
        qint64 milestoneId = 0;
        QString code, title, fromLetter, toLetter;
        bool improved = false;
    };
    struct ActionRow
    {
        qint64 id = 0;
        QString reference, text, owner, status;
        QDate due;
        bool overdue = false;
    };
    struct KeyFigure
    {
        qint64 indicatorId = 0;
        QString key, name, unit;
        double latest = 0;
        QString period;
        QList<double> trend; // oldest first, up to 12
        FigureRating rating = FigureRating::None;
        QString target;
    };
    struct Snapshot
    {
        QDate date;
        QList<QPair<QString, int>> counts; // status letter → milestones, best first
    };

    explicit DashboardRepository(const Database& db) : m_db(db) {}

    // The date of the meeting before `meetingId` of the same committee (invalid when none).
    QDate previousMeetingDate(qint64 meetingId) const;
    QDate meetingDate(qint64 meetingId) const;
    // Rating changes after `from` and up to `to` (inclusive), each milestone's net move.
    QList<RatingMove> moves(qint64 planId, const QDate& from, const QDate& to) const;
    int actionsCompleted(qint64 committeeId, const QDate& from, const QDate& to) const;
    // Open actions of the committee overdue at `asAt` or due within `soonDays` after it, the longest
    // overdue first; at most `limit` of them (all when -1).
    QList<ActionRow> openActions(qint64 committeeId, const QDate& asAt, int soonDays = 14,
                                 int limit = -1) const;
    // How many of those there are: overdue, and due soon.
    QPair<int, int> openActionCounts(qint64 committeeId, const QDate& asAt, int soonDays = 14) const;
    // The key indicators' latest figures up to the month of `asAt` (all months when invalid), with
    // up to 12 months of trend before it.
    QList<KeyFigure> keyFigures(const QDate& asAt = QDate()) const;
    // Counts by rating at each meeting date of the committee, from the rating history.
    QList<Snapshot> ratingsOverTime(qint64 planId, qint64 committeeId) const;

private:
    const Database& m_db;
};
