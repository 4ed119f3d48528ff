#pragma once

#include "store/NoteRepository.h"

#include <QWidget>
#include <memory>

class AppContext;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Ui {
class NotesWidget;
}

// The signed-in member's private notes on one item, milestone, action or meeting, for any page
// to embed (a side panel) or to open in a window of its own:
//
//   auto* notes = new NotesWidget(context, this);
//   notes->setTarget(Note::Target::Milestone, milestoneId, tr("P2.3 Caseload Promise"));
//   NotesWidget::openWindow(context, Note::Target::Item, itemId, tr("Item 56a"), this);
//
// Only the author ever sees or changes a note (the store enforces it). Adding is Ctrl+Return;
// deleting can be undone with Edit ▸ Undo. Errors are shown in the panel, never in a dialog.
class NotesWidget : public QWidget
{
    Q_OBJECT
public:
    explicit NotesWidget(AppContext& context, QWidget* parent = nullptr);
    ~NotesWidget() override;

    // What the notes are about; `label` names it for people ("Item 56a Improvement plan update").
    void setTarget(Note::Target target, qint64 targetId, const QString& label);
    void clearTarget();
    bool hasTarget() const { return m_targetId != 0; }
    int count() const;
    // Re-reads the notes (after a change elsewhere).
    void reload();

    // Opens the notes in a small window of their own (not modal); returns it.
    static QWidget* openWindow(AppContext& context, Note::Target target, qint64 targetId,
                               const QString& label, QWidget* parent);

signals:
    void countChanged(int count);

private:
    void addOrSave();
    void editSelected();
    void deleteSelected();
    void showError(const QString& message);
    void updateButtons();

    std::unique_ptr<Ui::NotesWidget> m_ui; // the layout: ui/NotesWidget.ui
    AppContext& m_context;
    Note::Target m_target = Note::Target::Item;
    qint64 m_targetId = 0;
    QList<Note> m_notes;
    qint64 m_editing = 0; // the note being edited, 0 when adding
    // The form's widgets that the behaviour works on.
    QLabel* m_title = nullptr;
    QListWidget* m_list = nullptr;
    QPlainTextEdit* m_editor = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_error = nullptr;
};
