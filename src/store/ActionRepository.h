#pragma once

#include "core/ActionRules.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

class Database;

// The action log: every action of every meeting, filtered the ways a clerk chases them, with
// dated progress notes (action_updates) and the chase list of overdue actions grouped by owner.
// "Today" is always a parameter so that what counts as overdue is the caller's choice (tests
// pass a fixed date; the GUI passes QDate::currentDate()).
class ActionRepository
{
public:
    // Statuses as stored: open, in progress, done, cancelled.
    static QStringList statuses();
    // The status as a person reads it ("In progress").
    static QString statusName(const QString& status);

    struct Filter
    {
        qint64 committeeId = 0;   // 0: every committee
        qint64 meetingId = 0;     // 0: every meeting
        QString owner;            // exact owner text; empty: anyone
        QString status;           // one of statuses(), "outstanding" (open or in progress), or empty: any
        bool overdueOnly = false; // outstanding and due before today
        bool dueSoonOnly = false; // outstanding and due from today to today + 14 days
        QDate today = QDate::currentDate();
        // Actions raised under exempt (Part 2) items: shown (and marked) in the application's own
        // log; an export leaves them out unless it is confidential.
        bool withExempt = true;
        // Done after `completedAfter` and up to `completedBy` (the dashboard's "actions completed
        // since the last meeting"); invalid: any.
        QDate completedAfter, completedBy;
        // Order: newest meeting first by default; the action log's columns sort the whole log here,
        // so that paging (LIMIT/OFFSET) and sorting agree.
        enum class Order
        {
            Meeting,
            Reference,
            Action,
            Owner,
            Due,
            Status,
            LastUpdate,
            Committee
        };
        Order order = Order::Meeting;
        bool descending = true;
    };
    static constexpr int kDueSoonDays = 14;

    struct Row
    {
        qint64 id = 0;
        QString reference, text, owner, status, committee, meetingTitle;
        QDate due, meetingDate, lastUpdate;
        qint64 meetingId = 0;
        bool exempt = false; // raised under an exempt (Part 2) item
        int version = 0;
        bool isOutstanding() const { return ActionRules::isOutstanding(status); }
        bool isOverdue(const QDate& today) const { return ActionRules::isOverdue(status, due, today); }
    };

    explicit ActionRepository(Database& db) : m_db(db) {}

    // How many actions the filter selects, and a page of them: newest meeting first, then in
    // the natural order of their minute numbers.
    int count(const Filter& filter) const;
    QList<Row> rows(const Filter& filter, int offset = 0, int limit = -1) const;
    Row action(qint64 actionId) const; // id 0 when there is none

    // Everyone who owns an action (of the committee, when given), for the owner filter.
    QStringList owners(qint64 committeeId = 0) const;

    struct Update
    {
        qint64 id = 0;
        QDate on;
        QString status, note, author;
    };
    // The action's progress notes, oldest first.
    QList<Update> history(qint64 actionId) const;
    // Records a dated progress note and moves the action to `status` (unchanged when empty);
    // "done" sets the completion date. One transaction; throws StoreError (role, conflict).
    qint64 addUpdate(qint64 actionId, const QDate& on, const QString& status, const QString& note);

    // Changes what an action asks, who owns it and when it is due (an invalid date clears it).
    // Refused (StoreError) for a role that may not record actions, an empty text, and an action that
    // someone else changed since `expectedVersion` (-1: not checked); returns the new version.
    int edit(qint64 actionId, const QString& text, const QString& owner, const QDate& due,
             int expectedVersion = -1);

    struct ChaseGroup
    {
        QString owner, email; // email empty when the owner is not a known person with an address
        QList<Row> actions;   // earliest due first
    };
    // The outstanding actions due before `today`, grouped by owner (owners A to Z; no owner last).
    QList<ChaseGroup> chaseList(qint64 committeeId, const QDate& today) const;

private:
    // The action, or StoreError NotFound when it is gone (a colleague removed it).
    Row existingAction(qint64 actionId) const;
    QString where(const Filter& filter, QVariantList& values) const;
    Database& m_db;
};
