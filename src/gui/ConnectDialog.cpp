#include "ConnectDialog.h"

#include "ui_ConnectDialog.h"

#include <QPushButton>

ConnectDialog::ConnectDialog(QWidget* parent) : QDialog(parent), m_ui(std::make_unique<Ui::ConnectDialog>())
{
    m_ui->setupUi(this);   // the layout: ui/ConnectDialog.ui
    m_ui->problem->hide(); // until an attempt fails
    // Wide enough for a server's full name and the fields' hints, on the smallest screen too.
    setMinimumWidth(qMin(440, fontMetrics().averageCharWidth() * 60));
    m_ui->user->setText(qEnvironmentVariable("USER"));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    for (QLineEdit* e : {m_ui->host, m_ui->database, m_ui->user})
        connect(e, &QLineEdit::textChanged, this, &ConnectDialog::updateOk);
    updateOk();
}

ConnectDialog::~ConnectDialog() = default;

void ConnectDialog::setAddress(const ServerAddress& a)
{
    m_ui->host->setText(a.host);
    m_ui->port->setValue(a.port);
    m_ui->database->setText(a.database);
    m_ui->user->setText(a.user);
    m_ui->password->setText(a.password);
    m_options = a.options;
    (a.host.isEmpty() ? m_ui->host : m_ui->password)->setFocus();
}

ServerAddress ConnectDialog::address() const
{
    ServerAddress a;
    a.host = m_ui->host->text().trimmed();
    a.port = m_ui->port->value();
    a.database = m_ui->database->text().trimmed();
    a.user = m_ui->user->text().trimmed();
    a.password = m_ui->password->text();
    a.options = m_options;
    return a;
}

void ConnectDialog::setProblem(const QString& message)
{
    m_ui->problem->setText(message);
    m_ui->problem->setVisible(!message.isEmpty());
}

void ConnectDialog::updateOk()
{
    m_ui->buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_ui->host->text().trimmed().isEmpty() && !m_ui->database->text().trimmed().isEmpty() &&
                     !m_ui->user->text().trimmed().isEmpty());
}
