#pragma once

#include <QObject>
#include <QVariantMap>

class Database;
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
    QUndoStack* undoStack() const { return m_undo; }

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

private:
    Database& m_db;
    qint64 m_committeeId = 0;
    qint64 m_meetingId = 0;
    QUndoStack* m_undo = nullptr;
};
