#include "PlanImportDialog.h"

#include "store/StoreError.h"
#include "ui_PlanImportDialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>

PlanImportDialog::PlanImportDialog(const QString& fileName, const PlanSpreadsheet::ImportResult& preview,
                                   QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PlanImportDialog>())
{
    m_ui->setupUi(this); // the layout: ui/PlanImportDialog.ui
    m_changes = m_ui->changes;
    const QColor warning(QStringLiteral("#b71c1c"));
    for (const auto& c : preview.changes) {
        auto* top = new QTreeWidgetItem(m_changes);
        top->setText(0, c.added ? tr("Line %1: new %2 %3").arg(c.line).arg(c.code, c.milestone)
                                : tr("Line %1: %2 %3").arg(c.line).arg(c.code, c.milestone));
        top->setToolTip(0, c.milestone);
        top->setText(1, c.added ? tr("added")
                                : (c.fields.size() == 1 ? tr("1 field changes")
                                                        : tr("%1 fields change").arg(c.fields.size())));
        for (const auto& f : c.fields) {
            auto* row = new QTreeWidgetItem(top);
            row->setText(1, f.label);
            row->setText(2,
                         c.added ? QString() : (f.before.isEmpty() ? tr("(empty)") : f.before.simplified()));
            row->setToolTip(2, f.before);
            const bool empties = !c.added && f.after.isEmpty();
            row->setText(3, empties ? tr("(emptied)") : f.after.simplified());
            row->setToolTip(3, f.after);
            if (empties) {
                ++m_emptied;
                row->setForeground(3, warning);
                QFont bold = row->font(3);
                bold.setBold(true);
                row->setFont(3, bold);
            }
        }
    }
    m_changes->expandAll();
    m_changes->header()->resizeSection(0, 320);
    m_changes->header()->resizeSection(1, 110);
    m_changes->header()->resizeSection(2, 220);

    QString text = tr("%1 would add %2 milestones and change %3; %4 stay as they are; %5 ratings would be "
                      "recorded in the rating history.")
                       .arg(fileName)
                       .arg(preview.added)
                       .arg(preview.updated)
                       .arg(preview.unchanged)
                       .arg(preview.ratingsChanged);
    if (m_emptied > 0)
        text += QLatin1Char(' ') + (m_emptied == 1
                                        ? tr("<b>1 field would be emptied</b> (shown in red): its cell "
                                             "is blank in the file.")
                                        : tr("<b>%1 fields would be emptied</b> (shown in red): their "
                                             "cells are blank in the file.")
                                              .arg(m_emptied));
    if (preview.changes.isEmpty())
        text = tr("%1 holds nothing that differs from the plan: importing it would change nothing.")
                   .arg(fileName);
    for (const QString& note : preview.notes)
        text += QStringLiteral("<br>") + note.toHtmlEscaped();
    text +=
        QStringLiteral("<br>") + tr("Nothing is saved until you press Import; Edit ▸ Undo takes the whole "
                                    "import back.");
    m_ui->summary->setText(text);

    QPushButton* import = m_ui->buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    import->setObjectName(QStringLiteral("import"));
    import->setEnabled(!preview.changes.isEmpty());
    import->setDefault(true);
    resize(900, 520);
}

PlanImportDialog::~PlanImportDialog() = default;

PlanImportCommand::PlanImportCommand(Database& db, QByteArray bytes, QString sourceName, qint64 planId,
                                     PlanSpreadsheet::ImportResult done, std::function<void()> changed,
                                     std::function<void(const QString&)> report)
    : QUndoCommand(QCoreApplication::translate("PlanImportDialog", "Import %1").arg(sourceName)), m_db(db),
      m_bytes(std::move(bytes)), m_source(std::move(sourceName)), m_planId(planId), m_result(std::move(done)),
      m_changed(std::move(changed)), m_report(std::move(report))
{
}

void PlanImportCommand::redo()
{
    if (m_first) {
        m_first = false;
        return;
    }
    m_result = PlanSpreadsheet(m_db).importCsv(m_bytes, m_source, m_planId);
    if (!m_result.ok()) {
        setObsolete(true);
        if (m_report)
            m_report(m_result.errors.join(QLatin1Char('\n')));
    }
    if (m_changed)
        m_changed();
}

void PlanImportCommand::undo()
{
    try {
        PlanSpreadsheet(m_db).undoImport(m_result.undo);
    } catch (const StoreError& e) {
        setObsolete(true);
        if (m_report)
            m_report(e.message());
    }
    if (m_changed)
        m_changed();
}
