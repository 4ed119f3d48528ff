#pragma once

#include "store/ActionRepository.h"

#include <QAbstractTableModel>
#include <functional>

class Database;
class QUndoStack;

// The action log as a table, fed by ActionRepository a page at a time (fetchMore), so the ten-year
// database's thousands of actions open at once. Filters and sorting run in the store (bound SQL),
// which keeps paging and order consistent. Overdue rows carry ⚠ in the reference and a colour.
// The status is edited in place; a change asks `noteProvider` for the dated progress note that
// must go with it (the page asks the person; tests answer directly), and nothing changes without one.
// The action's text, owner and due date are edited in place too (clerks and administrators), each
// change one step on the undo stack given (Edit ▸ Undo takes it back).
class ActionLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Reference,
        Action,
        Owner,
        Due,
        Status,
        LastUpdate,
        Meeting,
        Committee,
        ColumnCount
    };
    enum Roles
    {
        IdRole = Qt::UserRole + 1,
        OverdueRole,
        StatusCodeRole
    };
    static constexpr int kPage = 200;

    explicit ActionLogModel(Database& db, QObject* parent = nullptr);
    void setUndoStack(QUndoStack* stack) { m_undo = stack; }
    // The row showing action `id` among those fetched, -1 when none.
    int rowOf(qint64 id) const;

    // Re-reads from the store with this filter (its `today` decides what is overdue).
    void setFilter(const ActionRepository::Filter& filter);
    const ActionRepository::Filter& filter() const { return m_filter; }
    int totalCount() const { return m_total; } // rows the filter selects, fetched or not
    const ActionRepository::Row& row(int r) const { return m_rows.at(r); }
    QString lastError() const { return m_error; }

    // Returns the note for a status change of `row` to `status`, or an empty string to cancel.
    std::function<QString(const ActionRepository::Row& row, const QString& status)> noteProvider;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order) override;

    // Re-reads one action after an update (keeps the rest of what was fetched).
    void reloadRow(int r);

signals:
    void errorOccurred(const QString& message);

private:
    bool editFields(int row, int column, const QVariant& value);
    Database& m_db;
    QUndoStack* m_undo = nullptr;
    ActionRepository::Filter m_filter;
    bool m_filtered = false; // setFilter() has been called: until then the log reads nothing
    QList<ActionRepository::Row> m_rows;
    int m_total = 0;
    QString m_error;
};
