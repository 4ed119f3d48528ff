#include "ActionLogModel.h"

#include "AppContext.h"
#include "UndoCommands.h"
#include "core/BritishDate.h"
#include "core/Role.h"
#include "store/Database.h"
#include "store/StoreError.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QPointer>
#include <QUndoStack>

ActionLogModel::ActionLogModel(Database& db, QObject* parent) : QAbstractTableModel(parent), m_db(db) {}

void ActionLogModel::setFilter(const ActionRepository::Filter& filter)
{
    beginResetModel();
    m_filter = filter;
    m_filtered = true;
    m_rows.clear();
    m_error.clear();
    try {
        ActionRepository repo(m_db);
        m_total = repo.count(m_filter);
        m_rows = repo.rows(m_filter, 0, kPage);
    } catch (const StoreError& e) {
        m_total = 0;
        m_error = e.message();
    }
    endResetModel();
    if (!m_error.isEmpty())
        emit errorOccurred(m_error);
}

int ActionLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}
int ActionLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ActionLogModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void ActionLogModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    try {
        const auto more = ActionRepository(m_db).rows(m_filter, int(m_rows.size()), kPage);
        if (more.isEmpty()) {
            m_total = int(m_rows.size());
            return;
        }
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
        m_rows.append(more);
        endInsertRows();
    } catch (const StoreError& e) {
        m_error = e.message();
        emit errorOccurred(m_error);
    }
}

void ActionLogModel::sort(int column, Qt::SortOrder order)
{
    using O = ActionRepository::Filter::Order;
    static const O orders[ColumnCount] = {O::Reference, O::Action,     O::Owner,   O::Due,
                                          O::Status,    O::LastUpdate, O::Meeting, O::Committee};
    if (column < 0 || column >= ColumnCount)
        return;
    ActionRepository::Filter f = m_filter;
    f.order = orders[column];
    f.descending = order == Qt::DescendingOrder;
    // The view sorts as soon as it is given the model; the page has not said what to show yet (its
    // committee), so only the order is kept for the first read.
    if (!m_filtered) {
        m_filter = f;
        return;
    }
    setFilter(f);
}

QVariant ActionLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const auto& a = m_rows.at(index.row());
    const bool overdue = a.isOverdue(m_filter.today);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Reference:
            return overdue ? QStringLiteral("⚠ ") + a.reference : a.reference;
        case Action:
            return a.exempt ? tr("%1 (exempt)").arg(a.text.simplified()) : a.text.simplified();
        case Owner:
            return a.owner;
        case Due:
            return a.due.isValid() ? BritishDate::shortDate(a.due) : QString();
        case Status:
            return ActionRepository::statusName(a.status);
        case LastUpdate:
            return a.lastUpdate.isValid() ? BritishDate::shortDate(a.lastUpdate) : QString();
        case Meeting:
            return a.meetingDate.isValid() ? BritishDate::shortDate(a.meetingDate) : QString();
        case Committee:
            return a.committee;
        }
        break;
    case Qt::EditRole:
        switch (index.column()) {
        case Status:
            return a.status;
        case Action:
            return a.text;
        case Owner:
            return a.owner;
        case Due:
            return a.due;
        }
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (overdue) {
            const qint64 days = a.due.daysTo(m_filter.today);
            return days == 1 ? tr("Overdue: due %1, yesterday").arg(BritishDate::longDate(a.due))
                             : tr("Overdue: due %1, %2 days ago").arg(BritishDate::longDate(a.due)).arg(days);
        }
        if (index.column() == Action)
            return a.text;
        break;
    case Qt::ForegroundRole:
        if (overdue)
            return QBrush(QColor(0x9c, 0x00, 0x06));
        if (a.status == QLatin1String("done") || a.status == QLatin1String("cancelled"))
            return QBrush(QColor(0x60, 0x60, 0x60));
        break;
    case Qt::BackgroundRole:
        if (overdue)
            return QBrush(QColor(0xff, 0xe4, 0xe6));
        break;
    case Qt::FontRole:
        if (overdue && (index.column() == Reference || index.column() == Due)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case IdRole:
        return a.id;
    case OverdueRole:
        return overdue;
    case StatusCodeRole:
        return a.status;
    }
    return {};
}

QVariant ActionLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Reference:
        return tr("Ref");
    case Action:
        return tr("Action");
    case Owner:
        return tr("Owner");
    case Due:
        return tr("Due");
    case Status:
        return tr("Status");
    case LastUpdate:
        return tr("Last update");
    case Meeting:
        return tr("Meeting");
    case Committee:
        return tr("Committee");
    }
    return {};
}

Qt::ItemFlags ActionLogModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Status && m_db.mayWrite(QStringLiteral("action_updates")))
        f |= Qt::ItemIsEditable;
    if ((index.column() == Action || index.column() == Owner || index.column() == Due) &&
        m_db.mayWrite(QStringLiteral("actions")))
        f |= Qt::ItemIsEditable;
    return f;
}

int ActionLogModel::rowOf(qint64 id) const
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows.at(r).id == id)
            return r;
    return -1;
}

bool ActionLogModel::editFields(int row, int column, const QVariant& value)
{
    const auto& a = m_rows.at(row);
    const EditActionCommand::Fields before{a.text, a.owner, a.due};
    EditActionCommand::Fields after = before;
    if (column == Action)
        after.text = value.toString().trimmed();
    else if (column == Owner)
        after.owner = value.toString().trimmed();
    else
        after.due = value.toDate();
    if (after == before)
        return false;
    const qint64 id = a.id;
    auto* command = new EditActionCommand(
        m_db, id, a.reference, before, after,
        {PageId::Actions, {{QStringLiteral("action"), id}}, m_undo ? AppContext::placeOf(m_undo) : QString()},
        [self = QPointer<ActionLogModel>(this), id] {
            if (self && self->rowOf(id) >= 0)
                self->reloadRow(self->rowOf(id));
        });
    QString error;
    bool done = false;
    if (m_undo) {
        done = pushCommand(m_undo, command, &error);
    } else {
        command->redo();
        error = StoreCommand::takeFailure();
        done = error.isEmpty();
        delete command;
    }
    if (!done) {
        m_error = error;
        emit errorOccurred(m_error);
    }
    return done;
}

bool ActionLogModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || index.row() >= m_rows.size())
        return false;
    if (index.column() == Action || index.column() == Owner || index.column() == Due)
        return (flags(index) & Qt::ItemIsEditable) && editFields(index.row(), index.column(), value);
    if (index.column() != Status)
        return false;
    const QString status = value.toString();
    const auto& a = m_rows.at(index.row());
    if (status == a.status || !ActionRepository::statuses().contains(status))
        return false;
    const QString note = noteProvider ? noteProvider(a, status) : QString();
    if (note.trimmed().isEmpty())
        return false; // a status change always carries a note; cancelled
    try {
        ActionRepository(m_db).addUpdate(a.id, m_filter.today, status, note);
    } catch (const StoreError& e) {
        m_error = e.message();
        emit errorOccurred(m_error);
        return false;
    }
    reloadRow(index.row());
    return true;
}

void ActionLogModel::reloadRow(int r)
{
    if (r < 0 || r >= m_rows.size())
        return;
    try {
        const auto fresh = ActionRepository(m_db).action(m_rows.at(r).id);
        if (fresh.id)
            m_rows[r] = fresh;
    } catch (const StoreError& e) {
        m_error = e.message();
        emit errorOccurred(m_error);
    }
    emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
}
