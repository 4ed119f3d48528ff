#include "UsersDialog.h"

#include "WindowSize.h"
#include "store/Database.h"
#include "store/UserRepository.h"
#include "ui_UsersDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>

namespace {
constexpr int kRoleColumn = 1;
constexpr int kPersonColumn = 2;
const QList<Role> kRoles = {Role::Member, Role::Clerk, Role::Officer, Role::Administrator};
} // namespace

UsersDialog::UsersDialog(Database& db, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::UsersDialog>()), m_db(db)
{
    m_ui->setupUi(this); // the layout: ui/UsersDialog.ui
    m_table = m_ui->users;
    WindowSize::fit(this, {760, 480});
    QDialogButtonBox* buttons = m_ui->buttons;
    QPushButton* add = buttons->addButton(tr("&Add User…"), QDialogButtonBox::ActionRole);
    QPushButton* remove = buttons->addButton(tr("&Remove User"), QDialogButtonBox::ActionRole);
    // On a server each login signs in with a password of its own, kept by the server.
    if (m_db.isServer()) {
        QPushButton* password = buttons->addButton(tr("Set &Password…"), QDialogButtonBox::ActionRole);
        connect(password, &QPushButton::clicked, this, [this] {
            const int row = m_table->currentRow();
            if (row >= 0)
                setPassword(m_table->item(row, 0)->text());
        });
    }
    connect(add, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(remove, &QPushButton::clicked, this, &UsersDialog::removeUser);
    reload();
}

UsersDialog::~UsersDialog() = default;

void UsersDialog::reload()
{
    m_loading = true;
    const UserRepository repo(m_db);
    const auto users = repo.users();
    const auto people = repo.people();
    m_table->setRowCount(0);
    for (const auto& u : users) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* login = new QTableWidgetItem(u.login);
        login->setFlags(login->flags() & ~Qt::ItemIsEditable);
        login->setData(Qt::UserRole, u.id);
        login->setData(Qt::UserRole + 1, u.version);
        m_table->setItem(row, 0, login);
        auto* role = new QComboBox(m_table);
        for (Role r : kRoles)
            role->addItem(Roles::displayName(r), int(r));
        role->setCurrentIndex(kRoles.indexOf(u.role));
        m_table->setCellWidget(row, kRoleColumn, role);
        auto* person = new QComboBox(m_table);
        person->addItem(tr("(nobody)"), 0);
        for (const auto& p : people)
            person->addItem(p.name, p.id);
        person->setCurrentIndex(qMax(0, person->findData(u.personId)));
        m_table->setCellWidget(row, kPersonColumn, person);
        connect(role, &QComboBox::currentIndexChanged, this, [this, login] { saveRow(login->row()); });
        connect(person, &QComboBox::currentIndexChanged, this, [this, login] { saveRow(login->row()); });
    }
    m_table->resizeColumnsToContents();
    m_loading = false;
}

void UsersDialog::saveRow(int row)
{
    if (m_loading || row < 0)
        return;
    UserRepository::User u;
    u.id = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    u.version = m_table->item(row, 0)->data(Qt::UserRole + 1).toInt();
    u.login = m_table->item(row, 0)->text();
    u.role = Role(qobject_cast<QComboBox*>(m_table->cellWidget(row, kRoleColumn))->currentData().toInt());
    u.personId =
        qobject_cast<QComboBox*>(m_table->cellWidget(row, kPersonColumn))->currentData().toLongLong();
    try {
        UserRepository(m_db).change(u);
    } catch (const StoreError& e) {
        QMessageBox::warning(this, tr("Not changed"), e.message());
    }
    QMetaObject::invokeMethod(this, &UsersDialog::reload, Qt::QueuedConnection);
}

void UsersDialog::addUser()
{
    bool ok = false;
    const QString login =
        QInputDialog::getText(this, tr("Add User"), tr("Login name:"), QLineEdit::Normal, QString(), &ok);
    if (!ok || login.trimmed().isEmpty())
        return;
    try {
        UserRepository(m_db).add(login, Role::Member, 0);
    } catch (const StoreError& e) {
        QMessageBox::warning(this, tr("Not added"), e.message());
        reload();
        return;
    }
    reload();
    if (m_db.isServer())
        setPassword(login.trimmed());
}

void UsersDialog::setPassword(const QString& login)
{
    bool ok = false;
    const QString password = QInputDialog::getText(
        this, tr("Set Password"),
        tr("The password %1 signs in to the server with (at least 8 characters). Tell it to them in person; "
           "Scrutineer does not keep it.")
            .arg(login),
        QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    try {
        UserRepository(m_db).setPassword(login, password);
    } catch (const StoreError& e) {
        QMessageBox::warning(this, tr("Password not set"), e.message());
    }
}

void UsersDialog::removeUser()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    UserRepository::User u;
    u.id = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    u.version = m_table->item(row, 0)->data(Qt::UserRole + 1).toInt();
    u.login = m_table->item(row, 0)->text();
    if (QMessageBox::question(this, tr("Remove User"),
                              tr("Remove the login %1? Their notes stay in the database.").arg(u.login)) !=
        QMessageBox::Yes)
        return;
    try {
        UserRepository(m_db).remove(u);
    } catch (const StoreError& e) {
        QMessageBox::warning(this, tr("Not removed"), e.message());
    }
    reload();
}
