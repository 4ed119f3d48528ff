#pragma once

#include <QDialog>

class Database;
class QTableWidget;

// File ▸ Users and Roles… (administrators): which login stands for which person, in which role.
class UsersDialog : public QDialog
{
    Q_OBJECT
public:
    UsersDialog(Database& db, QWidget* parent = nullptr);

private:
    void reload();
    void addUser();
    void removeUser();
    void saveRow(int row);
    void setPassword(const QString& login);

    Database& m_db;
    QTableWidget* m_table = nullptr;
    bool m_loading = false;
};
