#pragma once

#include "store/MinutesRepository.h"

#include <QDialog>
#include <functional>
#include <memory>

class AppContext;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTimer;
class QUndoStack;
class StoreCommand;

namespace Ui {
class MeetingEditor;
}

// Recording a meeting as it happens, keyboard first:
//  - Attendance: P present, A apologies, X absent, S substitute (then type the member replaced and
//    Enter), O in attendance, Delete clears; arrows move. Officers and guests (and substitutes who
//    are not on the committee) are added by name below the grid, completing from the people known.
//  - Items: type a title in "New item" and press Enter: it is added with the next minute number.
//    Alt+Up and Alt+Down move the current item on the agenda; minute numbers stay as typed.
//  - Declarations: the member (completing from the committee's people), the kind of interest and
//    its nature, then Enter; Delete removes the declaration chosen in the list.
//  - Resolutions: type in "Resolution" and press Enter: the next numbered resolution is added.
//  - Ctrl+Shift+A (or Enter in the action's fields) makes the current resolution an action for the
//    owner typed (completed from the people known and their job titles), with the text typed (the
//    resolution's words when none) and the due date shown, which defaults to the committee's next
//    meeting (or, when none is scheduled, its usual gap after this one). Choosing an action in the
//    list puts its text, owner and due date in the fields to be changed (Enter saves).
//  - The lists are chosen from with the arrow keys; typing while one has the focus goes to the field
//    below it.
// Every edit is saved at once (what is typed in an item's fields within two seconds) and can be
// undone (Edit ▸ Undo) through the shared undo stack. Closing with something typed but not yet
// added asks first.
class MeetingEditor : public QDialog
{
    Q_OBJECT
public:
    MeetingEditor(AppContext& context, qint64 meetingId, QWidget* parent = nullptr);
    ~MeetingEditor() override;

    qint64 meetingId() const { return m_meeting; }
    qint64 currentItemId() const;
    // How long typing in an item's number, title or minutes waits before it is saved.
    static constexpr int kAutosaveMs = 1500;

    // Creates a meeting for the context's committee after asking for its date, time and venue;
    // returns its id, or 0 when the clerk cancels.
    static qint64 createMeeting(AppContext& context, QWidget* parent);

public slots:
    void reload();
    void reject() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    bool event(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    // The behaviour of the form's two tabs (ui/MeetingEditor.ui): completers, lists, key handling.
    void setupAttendancePage();
    void setupMinutesPage();
    void addItem();
    void moveItem(int delta);
    void addDeclaration();
    void removeDeclaration();
    void addResolution();
    void makeAction();
    // Shows the chosen action's fields, or a new action's (keeping what is typed unless `fresh`).
    void showActionFields(bool fresh = false);
    QDate defaultDue(QString* why = nullptr) const;
    QDate dueChosen() const; // invalid for "no due date"
    void setStatus(int row, const QString& status);
    void recordSubstitute();
    void addAttendee();
    void saveItemFields();
    void showItem();
    void showAttendance();
    void selectPerson(qint64 personId);
    bool confirmClose();
    bool push(StoreCommand* command);
    void warn(const QString& text);
    std::function<void()> refresher(); // what a command calls after it has changed the store

    std::unique_ptr<Ui::MeetingEditor> m_ui; // the layout: ui/MeetingEditor.ui
    AppContext& m_context;
    qint64 m_meeting;
    MinutesRepository m_repo;
    QList<MinutesRepository::Item> m_items;
    QList<MinutesRepository::Attendee> m_people;
    QList<MinutesRepository::Declaration> m_declarations;
    // The form's widgets that the behaviour works on.
    QLabel* m_heading;
    QLabel* m_message;
    QTableWidget* m_attendance;
    QLineEdit* m_substituteFor;
    QLineEdit* m_guestName;
    QComboBox* m_guestKind;
    QLineEdit* m_guestCapacity;
    QListWidget* m_itemList;
    QPushButton* m_up;
    QPushButton* m_down;
    QLineEdit* m_newItem;
    QLineEdit* m_number;
    QLineEdit* m_title;
    QCheckBox* m_exempt;
    QListWidget* m_declarationList;
    QLineEdit* m_declarant;
    QComboBox* m_interest;
    QLineEdit* m_nature;
    QPlainTextEdit* m_text;
    QListWidget* m_resolutions;
    QLineEdit* m_resolution;
    QLineEdit* m_owner;
    QLineEdit* m_actionText;
    QDateEdit* m_due;
    QLabel* m_dueHint;
    QPushButton* m_saveAction;
    QListWidget* m_actions;
    QUndoStack* m_stack = nullptr; // this meeting's minutes
    qint64 m_fieldsItem = 0;       // the item and action (0: a new one) the action fields show
    qint64 m_fieldsAction = 0;
    static inline const QDate kNoDueDate{2000, 1, 1}; // the date field's "no due date"
    QTimer* m_autosave;
    int m_shownRow = -1; // the item whose fields are on show (and are saved)
    bool m_loading = false;
    bool m_savingFields = false; // an edit of the fields on show: the views need no reload
};
