#pragma once

#include "store/PlanRepository.h"

#include <QAbstractItemModel>

// The improvement plan as a tree: priorities, and their milestones beneath.
class PlanModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        Title,
        Rating,
        Flags,
        Completion,
        Owner,
        Due,
        LastChange,
        Evidence,
        ColumnCount
    };
    static constexpr int MilestoneIdRole = Qt::UserRole + 1;
    static constexpr int FlagsRole = Qt::UserRole + 2;
    static constexpr int SortRole = Qt::UserRole + 3;
    // A milestone's completion stage ("in progress"), kept in English, in the language of the interface.
    static QString completionText(const QString& completion);

    using QAbstractItemModel::QAbstractItemModel;

    void setPlan(const PlanRepository::Plan& plan);
    const PlanRepository::Plan& plan() const { return m_plan; }
    const PlanRepository::Milestone* milestone(const QModelIndex& index) const;
    QModelIndex indexOfMilestone(qint64 id) const;
    int flaggedCount() const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    PlanRepository::Plan m_plan;
};
