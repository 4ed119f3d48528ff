#pragma once

#include "store/MinutesRepository.h"

#include <QDialog>

class AppContext;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;

// Recording a meeting as it happens, keyboard first:
//  - Attendance: P present, A apologies, X absent, S substitute, Delete clears; arrows move.
//  - Items: type a title in "New item" and press Enter: it is added with the next minute number.
//  - Resolutions: type in "Resolution" and press Enter: the next numbered resolution is added.
//  - Ctrl+Shift+A makes the current resolution an action for the owner typed (completed from the
//    people known); the due date defaults to the committee's next meeting.
// Every edit is saved at once and can be undone (Edit ▸ Undo) through the shared undo stack.
class MeetingEditor : public QDialog
{
    Q_OBJECT
public:
    MeetingEditor(AppContext& context, qint64 meetingId, QWidget* parent = nullptr);

    qint64 meetingId() const { return m_meeting; }
    qint64 currentItemId() const;

    // Creates a meeting for the context's committee after asking for its date, time and venue;
    // returns its id, or 0 when the clerk cancels.
    static qint64 createMeeting(AppContext& context, QWidget* parent);

public slots:
    void reload();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void addItem();
    void addResolution();
    void makeAction();
    void saveItemFields();
    void showItem();
    void push(class QUndoCommand* command);

    AppContext& m_context;
    qint64 m_meeting;
    MinutesRepository m_repo;
    QList<MinutesRepository::Item> m_items;
    QList<MinutesRepository::Attendee> m_people;
    QLabel* m_heading;
    QLabel* m_message;
    QTableWidget* m_attendance;
    QListWidget* m_itemList;
    QLineEdit* m_newItem;
    QLineEdit* m_number;
    QLineEdit* m_title;
    QCheckBox* m_exempt;
    QPlainTextEdit* m_text;
    QListWidget* m_resolutions;
    QLineEdit* m_resolution;
    QLineEdit* m_owner;
    QListWidget* m_actions;
    bool m_loading = false;
};
