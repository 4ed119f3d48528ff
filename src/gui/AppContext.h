#pragma once

#include <QHash>
#include <QObject>
#include <QVariantMap>

class Database;
class QUndoGroup;
class QUndoStack;

// The pages that the main window switches between (Ctrl+1 … Ctrl+6).
enum class PageId
{
    Dashboard = 0,
    Meetings,
    Actions,
    Plan,
    Figures,
    Search
};

// Where a change was made: the page, the row there (as AppContext::navigate takes it), and its
// name for a person ("minutes of 6 Dec 2016", "improvement plan").
struct Place
{
    PageId page = PageId::Dashboard;
    QVariantMap target;
    QString label;
    bool isValid() const { return !label.isEmpty(); }
};

// What every page shares: the open database, the committee and meeting chosen at the top of the
// window, the undo stack behind Edit ▸ Undo/Redo, and the way to ask for another page.
class AppContext : public QObject
{
    Q_OBJECT
public:
    AppContext(Database& db, QObject* parent = nullptr);

    Database& db() const { return m_db; }
    qint64 committeeId() const { return m_committeeId; }
    qint64 meetingId() const { return m_meetingId; }
    // Undo is per context: each page keeps its own steps (the plan's ratings, the figures, the action
    // log), and each meeting's minutes theirs, so that Ctrl+Z never takes back a change made
    // somewhere the person cannot see. undoStack() is the stack of where the person is now (the
    // page shown, or the meeting editor in front); Edit ▸ Undo works on it.
    QUndoGroup* undoGroup() const { return m_group; }
    QUndoStack* undoStack() const;
    QUndoStack* undoStack(PageId page);
    QUndoStack* minutesUndoStack(qint64 meetingId);
    // The person is now on `page` (the main window tells): its stack (for Meetings, the chosen
    // meeting's minutes) becomes the one Edit ▸ Undo works on.
    void setCurrentPage(PageId page);
    PageId currentPage() const { return m_page; }
    // A window of its own (the meeting editor) in front: its stack until it gives way.
    void activateUndo(QUndoStack* stack);
    // Back to the stack of the current page (the meeting editor closed or went behind).
    void restoreUndo();
    // Where a stack's steps were made, for a person ("the minutes of 6 Dec 2016").
    static QString placeOf(const QUndoStack* stack);

    void setCommittee(qint64 id);
    void setMeeting(qint64 id);

    // Ask the main window to show `page`, and in it the row `target` describes
    // (e.g. {"meeting": 12, "item": 340}, {"milestone": 7}, {"action": 88}).
    void navigate(PageId page, const QVariantMap& target = {});

    // Pages call this after they change data, so that other pages refresh and badges recount.
    void notifyDataChanged();

signals:
    void committeeChanged(qint64 id);
    void meetingChanged(qint64 id);
    void navigateRequested(PageId page, const QVariantMap& target);
    void dataChanged();
    // Emitted before Edit ▸ Undo or Redo runs: an editor saves what is typed but not yet saved, so
    // that the undo stack holds it and undo does not skip over it.
    void aboutToUndo();
    // The server is reachable again after it was lost (a file never emits it): an editor saves
    // what was typed meanwhile and could not be saved.
    void serverReachable();

private:
    Database& m_db;
    qint64 m_committeeId = 0;
    qint64 m_meetingId = 0;
    QUndoGroup* m_group = nullptr;
    QUndoStack* m_fallback = nullptr; // active when nothing else is: no steps
    QHash<QString, QUndoStack*> m_stacks;
    PageId m_page = PageId::Dashboard;
    QUndoStack* m_window = nullptr; // a window of its own in front, with its own stack
    QUndoStack* stack(const QString& key, const QString& label);
};
