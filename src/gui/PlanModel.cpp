#include "PlanModel.h"

#include "RagDelegate.h"
#include "core/BritishDate.h"

#include <QBrush>
#include <QColor>

// Internal ids: 0 for a priority row; priority row + 1 for a milestone row.

void PlanModel::setPlan(const PlanRepository::Plan& plan)
{
    beginResetModel();
    m_plan = plan;
    endResetModel();
}

const PlanRepository::Milestone* PlanModel::milestone(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    const int p = int(index.internalId()) - 1;
    if (p >= m_plan.priorities.size() || index.row() >= m_plan.priorities.at(p).milestones.size())
        return nullptr;
    return &m_plan.priorities.at(p).milestones.at(index.row());
}

QModelIndex PlanModel::indexOfMilestone(qint64 id) const
{
    for (int p = 0; p < m_plan.priorities.size(); ++p)
        for (int m = 0; m < m_plan.priorities.at(p).milestones.size(); ++m)
            if (m_plan.priorities.at(p).milestones.at(m).id == id)
                return createIndex(m, 0, quintptr(p + 1));
    return {};
}

int PlanModel::flaggedCount() const
{
    return m_plan.flaggedCount();
}

QModelIndex PlanModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_plan.priorities.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0)
        return {};
    if (row >= m_plan.priorities.at(parent.row()).milestones.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex PlanModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int PlanModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_plan.priorities.size());
    if (parent.internalId() == 0 && parent.column() == 0)
        return int(m_plan.priorities.at(parent.row()).milestones.size());
    return 0;
}

int PlanModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant PlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Priority / milestone");
    case Rating:
        return tr("Rating");
    case Completion:
        return tr("Completion");
    case Owner:
        return tr("Owner");
    case Due:
        return tr("Due");
    case LastChange:
        return tr("Last change");
    case Evidence:
        return tr("Evidence");
    case Flags:
        return tr("Flags");
    }
    return {};
}

QVariant PlanModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0) {
        const auto& p = m_plan.priorities.at(index.row());
        if (role == Qt::DisplayRole && index.column() == Title)
            return tr("P%1  %2").arg(p.number).arg(p.title);
        if (role == Qt::DisplayRole && index.column() == Rating) {
            // Counts by rating, letters first: "B 1 · G 2 · A 1".
            QStringList parts;
            for (const auto& s : m_plan.statuses) {
                int n = 0;
                for (const auto& m : p.milestones)
                    n += m.statusId == s.id ? 1 : 0;
                if (n)
                    parts << QStringLiteral("%1 %2").arg(s.letter).arg(n);
            }
            return parts.join(QStringLiteral(" · "));
        }
        if (role == Qt::DisplayRole && index.column() == Owner)
            return p.lead;
        if (role == Qt::DisplayRole && index.column() == Flags) {
            int n = 0;
            for (const auto& m : p.milestones)
                n += m.flags.isEmpty() ? 0 : 1;
            return n ? QStringLiteral("⚑ %1").arg(n) : QString();
        }
        if (role == Qt::ToolTipRole && index.column() == Title && !p.recommendations.isEmpty()) {
            QStringList recs;
            for (int r : p.recommendations)
                recs << QString::number(r);
            return tr("Answers inspection recommendations %1").arg(recs.join(QStringLiteral(", ")));
        }
        if (role == Qt::FontRole) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (role == SortRole)
            return p.number;
        return {};
    }
    const PlanRepository::Milestone* m = milestone(index);
    if (!m)
        return {};
    const PlanRepository::Status* s = m_plan.status(m->statusId);
    if (role == MilestoneIdRole)
        return m->id;
    if (role == FlagsRole) {
        QStringList reasons;
        for (const auto& f : m->flags)
            reasons << f.reason;
        return reasons;
    }
    switch (index.column()) {
    case Title:
        if (role == Qt::DisplayRole)
            return QStringLiteral("%1  %2").arg(m->code, m->title);
        if (role == Qt::ToolTipRole)
            return QStringLiteral("%1 %2").arg(m->code, m->title);
        if (role == SortRole)
            return m->code;
        break;
    case Rating:
        if (role == Qt::DisplayRole)
            return s ? s->letter : tr("–");
        if (role == RagDelegate::ColourRole && s)
            return s->colour;
        if (role == RagDelegate::CaptionRole && s)
            return s->name;
        if (role == Qt::ToolTipRole && s)
            return QStringLiteral("%1: %2").arg(s->name, s->definition);
        if (role == Qt::AccessibleTextRole && s)
            return s->name;
        if (role == SortRole)
            return s ? s->rank : 99;
        break;
    case Completion:
        if (role == Qt::DisplayRole)
            return completionText(m->completion);
        break;
    case Owner:
        if (role == Qt::DisplayRole)
            return m->owner;
        break;
    case Due:
        if (role == Qt::DisplayRole)
            return BritishDate::shortDate(m->due);
        if (role == SortRole)
            return m->due;
        break;
    case LastChange:
        if (role == Qt::DisplayRole)
            return BritishDate::shortDate(m->lastChange);
        if (role == SortRole)
            return m->lastChange;
        break;
    case Evidence:
        if (role == Qt::DisplayRole)
            return m->evidence.isEmpty() ? tr("none") : m->evidence;
        if (role == Qt::ForegroundRole && m->evidence.isEmpty())
            return QBrush(QColor(0x75, 0x75, 0x75));
        if (role == Qt::ToolTipRole)
            return m->evidence;
        break;
    case Flags:
        if (role == Qt::DisplayRole)
            return m->flags.isEmpty() ? QString() : QStringLiteral("⚑ %1").arg(m->flags.size());
        if (role == Qt::ToolTipRole && !m->flags.isEmpty()) {
            QStringList reasons;
            for (const auto& f : m->flags)
                reasons << QStringLiteral("• ") + f.reason;
            return reasons.join(QLatin1Char('\n'));
        }
        if (role == Qt::ForegroundRole && !m->flags.isEmpty())
            return QBrush(QColor(0xb7, 0x1c, 0x1c));
        if (role == SortRole)
            return int(m->flags.size());
        break;
    }
    if (role == SortRole)
        return data(index, Qt::DisplayRole);
    return {};
}

QString PlanModel::completionText(const QString& completion)
{
    // The stages the plan's CSV names (PlanSpreadsheet), stored as written there.
    static const char* const stages[] = {QT_TR_NOOP("not started"), QT_TR_NOOP("in progress"),
                                         QT_TR_NOOP("awaiting sign-off"), QT_TR_NOOP("complete")};
    for (const char* stage : stages)
        if (completion == QLatin1String(stage))
            return tr(stage);
    return completion;
}
