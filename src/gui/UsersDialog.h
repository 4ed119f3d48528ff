#pragma once

#include <QDialog>
#include <memory>

class Database;
class QTableWidget;

namespace Ui {
class UsersDialog;
}

// File ▸ Users and Roles… (administrators): which login stands for which person, in which role.
class UsersDialog : public QDialog
{
    Q_OBJECT
public:
    UsersDialog(Database& db, QWidget* parent = nullptr);
    ~UsersDialog() override;

private:
    void reload();
    void addUser();
    void removeUser();
    void saveRow(int row);
    void setPassword(const QString& login);

    std::unique_ptr<Ui::UsersDialog> m_ui; // the layout: ui/UsersDialog.ui
    Database& m_db;
    QTableWidget* m_table = nullptr; // m_ui->users
    bool m_loading = false;
};
