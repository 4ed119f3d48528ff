#pragma once

#include "reports/ChaseLetters.h"
#include "store/ActionRepository.h"

#include <QDialog>

class QTextBrowser;
class QListWidget;

// "Chase…": the overdue actions grouped by owner, as a printable list, and an e-mail draft per
// owner (opened in the mail program with mailto:, or saved as .eml files for Outlook and the like).
class ChaseDialog : public QDialog
{
    Q_OBJECT
public:
    ChaseDialog(QList<ActionRepository::ChaseGroup> groups, ChaseLetters::Context letters,
                QWidget* parent = nullptr);

    const QList<ActionRepository::ChaseGroup>& groups() const { return m_groups; }
    const ChaseLetters::Context& letters() const { return m_letters; }
    QString html() const;
    // The draft for the owner chosen in the list (what "E-mail Owner…" opens).
    QByteArray currentDraft() const;

private:
    void print();
    void saveDrafts();
    void openMail();

    QList<ActionRepository::ChaseGroup> m_groups;
    ChaseLetters::Context m_letters;
    QTextBrowser* m_view;
    QListWidget* m_owners;
};
