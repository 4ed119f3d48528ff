#pragma once

#include "AppContext.h"

#include <QDate>
#include <QUndoCommand>
#include <functional>

class Database;

// An undoable change, saved to the store as it is done and as it is undone, that knows where it
// was made (Place): its text says so ("Change Rating of 3.2 (improvement plan)"), and Edit ▸ Undo
// takes the person there.
class LocatedCommand : public QUndoCommand
{
public:
    LocatedCommand(const QString& what, Place where);
    const Place& where() const { return m_where; }
    // Names the place after the command was made (its text follows).
    void setWhere(Place where);
    // The command at the top of `stack` (what Undo would take back), or the next to redo.
    static const LocatedCommand* toUndo(const QUndoStack* stack);
    static const LocatedCommand* toRedo(const QUndoStack* stack);

private:
    QString m_what;
    Place m_where;
};

// A LocatedCommand whose change goes through the store in one transaction. A refusal of the store
// (someone else changed the row since, the file became read-only) never escapes QUndoStack: the
// change is rolled back, the command made obsolete so that the stack drops it and stays consistent
// with the store, and the reason is kept for the window to report (takeFailure()).
class StoreCommand : public LocatedCommand
{
public:
    StoreCommand(Database& db, const QString& what, Place where, std::function<void()> changed = {});
    void redo() final;
    void undo() final;

    // Why the last undo, redo or push failed, for a person ("Could not undo …: reason"); empty when
    // nothing failed since the last call. Cleared by the call.
    static QString takeFailure();

protected:
    virtual void apply() = 0;  // do (and redo) the change
    virtual void revert() = 0; // take it back
    Database& db() const { return m_db; }

private:
    void run(bool forward);
    Database& m_db;
    std::function<void()> m_changed;
};

// Pushes `command` onto `stack`, which does it; false (with `error` set to the store's reason)
// when the store refused it, and then nothing was changed or added.
bool pushCommand(QUndoStack* stack, StoreCommand* command, QString* error = nullptr);

// An action's text, owner and due date, changed in the meeting editor or the action log.
class EditActionCommand : public StoreCommand
{
public:
    struct Fields
    {
        QString text, owner;
        QDate due;
        bool operator==(const Fields&) const = default;
    };
    EditActionCommand(Database& db, qint64 actionId, const QString& reference, Fields before, Fields after,
                      Place where, std::function<void()> changed = {});

protected:
    void apply() override;
    void revert() override;

private:
    void write(const Fields& fields);
    qint64 m_id;
    Fields m_before, m_after;
};

// A milestone's rating changed (or re-confirmed as a review) with its rationale; undo takes the
// rating and its history entry back.
class RateMilestoneCommand : public StoreCommand
{
public:
    struct Rating
    {
        qint64 milestoneId = 0;
        QString code;            // "3.2", for the step's name
        qint64 fromStatusId = 0; // the rating before
        QDate fromRatedOn;
        qint64 toStatusId = 0;
        QString rationale, evidence;
        qint64 meetingId = 0;
        bool review = false; // the same rating confirmed, not changed
        int version = -1;    // the milestone's version as the person saw it (-1: as it is now)
    };
    RateMilestoneCommand(Database& db, Rating rating, Place where, std::function<void()> changed = {});

protected:
    void apply() override;
    void revert() override;

private:
    Rating m_rating;
    qint64 m_changeId = 0;
};
