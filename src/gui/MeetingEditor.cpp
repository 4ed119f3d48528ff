#include "MeetingEditor.h"

#include "AppContext.h"
#include "MinutesCommands.h"
#include "core/BritishDate.h"
#include "store/ContextRepository.h"
#include "store/Database.h"

#include <QAction>
#include <QCheckBox>
#include <QCloseEvent>
#include <QAbstractItemView>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
const QStringList kStatuses = {QStringLiteral("present"), QStringLiteral("apologies"), QStringLiteral("absent"), QStringLiteral("substitute"),
                               QStringLiteral("in attendance")};
}

MeetingEditor::MeetingEditor(AppContext& context, qint64 meetingId, QWidget* parent)
    : QDialog(parent), m_context(context), m_meeting(meetingId), m_repo(context.db())
{
    setWindowTitle(tr("Record Meeting"));
    resize(1100, 720);
    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: 600;"));
    layout->addWidget(m_heading);
    auto* tabs = new QTabWidget(this);
    layout->addWidget(tabs, 1);

    // Attendance.
    auto* attendancePage = new QWidget(tabs);
    auto* al = new QVBoxLayout(attendancePage);
    al->addWidget(new QLabel(tr("Select a person and press P (present), A (apologies), X (absent), S (substitute), O (officer in attendance) or Delete."), attendancePage));
    m_attendance = new QTableWidget(0, 2, attendancePage);
    m_attendance->setObjectName(QStringLiteral("attendanceGrid"));
    m_attendance->setHorizontalHeaderLabels({tr("Name"), tr("Attendance")});
    m_attendance->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_attendance->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attendance->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_attendance->installEventFilter(this);
    al->addWidget(m_attendance);
    tabs->addTab(attendancePage, tr("&Attendance"));

    // Minutes.
    auto* minutesPage = new QSplitter(tabs);
    auto* left = new QWidget(minutesPage);
    auto* ll = new QVBoxLayout(left);
    m_itemList = new QListWidget(left);
    m_itemList->setObjectName(QStringLiteral("itemList"));
    m_newItem = new QLineEdit(left);
    m_newItem->setObjectName(QStringLiteral("newItem"));
    m_newItem->setPlaceholderText(tr("New item title, then Enter"));
    ll->addWidget(m_itemList, 1);
    ll->addWidget(m_newItem);
    auto* right = new QWidget(minutesPage);
    auto* form = new QFormLayout(right);
    m_number = new QLineEdit(right);
    m_number->setObjectName(QStringLiteral("minuteNumber"));
    m_title = new QLineEdit(right);
    m_title->setObjectName(QStringLiteral("itemTitle"));
    m_exempt = new QCheckBox(tr("Exempt (Part 2): not for publication"), right);
    m_text = new QPlainTextEdit(right);
    m_text->setObjectName(QStringLiteral("minutesText"));
    m_text->setTabChangesFocus(true);
    m_resolutions = new QListWidget(right);
    m_resolutions->setObjectName(QStringLiteral("resolutionList"));
    m_resolution = new QLineEdit(right);
    m_resolution->setObjectName(QStringLiteral("resolutionEntry"));
    m_resolution->setPlaceholderText(tr("Resolution text, then Enter for the next"));
    m_owner = new QLineEdit(right);
    m_owner->setObjectName(QStringLiteral("actionOwner"));
    m_owner->setPlaceholderText(tr("Owner, then Ctrl+Shift+A to make the current resolution an action"));
    m_owner->setCompleter(new QCompleter(m_repo.knownOwners(), m_owner));
    m_owner->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_actions = new QListWidget(right);
    m_actions->setObjectName(QStringLiteral("actionList"));
    form->addRow(tr("Minute &number:"), m_number);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(QString(), m_exempt);
    form->addRow(tr("&Minutes:"), m_text);
    form->addRow(tr("Resolutions:"), m_resolutions);
    form->addRow(tr("&Resolved:"), m_resolution);
    form->addRow(tr("Action &owner:"), m_owner);
    form->addRow(tr("Actions:"), m_actions);
    minutesPage->addWidget(left);
    minutesPage->addWidget(right);
    minutesPage->setStretchFactor(1, 2);
    tabs->addTab(minutesPage, tr("M&inutes"));

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons);

    connect(m_newItem, &QLineEdit::returnPressed, this, &MeetingEditor::addItem);
    connect(m_resolution, &QLineEdit::returnPressed, this, &MeetingEditor::addResolution);
    auto* makeAction = new QShortcut(QKeySequence(tr("Ctrl+Shift+A")), this);
    connect(makeAction, &QShortcut::activated, this, &MeetingEditor::makeAction);
    connect(m_itemList, &QListWidget::currentRowChanged, this, [this] { showItem(); });
    for (QLineEdit* e : {m_number, m_title})
        connect(e, &QLineEdit::editingFinished, this, &MeetingEditor::saveItemFields);
    connect(m_exempt, &QCheckBox::toggled, this, &MeetingEditor::saveItemFields);
    m_text->installEventFilter(this);
    m_owner->installEventFilter(this);
    // Edit ▸ Undo and Redo of the main window, here too (the dialog is a window of its own).
    QAction* undo = m_context.undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts({QKeySequence::Undo});
    QAction* redo = m_context.undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(tr("Ctrl+Y"))});
    addAction(undo);
    addAction(redo);
    reload();
    tabs->setCurrentIndex(1);
    m_newItem->setFocus();
}

qint64 MeetingEditor::createMeeting(AppContext& context, QWidget* parent)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(tr("New Meeting"));
    auto* form = new QFormLayout(&dialog);
    auto* when = new QDateTimeEdit(QDateTime(QDate::currentDate(), QTime(19, 0)), &dialog);
    when->setDisplayFormat(QStringLiteral("dddd d MMMM yyyy, HH:mm"));
    when->setCalendarPopup(true);
    auto* venue = new QLineEdit(&dialog);
    form->addRow(tr("&Date and time:"), when);
    form->addRow(tr("&Venue:"), venue);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    try {
        const qint64 id = MinutesRepository(context.db()).createMeeting(context.committeeId(), when->dateTime(), venue->text().trimmed());
        context.notifyDataChanged();
        return id;
    } catch (const StoreError& e) {
        QMessageBox::warning(parent, tr("Meeting not created"), e.message());
        return 0;
    }
}

qint64 MeetingEditor::currentItemId() const
{
    const int row = m_itemList->currentRow();
    return row >= 0 && row < m_items.size() ? m_items.at(row).id : 0;
}

void MeetingEditor::push(QUndoCommand* command)
{
    try {
        m_context.undoStack()->push(command);
        m_message->clear();
    } catch (const StoreError& e) {
        m_message->setText(QStringLiteral("⚠ ") + e.message());
    }
}

void MeetingEditor::reload()
{
    m_loading = true;
    const qint64 current = currentItemId();
    m_heading->setText(tr("Meeting of %1").arg(BritishDate::longDateTime(m_repo.meetingStart(m_meeting))));
    m_people = m_repo.attendance(m_meeting);
    m_attendance->setRowCount(int(m_people.size()));
    for (int r = 0; r < m_people.size(); ++r) {
        m_attendance->setItem(r, 0, new QTableWidgetItem(m_people.at(r).name));
        m_attendance->setItem(r, 1, new QTableWidgetItem(m_people.at(r).status));
    }
    m_items = m_repo.items(m_meeting);
    m_itemList->clear();
    int select = m_items.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_items.size(); ++i) {
        const auto& it = m_items.at(i);
        m_itemList->addItem(QStringLiteral("%1  %2%3").arg(it.number, it.title, it.exempt ? tr("  [Part 2]") : QString()));
        if (it.id == current)
            select = i;
    }
    m_itemList->setCurrentRow(select);
    m_loading = false;
    showItem();
    m_context.notifyDataChanged();
}

void MeetingEditor::showItem()
{
    if (m_loading)
        return;
    m_loading = true;
    const int row = m_itemList->currentRow();
    const bool has = row >= 0 && row < m_items.size();
    for (QWidget* w : std::initializer_list<QWidget*>{m_number, m_title, m_exempt, m_text, m_resolution, m_owner})
        w->setEnabled(has);
    m_resolutions->clear();
    m_actions->clear();
    if (has) {
        const auto& it = m_items.at(row);
        m_number->setText(it.number);
        m_title->setText(it.title);
        m_exempt->setChecked(it.exempt);
        m_text->setPlainText(it.text);
        for (const auto& r : it.resolutions)
            m_resolutions->addItem(QStringLiteral("%1. %2").arg(r.number).arg(r.text));
        m_resolutions->setCurrentRow(m_resolutions->count() - 1);
        for (const auto& a : it.actions)
            m_actions->addItem(tr("ACTION: %1 — %2%3").arg(a.owner, a.text, a.due.isValid() ? tr(" (by %1)").arg(BritishDate::shortDate(a.due)) : QString()));
    }
    m_loading = false;
}

void MeetingEditor::saveItemFields()
{
    if (m_loading)
        return;
    const int row = m_itemList->currentRow();
    if (row < 0 || row >= m_items.size())
        return;
    const auto before = m_items.at(row);
    auto after = before;
    after.number = m_number->text().trimmed();
    after.title = m_title->text().trimmed();
    after.text = m_text->toPlainText();
    after.exempt = m_exempt->isChecked();
    if (after.number == before.number && after.title == before.title && after.text == before.text && after.exempt == before.exempt)
        return;
    if (after.title.isEmpty()) {
        m_message->setText(tr("⚠ An item needs a title."));
        return;
    }
    push(new EditItemCommand(m_context.db(), [this] { QMetaObject::invokeMethod(this, &MeetingEditor::reload, Qt::QueuedConnection); }, before, after));
    m_items[row] = after;
}

void MeetingEditor::addItem()
{
    const QString title = m_newItem->text().trimmed();
    if (title.isEmpty())
        return;
    saveItemFields();
    auto* cmd = new AddItemCommand(m_context.db(), [this] { reload(); }, m_meeting, m_repo.suggestNextNumber(m_meeting), title, false);
    push(cmd);
    m_newItem->clear();
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items.at(i).id == cmd->rowId())
            m_itemList->setCurrentRow(i);
}

void MeetingEditor::addResolution()
{
    const QString text = m_resolution->text().trimmed();
    const qint64 item = currentItemId();
    if (text.isEmpty() || !item)
        return;
    push(new AddResolutionCommand(m_context.db(), [this] { reload(); }, item, text));
    m_resolution->clear();
}

void MeetingEditor::makeAction()
{
    const int row = m_itemList->currentRow();
    if (row < 0 || row >= m_items.size())
        return;
    const auto& item = m_items.at(row);
    const int r = m_resolutions->currentRow();
    if (r < 0 || r >= item.resolutions.size()) {
        m_message->setText(tr("⚠ Choose the resolution to turn into an action."));
        return;
    }
    const QString owner = m_owner->text().trimmed();
    if (owner.isEmpty()) {
        m_message->setText(tr("⚠ Type who owns the action first."));
        m_owner->setFocus();
        return;
    }
    push(new AddActionCommand(m_context.db(), [this] { reload(); }, item.id, item.resolutions.at(r).id, item.resolutions.at(r).text, owner,
                              m_repo.nextMeetingDate(m_meeting)));
    if (m_owner->completer())
        m_owner->completer()->popup()->hide();
    m_owner->clear();
}

bool MeetingEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_attendance && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const int row = m_attendance->currentRow();
        QString status;
        bool handled = true;
        switch (key->key()) {
        case Qt::Key_P:
            status = QStringLiteral("present");
            break;
        case Qt::Key_A:
            status = QStringLiteral("apologies");
            break;
        case Qt::Key_X:
            status = QStringLiteral("absent");
            break;
        case Qt::Key_S:
            status = QStringLiteral("substitute");
            break;
        case Qt::Key_O:
            status = QStringLiteral("in attendance");
            break;
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
            break;
        default:
            handled = false;
        }
        if (handled && row >= 0 && row < m_people.size()) {
            push(new SetAttendanceCommand(m_context.db(), [this] { reload(); }, m_meeting, m_people.at(row).personId, m_people.at(row).status, status));
            m_attendance->setCurrentCell(qMin(row + 1, m_attendance->rowCount() - 1), 0);
            return true;
        }
    }
    if (watched == m_owner && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool shortcut = key->key() == Qt::Key_A && key->modifiers() == (Qt::ControlModifier | Qt::ShiftModifier);
        const bool enter = (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
                           !(m_owner->completer() && m_owner->completer()->popup()->isVisible());
        if (shortcut || enter) {
            makeAction();
            return true;
        }
    }
    if (watched == m_text && event->type() == QEvent::FocusOut)
        saveItemFields();
    return QDialog::eventFilter(watched, event);
}

void MeetingEditor::closeEvent(QCloseEvent* event)
{
    // Every edit is already saved; the field being typed in is saved now.
    saveItemFields();
    event->accept();
}
