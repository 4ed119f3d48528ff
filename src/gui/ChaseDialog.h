#pragma once

#include "reports/ChaseLetters.h"
#include "store/ActionRepository.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ChaseDialog;
}

// "Chase…": the overdue actions grouped by owner, as a printable list, and an e-mail draft per
// owner (opened in the mail program with mailto:, or saved as .eml files for Outlook and the like).
class ChaseDialog : public QDialog
{
    Q_OBJECT
public:
    ChaseDialog(QList<ActionRepository::ChaseGroup> groups, ChaseLetters::Context letters,
                QWidget* parent = nullptr);
    ~ChaseDialog() override;

    const QList<ActionRepository::ChaseGroup>& groups() const { return m_groups; }
    const ChaseLetters::Context& letters() const { return m_letters; }
    QString html() const;
    // The draft for the owner chosen in the list (what "E-mail Owner…" opens).
    QByteArray currentDraft() const;

private:
    void print();
    void saveDrafts();
    void openMail();

    std::unique_ptr<Ui::ChaseDialog> m_ui; // the layout: ui/ChaseDialog.ui
    QList<ActionRepository::ChaseGroup> m_groups;
    ChaseLetters::Context m_letters;
};
