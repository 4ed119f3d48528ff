#include "ConnectDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

ConnectDialog::ConnectDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Connect to Server"));
    // Wide enough for a server's full name and the fields' hints, on the smallest screen too.
    setMinimumWidth(qMin(440, fontMetrics().averageCharWidth() * 60));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("A committee's shared database on a PostgreSQL server. Ask whoever set it up for "
                      "the server's name, the database and your login."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; }"));
    m_problem->hide();
    layout->addWidget(m_problem);
    auto* form = new QFormLayout;
    m_host = new QLineEdit(this);
    m_host->setPlaceholderText(tr("db.council.local"));
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(this);
    m_database->setPlaceholderText(tr("children_scrutiny"));
    m_user = new QLineEdit(this);
    m_user->setText(qEnvironmentVariable("USER"));
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("(from ~/.pgpass when left empty)"));
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&Login:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    layout->addLayout(form);
    auto* note = new QLabel(tr("The password is kept only while the database is open, never saved."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* e : {m_host, m_database, m_user})
        connect(e, &QLineEdit::textChanged, this, &ConnectDialog::updateOk);
    updateOk();
}

void ConnectDialog::setAddress(const ServerAddress& a)
{
    m_host->setText(a.host);
    m_port->setValue(a.port);
    m_database->setText(a.database);
    m_user->setText(a.user);
    m_password->setText(a.password);
    m_options = a.options;
    (a.host.isEmpty() ? m_host : m_password)->setFocus();
}

ServerAddress ConnectDialog::address() const
{
    ServerAddress a;
    a.host = m_host->text().trimmed();
    a.port = m_port->value();
    a.database = m_database->text().trimmed();
    a.user = m_user->text().trimmed();
    a.password = m_password->text();
    a.options = m_options;
    return a;
}

void ConnectDialog::setProblem(const QString& message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void ConnectDialog::updateOk()
{
    auto* buttons = findChild<QDialogButtonBox*>();
    if (buttons)
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty() &&
                         !m_user->text().trimmed().isEmpty());
}
