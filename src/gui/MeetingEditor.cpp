#include "MeetingEditor.h"

#include "AppContext.h"
#include "MinutesCommands.h"
#include "UndoCommands.h"
#include "WindowSize.h"
#include "core/BritishDate.h"
#include "core/Translations.h"
#include "store/Database.h"
#include "ui_MeetingEditor.h"
#include "ui_NewMeetingDialog.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>

namespace {

enum Column
{
    NameColumn,
    KindColumn,
    StatusColumn,
    SubstituteColumn,
    CapacityColumn,
    ColumnCount
};

QString statusName(const QString& status)
{
    if (status == QLatin1String("present"))
        return MeetingEditor::tr("Present");
    if (status == QLatin1String("apologies"))
        return MeetingEditor::tr("Apologies");
    if (status == QLatin1String("absent"))
        return MeetingEditor::tr("Absent");
    if (status == QLatin1String("substitute"))
        return MeetingEditor::tr("Substitute");
    if (status == QLatin1String("in attendance"))
        return MeetingEditor::tr("In attendance");
    return QString();
}

QString kindName(const QString& kind)
{
    if (kind == QLatin1String("co-opted"))
        return MeetingEditor::tr("Co-opted member");
    if (kind == QLatin1String("officer"))
        return MeetingEditor::tr("Officer");
    if (kind == QLatin1String("guest"))
        return MeetingEditor::tr("Guest");
    return MeetingEditor::tr("Member");
}

QString interestName(const QString& type)
{
    if (type == QLatin1String("prejudicial"))
        return MeetingEditor::tr("Prejudicial");
    if (type == QLatin1String("pecuniary"))
        return MeetingEditor::tr("Disclosable pecuniary");
    if (type == QLatin1String("other"))
        return MeetingEditor::tr("Other");
    return MeetingEditor::tr("Personal");
}

QString itemLabel(const MinutesRepository::Item& item)
{
    return QStringLiteral("%1  %2%3")
        .arg(item.number, item.title, item.exempt ? MeetingEditor::tr("  [Part 2]") : QString());
}

bool isEnter(const QKeyEvent* key)
{
    return key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
}

bool popupShown(const QLineEdit* edit)
{
    return edit->completer() && edit->completer()->popup()->isVisible();
}

QCompleter* completer(const QStringList& words, QObject* parent)
{
    auto* c = new QCompleter(words, parent);
    c->setCaseSensitivity(Qt::CaseInsensitive);
    c->setFilterMode(Qt::MatchContains);
    return c;
}

} // namespace

MeetingEditor::MeetingEditor(AppContext& context, qint64 meetingId, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::MeetingEditor>()), m_context(context), m_meeting(meetingId),
      m_repo(context.db())
{
    m_ui->setupUi(this); // the layout: ui/MeetingEditor.ui
    m_heading = m_ui->heading;
    m_message = m_ui->editorMessage;
    setupAttendancePage();
    setupMinutesPage();
    // Sized once the lists are filled: a combo box measured empty would stay too narrow for its choices.
    WindowSize::fit(this, {1240, 820});
    QDialogButtonBox* buttons = m_ui->buttons;
    // Enter belongs to the field being typed in: it must never close the editor.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setDefault(false);

    // What is typed in an item's fields is saved within kAutosaveMs, without waiting for Tab.
    m_autosave = new QTimer(this);
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(kAutosaveMs);
    connect(m_autosave, &QTimer::timeout, this, &MeetingEditor::saveItemFields);
    for (QLineEdit* e : {m_number, m_title}) {
        connect(e, &QLineEdit::editingFinished, this, &MeetingEditor::saveItemFields);
        connect(e, &QLineEdit::textEdited, m_autosave, qOverload<>(&QTimer::start));
    }
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            m_autosave->start();
    });
    connect(m_exempt, &QCheckBox::toggled, this, &MeetingEditor::saveItemFields);

    // Edit ▸ Undo and Redo of the main window, here too (the dialog is a window of its own).
    // What is being typed is saved first, so that undo takes back the latest edit, typing included.
    m_stack = m_context.minutesUndoStack(m_meeting);
    m_context.activateUndo(m_stack);
    QUndoStack* stack = m_stack;
    auto* undo = new QAction(this);
    undo->setShortcuts({QKeySequence::Undo});
    auto* redo = new QAction(this);
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(tr("Ctrl+Y"))});
    const auto label = [undo, redo, stack] {
        undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
        redo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
        redo->setEnabled(stack->canRedo());
    };
    label();
    connect(stack, &QUndoStack::indexChanged, this, label);
    connect(stack, &QUndoStack::cleanChanged, this, label);
    connect(undo, &QAction::triggered, this, [this, stack] {
        saveItemFields();
        stack->undo();
        if (const QString failure = StoreCommand::takeFailure(); !failure.isEmpty())
            warn(failure);
    });
    connect(redo, &QAction::triggered, this, [this, stack] {
        saveItemFields();
        stack->redo();
        if (const QString failure = StoreCommand::takeFailure(); !failure.isEmpty())
            warn(failure);
    });
    // The main window's Edit ▸ Undo and Redo save the typing first too.
    connect(&context, &AppContext::aboutToUndo, this, &MeetingEditor::saveItemFields);
    // What was typed while the server was out of reach is kept in the fields, and saved once it is back.
    connect(&context, &AppContext::serverReachable, this, &MeetingEditor::saveItemFields);
    addAction(undo);
    addAction(redo);
    auto* makeAction = new QShortcut(QKeySequence(tr("Ctrl+Shift+A")), this);
    connect(makeAction, &QShortcut::activated, this, &MeetingEditor::makeAction);
    reload();
    m_ui->tabs->setCurrentIndex(1);
    m_newItem->setFocus();
}

MeetingEditor::~MeetingEditor()
{
    if (m_context.undoStack() == m_stack)
        m_context.restoreUndo();
    // Hiding a window that is being destroyed moves the focus out of its fields: nothing may be saved then.
    saveItemFields();
    for (QObject* o : std::initializer_list<QObject*>{m_number, m_title, m_exempt, m_text, m_autosave})
        o->disconnect(this);
    m_text->removeEventFilter(this);
}

void MeetingEditor::setupAttendancePage()
{
    m_attendance = m_ui->attendanceGrid;
    m_substituteFor = m_ui->substituteFor;
    m_guestName = m_ui->attendeeName;
    m_guestKind = m_ui->attendeeKind;
    m_guestCapacity = m_ui->attendeeCapacity;
    m_attendance->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_attendance->horizontalHeader()->setSectionResizeMode(SubstituteColumn, QHeaderView::Stretch);
    m_attendance->horizontalHeader()->setSectionResizeMode(CapacityColumn, QHeaderView::Stretch);
    m_attendance->installEventFilter(this);
    m_substituteFor->setCompleter(completer(m_repo.committeePeople(m_meeting), m_substituteFor));
    m_substituteFor->installEventFilter(this);
    m_guestName->setCompleter(completer(m_repo.knownPeople(), m_guestName));
    // The kinds the form lists (Officer, Guest, Substitute member), as the store names them.
    m_guestKind->setItemData(0, QStringLiteral("officer"));
    m_guestKind->setItemData(1, QStringLiteral("guest"));
    m_guestKind->setItemData(2, QStringLiteral("member"));
    m_guestName->installEventFilter(this);
    m_guestCapacity->installEventFilter(this);
    connect(m_ui->addAttendee, &QPushButton::clicked, this, &MeetingEditor::addAttendee);
}

void MeetingEditor::setupMinutesPage()
{
    m_itemList = m_ui->itemList;
    m_up = m_ui->moveUp;
    m_down = m_ui->moveDown;
    m_newItem = m_ui->newItem;
    m_number = m_ui->minuteNumber;
    m_title = m_ui->itemTitle;
    m_exempt = m_ui->exemptBox;
    m_declarationList = m_ui->declarationList;
    m_declarant = m_ui->declarant;
    m_interest = m_ui->interestType;
    m_nature = m_ui->interestNature;
    m_text = m_ui->minutesText;
    m_resolutions = m_ui->resolutionList;
    m_resolution = m_ui->resolutionEntry;
    m_actions = m_ui->actionList;
    m_actionText = m_ui->actionText;
    m_owner = m_ui->actionOwner;
    m_due = m_ui->actionDue;
    m_dueHint = m_ui->actionDueHint;
    m_saveAction = m_ui->saveAction;

    m_declarationList->installEventFilter(this);
    m_declarant->setCompleter(completer(m_repo.committeePeople(m_meeting), m_declarant));
    for (const char* type : {"personal", "prejudicial", "pecuniary", "other"})
        m_interest->addItem(interestName(QLatin1String(type)), QLatin1String(type));
    m_owner->setCompleter(completer(m_repo.knownOwners(), m_owner));
    m_due->setLocale(Translations::dateLocale()); // "Sep" (never "Sept"), or Welsh names
    m_due->setMinimumDate(kNoDueDate);
    m_due->setSpecialValueText(tr("no due date"));

    // The lists are chosen from, never typed in: they show where the focus is, and what is typed
    // while one has it goes to the field below instead of being lost.
    const QString focusRing = QStringLiteral("QListWidget:focus { border: 2px solid palette(highlight); }"
                                             "QListWidget::item:selected:!active { background: "
                                             "palette(highlight); color: palette(highlighted-text); }");
    for (QListWidget* list : {m_itemList, m_resolutions, m_actions, m_declarationList})
        list->setStyleSheet(focusRing);
    for (QWidget* w : std::initializer_list<QWidget*>{m_resolutions, m_actions, m_actionText, m_due})
        w->installEventFilter(this);
    connect(m_saveAction, &QPushButton::clicked, this, &MeetingEditor::makeAction);
    connect(m_actions, &QListWidget::currentRowChanged, this, [this] {
        if (!m_loading)
            showActionFields();
    });

    m_ui->minutesSplitter->setSizes({380, 860}); // room for the items' titles

    connect(m_newItem, &QLineEdit::returnPressed, this, &MeetingEditor::addItem);
    connect(m_resolution, &QLineEdit::returnPressed, this, &MeetingEditor::addResolution);
    connect(m_ui->declare, &QPushButton::clicked, this, &MeetingEditor::addDeclaration);
    connect(m_up, &QPushButton::clicked, this, [this] { moveItem(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveItem(+1); });
    auto* up = new QAction(tr("Move Item Up"), this);
    up->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    connect(up, &QAction::triggered, this, [this] { moveItem(-1); });
    auto* down = new QAction(tr("Move Item Down"), this);
    down->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    connect(down, &QAction::triggered, this, [this] { moveItem(+1); });
    addAction(up);
    addAction(down);
    connect(m_itemList, &QListWidget::currentRowChanged, this, [this] {
        if (m_loading)
            return;
        saveItemFields(); // the item being left
        showItem();
    });
    for (QWidget* w : std::initializer_list<QWidget*>{m_itemList, m_text, m_owner, m_declarant, m_nature})
        w->installEventFilter(this);
}

qint64 MeetingEditor::createMeeting(AppContext& context, QWidget* parent)
{
    QDialog dialog(parent);
    Ui::NewMeetingDialog ui;
    ui.setupUi(&dialog); // the layout: ui/NewMeetingDialog.ui
    // The interface's day and month names, not the system's.
    ui.when->setLocale(Translations::dateLocale());
    ui.when->setDateTime(QDateTime(QDate::currentDate(), QTime(19, 0)));
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    try {
        const qint64 id =
            MinutesRepository(context.db())
                .createMeeting(context.committeeId(), ui.when->dateTime(), ui.venue->text().trimmed());
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

std::function<void()> MeetingEditor::refresher()
{
    // The commands stay on the shared undo stack after the editor is closed: then only the other
    // pages are told.
    return [self = QPointer<MeetingEditor>(this), context = &m_context] {
        if (self)
            self->reload();
        else
            context->notifyDataChanged();
    };
}

void MeetingEditor::warn(const QString& text)
{
    m_message->setText(QStringLiteral("⚠ ") + text);
}

bool MeetingEditor::push(StoreCommand* command)
{
    // The step is named by the meeting and the item, and Edit ▸ Undo in the main window shows them.
    QVariantMap target{{QStringLiteral("meeting"), m_meeting}};
    if (const qint64 item = currentItemId())
        target.insert(QStringLiteral("item"), item);
    command->setWhere({PageId::Meetings, target, AppContext::placeOf(m_stack)});
    QString error;
    if (!pushCommand(m_stack, command, &error)) {
        warn(error);
        return false;
    }
    m_message->clear();
    return true;
}

bool MeetingEditor::event(QEvent* event)
{
    // Edit ▸ Undo works on this meeting's steps while the editor is in front.
    if (event->type() == QEvent::WindowActivate)
        m_context.activateUndo(m_stack);
    return QDialog::event(event);
}

void MeetingEditor::reload()
{
    m_loading = true;
    const qint64 current = currentItemId();
    m_heading->setText(tr("Meeting of %1").arg(BritishDate::longDateTime(m_repo.meetingStart(m_meeting))));
    showAttendance();
    m_declarations = m_repo.declarations(m_meeting);
    m_items = m_repo.items(m_meeting);
    m_itemList->clear();
    int select = m_items.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_items.size(); ++i) {
        const auto& it = m_items.at(i);
        m_itemList->addItem(itemLabel(it));
        m_itemList->item(i)->setToolTip(it.title);
        if (it.id == current)
            select = i;
    }
    m_itemList->setCurrentRow(select);
    m_shownRow = -1;
    m_loading = false;
    showItem();
    m_context.notifyDataChanged();
}

void MeetingEditor::showAttendance()
{
    const int row = m_attendance->currentRow();
    m_people = m_repo.attendanceSheet(m_meeting);
    m_attendance->setRowCount(int(m_people.size()));
    for (int r = 0; r < m_people.size(); ++r) {
        const auto& p = m_people.at(r);
        const QStringList cells{p.name, kindName(p.kind), statusName(p.status), p.substituteFor, p.capacity};
        for (int c = 0; c < ColumnCount; ++c)
            m_attendance->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_attendance->resizeColumnToContents(KindColumn);
    m_attendance->resizeColumnToContents(StatusColumn);
    if (row >= 0 && row < m_attendance->rowCount())
        m_attendance->setCurrentCell(row, NameColumn);
}

void MeetingEditor::showItem()
{
    if (m_loading)
        return;
    m_loading = true;
    const int row = m_itemList->currentRow();
    const bool has = row >= 0 && row < m_items.size();
    m_shownRow = has ? row : -1;
    for (QWidget* w : std::initializer_list<QWidget*>{m_number, m_title, m_exempt, m_text, m_resolution,
                                                      m_owner, m_actionText, m_due, m_saveAction, m_declarant,
                                                      m_interest, m_nature, m_declarationList})
        w->setEnabled(has);
    m_up->setEnabled(has && row > 0);
    m_down->setEnabled(has && row + 1 < m_items.size());
    m_resolutions->clear();
    // The action being changed stays chosen when the same item is shown again (after its save).
    const qint64 keptAction = has && m_items.at(row).id == m_fieldsItem ? m_fieldsAction : 0;
    m_actions->clear();
    m_declarationList->clear();
    if (has) {
        const auto& it = m_items.at(row);
        // Only what differs is set, so that a field being typed in keeps its cursor.
        if (m_number->text() != it.number)
            m_number->setText(it.number);
        if (m_title->text() != it.title)
            m_title->setText(it.title);
        m_exempt->setChecked(it.exempt);
        if (m_text->toPlainText() != it.text)
            m_text->setPlainText(it.text);
        for (const auto& d : std::as_const(m_declarations))
            if (d.itemId == it.id)
                m_declarationList->addItem(
                    d.nature.isEmpty()
                        ? tr("%1 — %2 interest").arg(d.person, interestName(d.type))
                        : tr("%1 — %2 interest: %3").arg(d.person, interestName(d.type), d.nature));
        for (const auto& r : it.resolutions)
            m_resolutions->addItem(QStringLiteral("%1. %2").arg(r.number).arg(r.text));
        m_resolutions->setCurrentRow(m_resolutions->count() - 1);
        int chosen = -1;
        for (const auto& a : it.actions) {
            if (a.id == keptAction)
                chosen = m_actions->count();
            m_actions->addItem(tr("%1 ACTION: %2 — %3%4")
                                   .arg(a.reference, a.owner.isEmpty() ? tr("no owner") : a.owner, a.text,
                                        a.due.isValid() ? tr(" (due %1)").arg(BritishDate::shortDate(a.due))
                                                        : tr(" (no due date)")));
        }
        m_actions->setCurrentRow(chosen);
    } else {
        m_number->clear();
        m_title->clear();
        m_text->clear();
    }
    m_loading = false;
    showActionFields();
}

void MeetingEditor::saveItemFields()
{
    m_autosave->stop();
    if (m_loading)
        return;
    const int row = m_shownRow;
    if (row < 0 || row >= m_items.size())
        return;
    const auto before = m_items.at(row);
    auto after = before;
    after.number = m_number->text().trimmed();
    after.title = m_title->text().trimmed();
    after.text = m_text->toPlainText();
    after.exempt = m_exempt->isChecked();
    if (after.number == before.number && after.title == before.title && after.text == before.text &&
        after.exempt == before.exempt)
        return;
    if (after.title.isEmpty()) {
        warn(tr("An item needs a title: type one, or undo (Ctrl+Z) to bring the old one back."));
        return;
    }
    m_savingFields = true;
    // Saving what is on show needs no reload (the cursor stays where it is); undo and redo do.
    const bool saved = push(new EditItemCommand(
        m_context.db(),
        [self = QPointer<MeetingEditor>(this), refresh = refresher()] {
            if (!self || !self->m_savingFields)
                refresh();
        },
        before, after));
    m_savingFields = false;
    if (!saved)
        return;
    m_items[row] = after;
    if (QListWidgetItem* label = m_itemList->item(row)) {
        label->setText(itemLabel(after));
        label->setToolTip(after.title);
    }
}

void MeetingEditor::addItem()
{
    const QString title = m_newItem->text().trimmed();
    if (title.isEmpty())
        return;
    saveItemFields();
    auto* cmd = new AddItemCommand(m_context.db(), refresher(), m_meeting,
                                   m_repo.suggestNextNumber(m_meeting), title, false);
    if (!push(cmd))
        return;
    m_newItem->clear();
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items.at(i).id == cmd->rowId())
            m_itemList->setCurrentRow(i);
}

void MeetingEditor::moveItem(int delta)
{
    const int row = m_itemList->currentRow();
    if (row < 0 || row >= m_items.size() || row + delta < 0 || row + delta >= m_items.size())
        return;
    saveItemFields();
    QList<qint64> before;
    for (const auto& it : std::as_const(m_items))
        before << it.id;
    QList<qint64> after = before;
    after.swapItemsAt(row, row + delta);
    push(new MoveItemCommand(m_context.db(), refresher(), m_meeting, before, after));
}

void MeetingEditor::addDeclaration()
{
    const qint64 item = currentItemId();
    const QString name = m_declarant->text().trimmed();
    if (!item)
        return;
    if (name.isEmpty()) {
        warn(tr("Type the name of the member declaring the interest first."));
        m_declarant->setFocus();
        return;
    }
    MinutesRepository::Declaration d;
    d.itemId = item;
    d.personId = m_repo.personNamed(name);
    if (!d.personId) {
        warn(tr("No one called “%1” is known: choose one of the names offered as you type, or add the person "
                "on the Attendance tab.")
                 .arg(name));
        m_declarant->setFocus();
        return;
    }
    d.person = name;
    d.type = m_interest->currentData().toString();
    d.nature = m_nature->text().trimmed();
    if (!push(new DeclarationCommand(m_context.db(), refresher(), DeclarationCommand::Add, m_meeting, d)))
        return;
    if (m_declarant->completer())
        m_declarant->completer()->popup()->hide();
    m_declarant->clear();
    m_nature->clear();
    m_interest->setCurrentIndex(0);
    m_declarant->setFocus();
}

void MeetingEditor::removeDeclaration()
{
    const int row = m_declarationList->currentRow();
    const qint64 item = currentItemId();
    int seen = 0;
    for (const auto& d : std::as_const(m_declarations)) {
        if (d.itemId != item)
            continue;
        if (seen++ == row) {
            push(new DeclarationCommand(m_context.db(), refresher(), DeclarationCommand::Remove, m_meeting,
                                        d));
            return;
        }
    }
}

void MeetingEditor::addResolution()
{
    const QString text = m_resolution->text().trimmed();
    const qint64 item = currentItemId();
    if (text.isEmpty() || !item)
        return;
    if (push(new AddResolutionCommand(m_context.db(), refresher(), item, text)))
        m_resolution->clear();
}

QDate MeetingEditor::defaultDue(QString* why) const
{
    const QDate next = m_repo.nextMeetingDate(m_meeting);
    if (next.isValid()) {
        if (why)
            *why = tr("Due by default at the next meeting, %1.").arg(BritishDate::longDate(next));
        return next;
    }
    // No next meeting is scheduled yet: the committee's usual gap after this one.
    const QDate start = m_repo.meetingStart(m_meeting).date();
    const int gap = m_repo.usualGapDays(m_meeting);
    if (why)
        *why = tr("No next meeting is scheduled: due by default %1 days after this one, the committee's "
                  "usual gap.")
                   .arg(gap);
    return start.isValid() ? start.addDays(gap) : QDate();
}

QDate MeetingEditor::dueChosen() const
{
    return m_due->date() == kNoDueDate ? QDate() : m_due->date();
}

void MeetingEditor::showActionFields(bool fresh)
{
    const qint64 item = currentItemId();
    const int row = m_itemList->currentRow();
    const int a = m_actions->currentRow();
    const bool editing =
        item && row >= 0 && row < m_items.size() && a >= 0 && a < m_items.at(row).actions.size();
    const qint64 action = editing ? m_items.at(row).actions.at(a).id : 0;
    // A new action being typed for the same item keeps what is typed (the views reload after every
    // edit); a chosen action shows what is saved.
    if (!fresh && !editing && item == m_fieldsItem && m_fieldsAction == 0)
        return;
    m_fieldsItem = item;
    m_fieldsAction = action;
    if (editing) {
        const auto& action = m_items.at(row).actions.at(a);
        m_actionText->setText(action.text);
        m_owner->setText(action.owner);
        m_due->setDate(action.due.isValid() ? action.due : kNoDueDate);
        m_dueHint->setText(
            tr("Changing action %1: Enter saves, Escape goes back to a new action.").arg(action.reference));
        m_saveAction->setText(tr("Save Action"));
        m_saveAction->setToolTip(tr("Saves the changes to action %1 (Enter)").arg(action.reference));
    } else {
        m_actionText->clear();
        m_owner->clear();
        QString why;
        const QDate due = defaultDue(&why);
        m_due->setDate(due.isValid() ? due : kNoDueDate);
        m_dueHint->setText(why);
        m_saveAction->setText(tr("Add Action"));
        m_saveAction->setToolTip(tr("Makes the chosen resolution an action (Ctrl+Shift+A)"));
    }
}

void MeetingEditor::makeAction()
{
    const int row = m_itemList->currentRow();
    if (row < 0 || row >= m_items.size())
        return;
    const auto& item = m_items.at(row);
    const QString owner = m_owner->text().trimmed();
    const int a = m_actions->currentRow();
    if (a >= 0 && a < item.actions.size()) {
        // An action chosen in the list: its fields are changed.
        const auto& action = item.actions.at(a);
        const EditActionCommand::Fields before{action.text, action.owner, action.due};
        const EditActionCommand::Fields after{
            m_actionText->text().trimmed().isEmpty() ? action.text : m_actionText->text().trimmed(), owner,
            dueChosen()};
        if (before == after)
            return;
        push(new EditActionCommand(m_context.db(), action.id, action.reference, before, after, Place(),
                                   refresher()));
        return;
    }
    const int r = m_resolutions->currentRow();
    if (r < 0 || r >= item.resolutions.size()) {
        warn(tr("Choose the resolution to turn into an action."));
        return;
    }
    if (owner.isEmpty()) {
        warn(tr("Type who owns the action first."));
        m_owner->setFocus();
        return;
    }
    const QString text = m_actionText->text().trimmed().isEmpty() ? item.resolutions.at(r).text
                                                                  : m_actionText->text().trimmed();
    if (!push(new AddActionCommand(m_context.db(), refresher(), item.id, item.resolutions.at(r).id, text,
                                   owner, dueChosen())))
        return;
    if (m_owner->completer())
        m_owner->completer()->popup()->hide();
    m_actions->setCurrentRow(-1);
    showActionFields(true);
    m_owner->setFocus();
}

void MeetingEditor::setStatus(int row, const QString& status)
{
    const auto& person = m_people.at(row);
    const MinutesRepository::Presence before = m_repo.presence(m_meeting, person.personId);
    MinutesRepository::Presence after = before;
    after.status = status;
    if (status != QLatin1String("substitute"))
        after.substituteForId = 0;
    if (status.isEmpty())
        after = {};
    if (after != before)
        push(
            new SetAttendanceCommand(m_context.db(), refresher(), m_meeting, person.personId, before, after));
}

void MeetingEditor::recordSubstitute()
{
    const int row = m_attendance->currentRow();
    if (row < 0 || row >= m_people.size()) {
        warn(tr("Select the substitute in the grid first, then press S."));
        return;
    }
    const auto& person = m_people.at(row);
    const QString name = m_substituteFor->text().trimmed();
    const qint64 replaced = name.isEmpty() ? 0 : m_repo.personNamed(name);
    if (!replaced) {
        warn(name.isEmpty()
                 ? tr("Type the name of the member %1 replaces, then press Enter.").arg(person.name)
                 : tr("No one called “%1” is known: choose one of the committee's members offered as you "
                      "type.")
                       .arg(name));
        return;
    }
    if (replaced == person.personId) {
        warn(tr("%1 cannot substitute for themselves: type the name of the member they replace.")
                 .arg(person.name));
        return;
    }
    const MinutesRepository::Presence before = m_repo.presence(m_meeting, person.personId);
    MinutesRepository::Presence after = before;
    after.status = QStringLiteral("substitute");
    after.substituteForId = replaced;
    if (after != before && !push(new SetAttendanceCommand(m_context.db(), refresher(), m_meeting,
                                                          person.personId, before, after)))
        return;
    if (m_substituteFor->completer())
        m_substituteFor->completer()->popup()->hide();
    m_substituteFor->clear();
    m_attendance->setFocus();
    m_attendance->setCurrentCell(qMin(row + 1, m_attendance->rowCount() - 1), NameColumn);
}

void MeetingEditor::addAttendee()
{
    const QString name = m_guestName->text().trimmed();
    if (name.isEmpty()) {
        warn(tr("Type the name of the officer or guest first."));
        m_guestName->setFocus();
        return;
    }
    const qint64 known = m_repo.personNamed(name);
    for (const auto& p : std::as_const(m_people))
        if (known && p.personId == known) {
            warn(tr("%1 is already on the attendance sheet: select them in the grid and press a letter.")
                     .arg(p.name));
            selectPerson(known);
            return;
        }
    const QString kind = m_guestKind->currentData().toString();
    const bool substitute = kind == QLatin1String("member");
    MinutesRepository::Presence presence{substitute ? QStringLiteral("substitute")
                                                    : QStringLiteral("in attendance"),
                                         0, m_guestCapacity->text().trimmed()};
    auto* cmd = new AddAttendeeCommand(m_context.db(), refresher(), m_meeting, name, kind, presence);
    if (!push(cmd))
        return;
    if (m_guestName->completer())
        m_guestName->completer()->popup()->hide();
    m_guestName->clear();
    m_guestCapacity->clear();
    selectPerson(cmd->personId());
    if (substitute) {
        m_message->setText(tr("Now type the member %1 replaces, then Enter.").arg(name));
        m_substituteFor->setFocus();
    } else {
        m_guestName->setFocus();
    }
}

void MeetingEditor::selectPerson(qint64 personId)
{
    for (int r = 0; r < m_people.size(); ++r)
        if (m_people.at(r).personId == personId)
            m_attendance->setCurrentCell(r, NameColumn);
}

bool MeetingEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (watched == m_attendance) {
            const int row = m_attendance->currentRow();
            const bool valid = row >= 0 && row < m_people.size();
            static const QHash<int, QString> statuses{{Qt::Key_P, QStringLiteral("present")},
                                                      {Qt::Key_A, QStringLiteral("apologies")},
                                                      {Qt::Key_X, QStringLiteral("absent")},
                                                      {Qt::Key_O, QStringLiteral("in attendance")},
                                                      {Qt::Key_Delete, QString()},
                                                      {Qt::Key_Backspace, QString()}};
            if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
                return QDialog::eventFilter(watched, event);
            if (key->key() == Qt::Key_S && valid) {
                // Who they replace comes next; Enter records both in one edit.
                m_substituteFor->setText(m_people.at(row).substituteFor);
                m_substituteFor->selectAll();
                m_substituteFor->setFocus();
                m_message->setText(tr("Type the member %1 replaces, then Enter.").arg(m_people.at(row).name));
                return true;
            }
            if (statuses.contains(key->key()) && valid) {
                setStatus(row, statuses.value(key->key()));
                m_attendance->setCurrentCell(qMin(row + 1, m_attendance->rowCount() - 1), NameColumn);
                return true;
            }
        }
        if (watched == m_substituteFor && !popupShown(m_substituteFor)) {
            if (isEnter(key)) {
                recordSubstitute();
                return true;
            }
            if (key->key() == Qt::Key_Escape) {
                m_substituteFor->clear();
                m_message->clear();
                m_attendance->setFocus();
                return true;
            }
        }
        if ((watched == m_guestName || watched == m_guestCapacity) && isEnter(key) &&
            !popupShown(m_guestName)) {
            addAttendee();
            return true;
        }
        if ((watched == m_declarant || watched == m_nature) && isEnter(key) && !popupShown(m_declarant)) {
            addDeclaration();
            return true;
        }
        if (watched == m_declarationList &&
            (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace)) {
            removeDeclaration();
            return true;
        }
        if (watched == m_owner || watched == m_actionText || watched == m_due) {
            const bool shortcut =
                key->key() == Qt::Key_A && key->modifiers() == (Qt::ControlModifier | Qt::ShiftModifier);
            if (shortcut || (isEnter(key) && !popupShown(m_owner))) {
                makeAction();
                return true;
            }
            if (key->key() == Qt::Key_Escape && m_actions->currentRow() >= 0 && !popupShown(m_owner)) {
                m_actions->setCurrentRow(-1); // back to making a new action
                showActionFields(true);
                return true;
            }
        }
        // Typing in a list (chosen from, never typed in) goes to the field below it: nothing is lost.
        if ((watched == m_resolutions || watched == m_actions) && !key->text().isEmpty() &&
            key->text().at(0).isPrint() && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            QLineEdit* field = watched == m_resolutions ? m_resolution : m_actionText;
            if (field->isEnabled()) {
                field->setFocus();
                field->end(false);
                field->insert(key->text());
            }
            return true;
        }
        if (watched == m_actions && key->key() == Qt::Key_Escape && m_actions->currentRow() >= 0) {
            m_actions->setCurrentRow(-1);
            showActionFields(true);
            return true;
        }
    }
    if (watched == m_text && event->type() == QEvent::FocusOut)
        saveItemFields();
    return QDialog::eventFilter(watched, event);
}

bool MeetingEditor::confirmClose()
{
    // Every edit is already saved; what is being typed in an item's fields is saved now.
    saveItemFields();
    QStringList pending;
    const auto note = [&pending](const QLineEdit* e, const QString& what) {
        if (!e->text().trimmed().isEmpty())
            pending << what.arg(e->text().trimmed());
    };
    if (m_shownRow >= 0 && m_title->text().trimmed().isEmpty())
        pending << tr("an item without a title (its old title is kept)");
    note(m_newItem, tr("the new item “%1”"));
    note(m_resolution, tr("the resolution “%1”"));
    note(m_owner, tr("an action for “%1”"));
    note(m_declarant, tr("a declaration by “%1”"));
    note(m_substituteFor, tr("a substitute for “%1”"));
    note(m_guestName, tr("“%1” on the attendance"));
    if (pending.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Close the Meeting?"),
                    tr("Everything else is saved, but this was typed and not added: %1.")
                        .arg(pending.join(QStringLiteral("; "))),
                    QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setInformativeText(
        tr("Choose Cancel and press Enter in the field to add it, or Discard to close without it."));
    box.button(QMessageBox::Discard)->setText(tr("Close &Without It"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Discard)
        return false;
    for (QLineEdit* e : {m_newItem, m_resolution, m_owner, m_declarant, m_nature, m_substituteFor,
                         m_guestName, m_guestCapacity})
        e->clear();
    if (m_shownRow >= 0)
        m_title->setText(m_items.at(m_shownRow).title);
    return true;
}

void MeetingEditor::reject()
{
    if (confirmClose())
        QDialog::reject();
}

void MeetingEditor::closeEvent(QCloseEvent* event)
{
    if (confirmClose())
        event->accept();
    else
        event->ignore();
}
