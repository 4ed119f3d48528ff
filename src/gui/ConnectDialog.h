#pragma once

#include "store/Engine.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QSpinBox;

// File ▸ Connect to Server…: the address of a committee's database on a PostgreSQL server, the
// login and its password. The password is kept in memory only, never in a file; left empty,
// libpq looks in ~/.pgpass (or PGPASSFILE).
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget* parent = nullptr);

    // Fills the fields from an address (a recent server, or one refused for its password).
    void setAddress(const ServerAddress& address);
    ServerAddress address() const; // with the password typed
    // Shows why the last attempt failed (wrong password, server down) above the fields.
    void setProblem(const QString& message);

private:
    void updateOk();

    QLabel* m_problem = nullptr;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QStringList m_options;
};
