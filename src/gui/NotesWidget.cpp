#include "NotesWidget.h"

#include "AppContext.h"
#include "UndoCommands.h"
#include "WindowSize.h"
#include "core/BritishDate.h"
#include "store/Database.h"
#include "ui_NotesWidget.h"
#include "ui_NotesWindow.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

// Undoing a deletion writes the note again (as a new note with the same text). A refusal of the
// store is reported and the step dropped, as for every StoreCommand.
class DeleteNoteCommand : public StoreCommand
{
public:
    DeleteNoteCommand(Database& db, Note note, QPointer<NotesWidget> widget, Place where)
        : StoreCommand(db, QCoreApplication::translate("NotesWidget", "Delete Note"), std::move(where),
                       [widget] {
                           if (widget)
                               widget->reload();
                       }),
          m_note(std::move(note))
    {
    }

protected:
    void apply() override { NoteRepository(db()).remove(m_note); }
    void revert() override
    {
        m_note = NoteRepository(db()).add(m_note.targetType, m_note.targetId, m_note.text);
    }

private:
    Note m_note;
};

} // namespace

NotesWidget::NotesWidget(AppContext& context, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::NotesWidget>()), m_context(context)
{
    m_ui->setupUi(this); // the layout: ui/NotesWidget.ui
    m_title = m_ui->notesTitle;
    m_list = m_ui->notesList;
    m_edit = m_ui->editNote;
    m_delete = m_ui->deleteNote;
    m_editor = m_ui->noteEditor;
    m_error = m_ui->noteError;
    m_cancel = m_ui->cancelNote;
    m_add = m_ui->addNote;
    m_editor->setMaximumHeight(m_editor->fontMetrics().height() * 5);
    m_error->hide();
    m_cancel->hide();

    auto* save = new QShortcut(QKeySequence(tr("Ctrl+Return")), m_editor);
    save->setContext(Qt::WidgetShortcut);
    connect(save, &QShortcut::activated, this, &NotesWidget::addOrSave);
    connect(m_add, &QPushButton::clicked, this, &NotesWidget::addOrSave);
    connect(m_edit, &QPushButton::clicked, this, &NotesWidget::editSelected);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &NotesWidget::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &NotesWidget::deleteSelected);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_editing = 0;
        m_editor->clear();
        updateButtons();
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &NotesWidget::updateButtons);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &NotesWidget::updateButtons);
    clearTarget();
}

NotesWidget::~NotesWidget() = default;

void NotesWidget::setTarget(Note::Target target, qint64 targetId, const QString& label)
{
    m_target = target;
    m_targetId = targetId;
    m_editing = 0;
    m_editor->clear();
    m_title->setText(tr("<b>My notes</b> on %1<br><small>Private: only you (%2) can see them.</small>")
                         .arg(label.toHtmlEscaped(), m_context.db().login().toHtmlEscaped()));
    reload();
}

void NotesWidget::clearTarget()
{
    m_targetId = 0;
    m_notes.clear();
    m_list->clear();
    m_title->setText(
        tr("<b>My notes</b><br><small>Choose something to see or write your private notes on it.</small>"));
    m_error->hide();
    updateButtons();
    emit countChanged(0);
}

int NotesWidget::count() const
{
    return int(m_notes.size());
}

void NotesWidget::reload()
{
    m_list->clear();
    m_notes.clear();
    if (m_targetId) {
        try {
            m_notes = NoteRepository(m_context.db()).notesFor(m_target, m_targetId);
        } catch (const StoreError& e) {
            showError(e.message());
        }
    }
    for (const Note& n : m_notes) {
        const QDateTime when = n.updatedAt.isValid() ? n.updatedAt : n.createdAt;
        auto* item = new QListWidgetItem(
            QStringLiteral("%1\n— %2, %3")
                .arg(n.text, BritishDate::mediumDate(when.date()), BritishDate::time12(when.time())),
            m_list);
        item->setToolTip(n.text);
    }
    updateButtons();
    emit countChanged(count());
}

void NotesWidget::addOrSave()
{
    if (!m_targetId)
        return;
    const QString text = m_editor->toPlainText();
    try {
        NoteRepository repo(m_context.db());
        if (m_editing) {
            for (const Note& n : std::as_const(m_notes))
                if (n.id == m_editing)
                    repo.change(n, text);
        } else {
            repo.add(m_target, m_targetId, text);
        }
        m_editing = 0;
        m_editor->clear();
        m_error->hide();
        reload();
    } catch (const StoreError& e) {
        showError(e.message()); // the text stays in the editor, so nothing typed is lost
    }
}

void NotesWidget::editSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_notes.size())
        return;
    m_editing = m_notes.at(row).id;
    m_editor->setPlainText(m_notes.at(row).text);
    m_editor->setFocus();
    updateButtons();
}

void NotesWidget::deleteSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_notes.size())
        return;
    m_error->hide();
    QUndoStack* stack = m_context.undoStack();
    QString error;
    if (!pushCommand(stack,
                     new DeleteNoteCommand(m_context.db(), m_notes.at(row), this,
                                           {m_context.currentPage(), {}, AppContext::placeOf(stack)}),
                     &error))
        QMessageBox::warning(this, tr("Note not deleted"), error);
}

void NotesWidget::showError(const QString& message)
{
    m_error->setText(tr("⚠ %1").arg(message));
    m_error->show();
}

void NotesWidget::updateButtons()
{
    const bool chosen = m_list->currentRow() >= 0;
    m_list->setEnabled(m_targetId != 0);
    m_editor->setEnabled(m_targetId != 0);
    m_edit->setEnabled(chosen && !m_editing);
    m_delete->setEnabled(chosen && !m_editing);
    m_add->setText(m_editing ? tr("Save Cha&nges") : tr("Add &Note"));
    m_add->setEnabled(m_targetId != 0 && !m_editor->toPlainText().trimmed().isEmpty());
    m_cancel->setVisible(m_editing != 0);
}

QWidget* NotesWidget::openWindow(AppContext& context, Note::Target target, qint64 targetId,
                                 const QString& label, QWidget* parent)
{
    auto* dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("My Notes — %1").arg(label));
    Ui::NotesWindow form; // the layout: ui/NotesWindow.ui; the notes go in its slot
    form.setupUi(dialog);
    auto* notes = new NotesWidget(context, form.notesSlot);
    notes->setTarget(target, targetId, label);
    form.notesSlotLayout->addWidget(notes);
    WindowSize::fit(dialog, {420, 480});
    dialog->show();
    return dialog;
}
