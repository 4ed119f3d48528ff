#include "MeetingEditor.h"

#include "Accessible.h"
#include "AppContext.h"
#include "MinutesCommands.h"
#include "UndoCommands.h"
#include "WindowSize.h"
#include "core/BritishDate.h"
#include "core/Translations.h"
#include "store/Database.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
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
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

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

QPushButton* button(const QString& text, const QString& tip, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setAutoDefault(false); // Enter belongs to the field being typed in
    b->setToolTip(tip);
    return b;
}

} // namespace

MeetingEditor::MeetingEditor(AppContext& context, qint64 meetingId, QWidget* parent)
    : QDialog(parent), m_context(context), m_meeting(meetingId), m_repo(context.db())
{
    setWindowTitle(tr("Record Meeting"));
    WindowSize::fit(this, {1240, 820});
    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: 600;"));
    layout->addWidget(m_heading);
    auto* tabs = new QTabWidget(this);
    layout->addWidget(tabs, 1);
    tabs->addTab(buildAttendancePage(tabs), tr("&Attendance"));
    tabs->addTab(buildMinutesPage(tabs), tr("M&inutes"));

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("editorMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Enter belongs to the field being typed in: it must never close the editor.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons);

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
    tabs->setCurrentIndex(1);
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

QWidget* MeetingEditor::buildAttendancePage(QWidget* parent)
{
    auto* page = new QWidget(parent);
    auto* al = new QVBoxLayout(page);
    auto* hint = new QLabel(tr("Select a person and press P (present), A (apologies), X (absent), S "
                               "(substitute: then type whom they replace), "
                               "O (in attendance) or Delete to clear."),
                            page);
    hint->setWordWrap(true);
    al->addWidget(hint);
    m_attendance = new QTableWidget(0, ColumnCount, page);
    m_attendance->setObjectName(QStringLiteral("attendanceGrid"));
    m_attendance->setHorizontalHeaderLabels(
        {tr("Name"), tr("Kind"), tr("Attendance"), tr("Substitute for"), tr("Capacity")});
    m_attendance->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_attendance->horizontalHeader()->setSectionResizeMode(SubstituteColumn, QHeaderView::Stretch);
    m_attendance->horizontalHeader()->setSectionResizeMode(CapacityColumn, QHeaderView::Stretch);
    m_attendance->verticalHeader()->hide();
    m_attendance->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attendance->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_attendance->setSelectionMode(QAbstractItemView::SingleSelection);
    m_attendance->installEventFilter(this);
    al->addWidget(m_attendance, 1);

    auto* sub = new QHBoxLayout;
    auto* subLabel = new QLabel(tr("Selected person is a substitute &for:"), page);
    m_substituteFor = new QLineEdit(page);
    m_substituteFor->setObjectName(QStringLiteral("substituteFor"));
    m_substituteFor->setPlaceholderText(tr("Member replaced, then Enter (Escape goes back to the grid)"));
    m_substituteFor->setCompleter(completer(m_repo.committeePeople(m_meeting), m_substituteFor));
    m_substituteFor->installEventFilter(this);
    subLabel->setBuddy(m_substituteFor);
    sub->addWidget(subLabel);
    sub->addWidget(m_substituteFor, 1);
    al->addLayout(sub);

    auto* others = new QGroupBox(tr("Officers, guests and substitutes from outside the committee"), page);
    auto* ol = new QHBoxLayout(others);
    m_guestName = new QLineEdit(others);
    m_guestName->setObjectName(QStringLiteral("attendeeName"));
    m_guestName->setPlaceholderText(tr("Name (completes from the people known)"));
    m_guestName->setCompleter(completer(m_repo.knownPeople(), m_guestName));
    m_guestKind = new QComboBox(others);
    m_guestKind->setObjectName(QStringLiteral("attendeeKind"));
    m_guestKind->addItem(tr("Officer"), QStringLiteral("officer"));
    m_guestKind->addItem(tr("Guest"), QStringLiteral("guest"));
    m_guestKind->addItem(tr("Substitute member"), QStringLiteral("member"));
    m_guestCapacity = new QLineEdit(others);
    m_guestCapacity->setObjectName(QStringLiteral("attendeeCapacity"));
    m_guestCapacity->setPlaceholderText(tr("Job title or capacity (optional)"));
    auto* add = button(tr("A&dd"), tr("Adds the person to the attendance (Enter in the name)"), others);
    auto* nameLabel = new QLabel(tr("&Name:"), others);
    nameLabel->setBuddy(m_guestName);
    ol->addWidget(nameLabel);
    ol->addWidget(m_guestName, 3);
    ol->addWidget(new QLabel(tr("as"), others));
    ol->addWidget(m_guestKind);
    ol->addWidget(m_guestCapacity, 2);
    ol->addWidget(add);
    al->addWidget(others);
    m_guestName->installEventFilter(this);
    m_guestCapacity->installEventFilter(this);
    connect(add, &QPushButton::clicked, this, &MeetingEditor::addAttendee);
    return page;
}

QWidget* MeetingEditor::buildMinutesPage(QWidget* parent)
{
    auto* page = new QSplitter(parent);
    page->setChildrenCollapsible(false);
    auto* left = new QWidget(page);
    auto* ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 4, 0);
    auto* agendaLabel = new QLabel(tr("Agenda"), left);
    ll->addWidget(agendaLabel);
    m_itemList = new QListWidget(left);
    Accessible::nameAfter(m_itemList, agendaLabel);
    m_itemList->setObjectName(QStringLiteral("itemList"));
    m_itemList->setWordWrap(true);
    m_itemList->setSpacing(2); // wrapped titles stay apart
    auto* moves = new QHBoxLayout;
    m_up = button(tr("Move &Up"), tr("Moves the item up the agenda (Alt+Up); its minute number stays"), left);
    m_down = button(tr("Move &Down"),
                    tr("Moves the item down the agenda (Alt+Down); its minute number stays"), left);
    m_up->setObjectName(QStringLiteral("moveUp"));
    m_down->setObjectName(QStringLiteral("moveDown"));
    moves->addWidget(m_up);
    moves->addWidget(m_down);
    m_newItem = new QLineEdit(left);
    m_newItem->setObjectName(QStringLiteral("newItem"));
    m_newItem->setPlaceholderText(tr("New item title, then Enter"));
    Accessible::nameAfter(m_newItem, m_newItem->placeholderText());
    ll->addWidget(m_itemList, 1);
    ll->addLayout(moves);
    ll->addWidget(m_newItem);

    auto* right = new QWidget(page);
    auto* rl = new QVBoxLayout(right);
    rl->setContentsMargins(4, 0, 0, 0);
    auto* head = new QGridLayout;
    m_number = new QLineEdit(right);
    m_number->setObjectName(QStringLiteral("minuteNumber"));
    m_number->setMaximumWidth(90);
    m_title = new QLineEdit(right);
    m_title->setObjectName(QStringLiteral("itemTitle"));
    m_exempt = new QCheckBox(tr("Exem&pt (Part 2): not for publication"), right);
    auto* numberLabel = new QLabel(tr("Minute &number:"), right);
    numberLabel->setBuddy(m_number);
    auto* titleLabel = new QLabel(tr("&Title:"), right);
    titleLabel->setBuddy(m_title);
    head->addWidget(numberLabel, 0, 0);
    head->addWidget(m_number, 0, 1);
    head->addWidget(titleLabel, 0, 2);
    head->addWidget(m_title, 0, 3);
    head->addWidget(m_exempt, 1, 3);
    head->setColumnStretch(3, 1);
    rl->addLayout(head);

    // Declarations of interest on this item.
    auto* declarations = new QGroupBox(tr("Declarations of interest"), right);
    auto* dl = new QVBoxLayout(declarations);
    m_declarationList = new QListWidget(declarations);
    m_declarationList->setObjectName(QStringLiteral("declarationList"));
    Accessible::nameAfter(m_declarationList, declarations->title());
    m_declarationList->setMaximumHeight(72);
    m_declarationList->setToolTip(tr("Delete removes the declaration chosen"));
    m_declarationList->installEventFilter(this);
    auto* entry = new QHBoxLayout;
    m_declarant = new QLineEdit(declarations);
    m_declarant->setObjectName(QStringLiteral("declarant"));
    m_declarant->setToolTip(tr("Names complete from the committee's members and those at the meeting"));
    m_declarant->setPlaceholderText(tr("Member's name"));
    m_declarant->setCompleter(completer(m_repo.committeePeople(m_meeting), m_declarant));
    m_interest = new QComboBox(declarations);
    m_interest->setObjectName(QStringLiteral("interestType"));
    for (const char* type : {"personal", "prejudicial", "pecuniary", "other"})
        m_interest->addItem(interestName(QLatin1String(type)), QLatin1String(type));
    m_nature = new QLineEdit(declarations);
    m_nature->setObjectName(QStringLiteral("interestNature"));
    m_nature->setPlaceholderText(tr("Nature of the interest, then Enter"));
    auto* declare =
        button(tr("D&eclare"), tr("Records the declaration (Enter in the member or nature)"), declarations);
    auto* declarantLabel = new QLabel(tr("&Member:"), declarations);
    declarantLabel->setBuddy(m_declarant);
    entry->addWidget(declarantLabel);
    entry->addWidget(m_declarant, 2);
    entry->addWidget(m_interest);
    entry->addWidget(m_nature, 3);
    entry->addWidget(declare);
    dl->addWidget(m_declarationList);
    dl->addLayout(entry);
    rl->addWidget(declarations);

    auto* textLabel = new QLabel(tr("Minutes te&xt:"), right);
    m_text = new QPlainTextEdit(right);
    m_text->setObjectName(QStringLiteral("minutesText"));
    m_text->setTabChangesFocus(true);
    textLabel->setBuddy(m_text);
    rl->addWidget(textLabel);
    rl->addWidget(m_text, 2);

    auto* lower = new QHBoxLayout;
    auto* resolved = new QGroupBox(tr("Resolved"), right);
    auto* resl = new QVBoxLayout(resolved);
    m_resolutions = new QListWidget(resolved);
    m_resolutions->setObjectName(QStringLiteral("resolutionList"));
    Accessible::nameAfter(m_resolutions, resolved->title());
    m_resolutions->setWordWrap(true);
    m_resolutions->setSpacing(2);
    m_resolutions->setToolTip(
        tr("Choose the resolution an action comes from (arrow keys); typing goes to the "
           "field below"));
    m_resolution = new QLineEdit(resolved);
    m_resolution->setObjectName(QStringLiteral("resolutionEntry"));
    m_resolution->setPlaceholderText(tr("Resolution text, then Enter for the next"));
    auto* resolutionLabel = new QLabel(tr("&Resolution:"), resolved);
    resolutionLabel->setBuddy(m_resolution);
    auto* resolutionRow = new QHBoxLayout;
    resolutionRow->addWidget(resolutionLabel);
    resolutionRow->addWidget(m_resolution, 1);
    resl->addWidget(m_resolutions, 1);
    resl->addLayout(resolutionRow);

    auto* actionBox = new QGroupBox(tr("Actions"), right);
    auto* acl = new QVBoxLayout(actionBox);
    m_actions = new QListWidget(actionBox);
    m_actions->setObjectName(QStringLiteral("actionList"));
    Accessible::nameAfter(m_actions, actionBox->title());
    m_actions->setWordWrap(true);
    m_actions->setSpacing(2);
    m_actions->setToolTip(tr("Choose an action to change its text, owner or due date below; Escape goes back "
                             "to making a new one"));
    auto* actionForm = new QGridLayout;
    m_actionText = new QLineEdit(actionBox);
    m_actionText->setObjectName(QStringLiteral("actionText"));
    m_actionText->setPlaceholderText(tr("What is to be done (empty: the resolution's words)"));
    m_owner = new QLineEdit(actionBox);
    m_owner->setObjectName(QStringLiteral("actionOwner"));
    m_owner->setPlaceholderText(tr("Who, then Ctrl+Shift+A or Enter"));
    m_owner->setToolTip(tr("Type who owns the action (names and job titles complete as you type), then "
                           "Ctrl+Shift+A or Enter: the resolution chosen above becomes an action"));
    m_owner->setCompleter(completer(m_repo.knownOwners(), m_owner));
    m_due = new QDateEdit(actionBox);
    m_due->setObjectName(QStringLiteral("actionDue"));
    m_due->setLocale(Translations::dateLocale()); // "Sep" (never "Sept"), or Welsh names
    m_due->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_due->setCalendarPopup(true);
    m_due->setMinimumDate(kNoDueDate);
    m_due->setSpecialValueText(tr("no due date"));
    m_dueHint = new QLabel(actionBox);
    m_dueHint->setObjectName(QStringLiteral("actionDueHint"));
    m_dueHint->setWordWrap(true);
    m_saveAction =
        button(tr("Add Action"), tr("Makes the chosen resolution an action (Ctrl+Shift+A)"), actionBox);
    m_saveAction->setObjectName(QStringLiteral("saveAction"));
    auto* actionTextLabel = new QLabel(tr("Acti&on:"), actionBox);
    actionTextLabel->setBuddy(m_actionText);
    auto* ownerLabel = new QLabel(tr("O&wner:"), actionBox);
    ownerLabel->setBuddy(m_owner);
    auto* dueLabel = new QLabel(tr("Due &by:"), actionBox);
    dueLabel->setBuddy(m_due);
    actionForm->addWidget(actionTextLabel, 0, 0);
    actionForm->addWidget(m_actionText, 0, 1, 1, 3);
    actionForm->addWidget(ownerLabel, 1, 0);
    actionForm->addWidget(m_owner, 1, 1);
    actionForm->addWidget(dueLabel, 1, 2);
    actionForm->addWidget(m_due, 1, 3);
    actionForm->addWidget(m_dueHint, 2, 1, 1, 2);
    actionForm->addWidget(m_saveAction, 2, 3);
    actionForm->setColumnStretch(1, 1);
    acl->addWidget(m_actions, 1);
    acl->addLayout(actionForm);
    lower->addWidget(resolved);
    lower->addWidget(actionBox);
    rl->addLayout(lower, 2);

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

    page->addWidget(left);
    page->addWidget(right);
    page->setStretchFactor(0, 1);
    page->setStretchFactor(1, 3);
    page->setSizes({380, 860}); // room for the items' titles

    connect(m_newItem, &QLineEdit::returnPressed, this, &MeetingEditor::addItem);
    connect(m_resolution, &QLineEdit::returnPressed, this, &MeetingEditor::addResolution);
    connect(declare, &QPushButton::clicked, this, &MeetingEditor::addDeclaration);
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
    return page;
}

qint64 MeetingEditor::createMeeting(AppContext& context, QWidget* parent)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(tr("New Meeting"));
    auto* form = new QFormLayout(&dialog);
    auto* when = new QDateTimeEdit(QDateTime(QDate::currentDate(), QTime(19, 0)), &dialog);
    when->setLocale(Translations::dateLocale()); // the interface's day and month names, not the system's
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
        const qint64 id =
            MinutesRepository(context.db())
                .createMeeting(context.committeeId(), when->dateTime(), venue->text().trimmed());
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
