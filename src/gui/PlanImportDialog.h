#pragma once

#include "store/PlanSpreadsheet.h"

#include <QDialog>
#include <QUndoCommand>
#include <functional>
#include <memory>

class Database;
class QTreeWidget;

namespace Ui {
class PlanImportDialog;
}

// Plan ▸ Import Plan from CSV…: what the file would change, milestone by milestone and field by
// field (a field that would be emptied stands out), before anything is saved. Import saves it all,
// Cancel saves nothing.
class PlanImportDialog : public QDialog
{
    Q_OBJECT
public:
    PlanImportDialog(const QString& fileName, const PlanSpreadsheet::ImportResult& preview,
                     QWidget* parent = nullptr);
    ~PlanImportDialog() override;

    QTreeWidget* changes() const { return m_changes; }
    // How many fields the import would empty (shown in the summary; 0 when none).
    int emptied() const { return m_emptied; }

private:
    std::unique_ptr<Ui::PlanImportDialog> m_ui; // the layout: ui/PlanImportDialog.ui
    QTreeWidget* m_changes = nullptr;           // m_ui->changes
    int m_emptied = 0;
};

// A saved plan import as one step of Edit ▸ Undo: undo takes back every milestone, priority and
// rating it added or changed; redo imports the same file again. `done` is the import as first saved
// (the command does not save it again when pushed). Errors of undo or redo (someone changed a
// milestone since) go to `report`, and the step leaves the stack.
class PlanImportCommand : public QUndoCommand
{
public:
    PlanImportCommand(Database& db, QByteArray bytes, QString sourceName, qint64 planId,
                      PlanSpreadsheet::ImportResult done, std::function<void()> changed,
                      std::function<void(const QString&)> report);
    void redo() override;
    void undo() override;

private:
    Database& m_db;
    QByteArray m_bytes;
    QString m_source;
    qint64 m_planId;
    PlanSpreadsheet::ImportResult m_result;
    bool m_first = true;
    std::function<void()> m_changed;
    std::function<void(const QString&)> m_report;
};
