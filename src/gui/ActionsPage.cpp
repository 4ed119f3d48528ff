// The action log: every action of every meeting, filtered and sorted; overdue ones stand out.
#include "Page.h"
#include "core/BritishDate.h"
#include "store/ContextRepository.h"
#include "store/Database.h"

#include <QAbstractTableModel>
#include <QCheckBox>
#include <QColor>
#include <QCoreApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {

class ActionLogModel : public QAbstractTableModel
{
public:
    enum Column { Reference, Action, Owner, Due, Status, LastUpdate, Meeting, Committee, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;
    static constexpr int OverdueRole = Qt::UserRole + 3;

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QList<ContextRepository::ActionRow>& rows, const QDate& today)
    {
        beginResetModel();
        m_rows = rows;
        m_today = today;
        endResetModel();
    }
    const ContextRepository::ActionRow& row(int r) const { return m_rows.at(r); }
    bool overdue(int r) const
    {
        const auto& a = m_rows.at(r);
        return (a.status == QLatin1String("open") || a.status == QLatin1String("in progress")) && a.due.isValid() && a.due < m_today;
    }
    int overdueCount() const
    {
        int n = 0;
        for (int r = 0; r < m_rows.size(); ++r)
            n += overdue(r) ? 1 : 0;
        return n;
    }
    QDate today() const { return m_today; }

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        static const char* names[] = {QT_TR_NOOP("Ref"), QT_TR_NOOP("Action"), QT_TR_NOOP("Owner"), QT_TR_NOOP("Due"),
                                      QT_TR_NOOP("Status"), QT_TR_NOOP("Last update"), QT_TR_NOOP("Meeting"), QT_TR_NOOP("Committee")};
        return QCoreApplication::translate("ActionLogModel", names[section]);
    }
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!index.isValid())
            return {};
        const auto& a = m_rows.at(index.row());
        const bool late = overdue(index.row());
        if (role == IdRole)
            return a.id;
        if (role == OverdueRole)
            return late;
        if (role == Qt::ForegroundRole && late)
            return QColor(0xb7, 0x1c, 0x1c);
        if (role == Qt::ToolTipRole && late)
            return QCoreApplication::translate("ActionLogModel", "Overdue: due %1").arg(BritishDate::mediumDate(a.due));
        if (role == Qt::DisplayRole || role == SortRole) {
            switch (index.column()) {
            case Reference:
                return role == SortRole ? QVariant(a.reference) : QVariant((late ? QStringLiteral("⚠ ") : QString()) + a.reference);
            case Action:
                return a.text;
            case Owner:
                return a.owner;
            case Due:
                return role == SortRole ? QVariant(a.due) : QVariant(BritishDate::shortDate(a.due));
            case Status:
                return late && role == Qt::DisplayRole ? QCoreApplication::translate("ActionLogModel", "%1 (overdue)").arg(a.status) : a.status;
            case LastUpdate:
                return role == SortRole ? QVariant(a.lastUpdate) : QVariant(BritishDate::shortDate(a.lastUpdate));
            case Meeting:
                return role == SortRole ? QVariant(a.meetingDate) : QVariant(BritishDate::shortDate(a.meetingDate));
            case Committee:
                return a.committee;
            }
        }
        return {};
    }

private:
    QList<ContextRepository::ActionRow> m_rows;
    QDate m_today;
};

class ActionFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QString status, owner, committee;
    bool overdueOnly = false;
    bool dueSoon = false;
    void apply() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex&) const override
    {
        auto* m = static_cast<ActionLogModel*>(sourceModel());
        const auto& a = m->row(row);
        if (!status.isEmpty() && a.status != status)
            return false;
        if (!committee.isEmpty() && a.committee != committee)
            return false;
        if (!owner.isEmpty() && !a.owner.contains(owner, Qt::CaseInsensitive) && !a.text.contains(owner, Qt::CaseInsensitive))
            return false;
        if (overdueOnly && !m->overdue(row))
            return false;
        if (dueSoon) {
            const bool open = a.status == QLatin1String("open") || a.status == QLatin1String("in progress");
            if (!open || !a.due.isValid() || a.due < m->today() || a.due > m->today().addDays(14))
                return false;
        }
        return true;
    }
};

class ActionsPage : public Page
{
    Q_OBJECT
public:
    ActionsPage(AppContext& context, QWidget* parent) : Page(context, parent)
    {
        auto* layout = new QVBoxLayout(this);
        auto* filters = new QHBoxLayout;
        m_search = new QLineEdit(this);
        m_search->setPlaceholderText(tr("Owner or words…"));
        m_search->setClearButtonEnabled(true);
        m_status = new QComboBox(this);
        m_status->addItem(tr("Any status"), QString());
        for (const char* s : {"open", "in progress", "done", "cancelled"})
            m_status->addItem(QString::fromLatin1(s), QString::fromLatin1(s));
        m_committee = new QComboBox(this);
        m_overdue = new QCheckBox(tr("&Overdue"), this);
        m_soon = new QCheckBox(tr("Due in &14 days"), this);
        auto* statusLabel = new QLabel(tr("&Status:"), this);
        statusLabel->setBuddy(m_status);
        filters->addWidget(m_search, 2);
        filters->addWidget(statusLabel);
        filters->addWidget(m_status);
        filters->addWidget(m_committee, 1);
        filters->addWidget(m_overdue);
        filters->addWidget(m_soon);
        layout->addLayout(filters);
        m_model = new ActionLogModel(this);
        m_proxy = new ActionFilter(this);
        m_proxy->setSourceModel(m_model);
        m_proxy->setSortRole(ActionLogModel::SortRole);
        m_table = new QTableView(this);
        m_table->setObjectName(QStringLiteral("actionLog"));
        m_table->setModel(m_proxy);
        m_table->setSortingEnabled(true);
        m_table->sortByColumn(ActionLogModel::Due, Qt::AscendingOrder);
        m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_table->setAlternatingRowColors(true);
        m_table->verticalHeader()->hide();
        m_table->horizontalHeader()->setSectionResizeMode(ActionLogModel::Action, QHeaderView::Stretch);
        m_table->setWordWrap(false);
        layout->addWidget(m_table, 1);
        m_count = new QLabel(this);
        layout->addWidget(m_count);
        auto apply = [this] {
            m_proxy->status = m_status->currentData().toString();
            m_proxy->committee = m_committee->currentData().toString();
            m_proxy->owner = m_search->text().trimmed();
            m_proxy->overdueOnly = m_overdue->isChecked();
            m_proxy->dueSoon = m_soon->isChecked();
            m_proxy->apply();
            m_count->setText(tr("%1 of %2 actions · %3 overdue").arg(m_proxy->rowCount()).arg(m_model->rowCount()).arg(m_model->overdueCount()));
        };
        connect(m_search, &QLineEdit::textChanged, this, apply);
        connect(m_status, &QComboBox::currentIndexChanged, this, apply);
        connect(m_committee, &QComboBox::currentIndexChanged, this, apply);
        connect(m_overdue, &QCheckBox::toggled, this, apply);
        connect(m_soon, &QCheckBox::toggled, this, apply);
        m_apply = apply;
        connect(&context, &AppContext::dataChanged, this, &ActionsPage::refresh);
        refresh();
    }

    QString title() const override { return tr("Actions"); }
    int badge() const override { return m_model->overdueCount(); }

    void refresh() override
    {
        try {
            const auto rows = ContextRepository(context().db()).actions();
            m_model->setRows(rows, QDate::currentDate());
            const QString current = m_committee->currentData().toString();
            QSignalBlocker block(m_committee);
            m_committee->clear();
            m_committee->addItem(tr("Every committee"), QString());
            QStringList names;
            for (const auto& a : rows)
                if (!a.committee.isEmpty() && !names.contains(a.committee))
                    names << a.committee;
            names.sort();
            for (const QString& n : names)
                m_committee->addItem(n, n);
            m_committee->setCurrentIndex(qMax(0, m_committee->findData(current)));
        } catch (const StoreError& e) {
            m_count->setText(e.message());
        }
        m_apply();
        m_table->resizeColumnToContents(ActionLogModel::Reference);
        m_table->resizeColumnToContents(ActionLogModel::Owner);
        emit badgeChanged();
    }

    void reveal(const QVariantMap& target) override
    {
        const qint64 id = target.value(QStringLiteral("action")).toLongLong();
        if (!id)
            return;
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            if (m_proxy->index(r, 0).data(ActionLogModel::IdRole).toLongLong() == id) {
                m_table->selectRow(r);
                m_table->scrollTo(m_proxy->index(r, 0));
                return;
            }
        // Hidden by a filter: clear the filters and look again.
        m_search->clear();
        m_status->setCurrentIndex(0);
        m_committee->setCurrentIndex(0);
        m_overdue->setChecked(false);
        m_soon->setChecked(false);
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            if (m_proxy->index(r, 0).data(ActionLogModel::IdRole).toLongLong() == id)
                m_table->selectRow(r);
    }

private:
    ActionLogModel* m_model;
    ActionFilter* m_proxy;
    QTableView* m_table;
    QLineEdit* m_search;
    QComboBox* m_status;
    QComboBox* m_committee;
    QCheckBox* m_overdue;
    QCheckBox* m_soon;
    QLabel* m_count;
    std::function<void()> m_apply;
};

} // namespace

Page* createActionsPage(AppContext& context, QWidget* parent) { return new ActionsPage(context, parent); }

#include "ActionsPage.moc"
