#include "PeopleDialog.h"

#include "WindowSize.h"
#include "core/Role.h"
#include "store/Database.h"
#include "store/UserRepository.h"
#include "ui_PeopleDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>

namespace {

constexpr int IdRole = Qt::UserRole + 1;
constexpr int VersionRole = Qt::UserRole + 2;
constexpr int CodeRole = Qt::UserRole + 3;

const char* const kKinds[] = {"member", "co-opted", "officer", "guest"};

QString kindName(const QString& kind)
{
    if (kind == QLatin1String("co-opted"))
        return PeopleDialog::tr("Co-opted member");
    if (kind == QLatin1String("officer"))
        return PeopleDialog::tr("Officer");
    if (kind == QLatin1String("guest"))
        return PeopleDialog::tr("Guest");
    return PeopleDialog::tr("Member");
}

// The kind chosen from the four there are.
class KindDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        auto* box = new QComboBox(parent);
        for (const char* k : kKinds)
            box->addItem(kindName(QLatin1String(k)), QLatin1String(k));
        return box;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        auto* box = static_cast<QComboBox*>(editor);
        box->setCurrentIndex(qMax(0, box->findData(index.data(CodeRole))));
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        auto* box = static_cast<QComboBox*>(editor);
        model->setData(index, box->currentData(), CodeRole);
        model->setData(index, box->currentText(), Qt::DisplayRole);
    }
};

} // namespace

PeopleDialog::PeopleDialog(Database& db, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PeopleDialog>()), m_db(db)
{
    m_ui->setupUi(this); // the layout: ui/PeopleDialog.ui
    m_find = m_ui->findPerson;
    m_table = m_ui->peopleTable;
    m_message = m_ui->peopleMessage;
    const bool mayEdit = db.may(Roles::mayManageUsers);
    m_ui->intro->setText(mayEdit
                             ? tr("Members, officers and others known to this database. Chase letters go to "
                                  "the e-mail address here and are signed with the clerk's name and job "
                                  "title; the briefing pack names them. Press F2 or type to change a cell; "
                                  "each change is saved at once.")
                             : tr("Members, officers and others known to this database. Only an "
                                  "administrator may change them."));
    m_table->setItemDelegateForColumn(Kind, new KindDelegate(m_table));
    m_table->setEditTriggers(mayEdit ? QAbstractItemView::AnyKeyPressed | QAbstractItemView::EditKeyPressed |
                                           QAbstractItemView::DoubleClicked
                                     : QAbstractItemView::NoEditTriggers);
    auto* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(JobTitle, QHeaderView::Stretch);
    header->setSectionResizeMode(Email, QHeaderView::Stretch);
    QDialogButtonBox* buttons = m_ui->buttons;
    QPushButton* add = buttons->addButton(tr("&Add Person"), QDialogButtonBox::ActionRole);
    add->setObjectName(QStringLiteral("addPerson"));
    add->setAutoDefault(false);
    add->setVisible(mayEdit);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(add, &QPushButton::clicked, this, &PeopleDialog::addPerson);
    connect(m_table, &QTableWidget::itemChanged, this, &PeopleDialog::save);
    connect(m_find, &QLineEdit::textChanged, this, &PeopleDialog::filter);
    reload();
    WindowSize::fit(this, {1000, 560});
}

PeopleDialog::~PeopleDialog() = default;

QString PeopleDialog::message() const
{
    return m_message->text();
}

void PeopleDialog::reload(qint64 select)
{
    m_loading = true;
    QList<UserRepository::Person> people;
    try {
        people = UserRepository(m_db).people();
    } catch (const StoreError& e) {
        m_message->setText(QStringLiteral("⚠ ") + e.message());
    }
    m_table->setRowCount(int(people.size()));
    int chosen = -1;
    for (int r = 0; r < people.size(); ++r) {
        const auto& p = people.at(r);
        const QStringList cells{p.name, kindName(p.kind), p.jobTitle, p.organisation, p.email};
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setData(IdRole, p.id);
            item->setData(VersionRole, p.version);
            if (c == Kind)
                item->setData(CodeRole, p.kind);
            m_table->setItem(r, c, item);
        }
        if (p.id == select)
            chosen = r;
    }
    m_table->resizeColumnToContents(Name);
    m_table->resizeColumnToContents(Kind);
    m_table->resizeColumnToContents(Organisation);
    m_loading = false;
    filter(m_find->text());
    if (chosen >= 0)
        m_table->setCurrentCell(chosen, select ? m_table->currentColumn() : Name);
}

void PeopleDialog::filter(const QString& text)
{
    for (int r = 0; r < m_table->rowCount(); ++r) {
        bool shown = text.trimmed().isEmpty();
        for (int c = 0; c < ColumnCount && !shown; ++c)
            shown = m_table->item(r, c)->text().contains(text.trimmed(), Qt::CaseInsensitive);
        m_table->setRowHidden(r, !shown);
    }
}

void PeopleDialog::save(QTableWidgetItem* item)
{
    if (m_loading || !item)
        return;
    const int r = item->row();
    UserRepository::Person p;
    p.id = item->data(IdRole).toLongLong();
    p.version = item->data(VersionRole).toInt();
    p.name = m_table->item(r, Name)->text();
    p.kind = m_table->item(r, Kind)->data(CodeRole).toString();
    p.jobTitle = m_table->item(r, JobTitle)->text();
    p.organisation = m_table->item(r, Organisation)->text();
    p.email = m_table->item(r, Email)->text();
    try {
        UserRepository(m_db).savePerson(p);
        m_message->setText(tr("Saved %1.").arg(p.name.trimmed()));
    } catch (const StoreError& e) {
        // Refused in place: the reason, and the cell back as it is saved.
        m_message->setText(QStringLiteral("⚠ ") + e.message());
    }
    const int column = item->column();
    QMetaObject::invokeMethod(
        this,
        [this, id = p.id, column] {
            reload(id);
            for (int row = 0; row < m_table->rowCount(); ++row)
                if (m_table->item(row, Name)->data(IdRole).toLongLong() == id)
                    m_table->setCurrentCell(row, column);
        },
        Qt::QueuedConnection);
}

void PeopleDialog::addPerson()
{
    UserRepository::Person p;
    p.name = tr("New person");
    p.kind = QStringLiteral("officer");
    try {
        const qint64 id = UserRepository(m_db).addPerson(p);
        m_find->clear();
        reload(id);
        for (int row = 0; row < m_table->rowCount(); ++row)
            if (m_table->item(row, Name)->data(IdRole).toLongLong() == id) {
                m_table->setCurrentCell(row, Name);
                m_table->setFocus();
                m_table->editItem(m_table->item(row, Name));
            }
        m_message->setText(tr("Type the new person's name, then Tab to their job title and e-mail address."));
    } catch (const StoreError& e) {
        m_message->setText(QStringLiteral("⚠ ") + e.message());
    }
}
