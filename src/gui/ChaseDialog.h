#pragma once

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
    ChaseDialog(QList<ActionRepository::ChaseGroup> groups, QString committee, QDate today, QDate nextMeeting, QWidget* parent = nullptr);

    const QList<ActionRepository::ChaseGroup>& groups() const { return m_groups; }
    QString html() const;

private:
    void print();
    void saveDrafts();
    void openMail();

    QList<ActionRepository::ChaseGroup> m_groups;
    QString m_committee;
    QDate m_today, m_nextMeeting;
    QTextBrowser* m_view;
    QListWidget* m_owners;
};
