#include "FiguresModel.h"

#include "RagDelegate.h"
#include "store/Database.h"

#include <QColor>
#include <QDate>
#include <QLocale>
#include <QPointer>
#include <QUndoCommand>
#include <QUndoStack>

// One typed figure or comment, on the application's undo stack. It was applied when it was made;
// undo and redo go through the store again (versioned, audited), so a figure someone else has
// changed since is not overwritten: the command is refused, dropped, and the reason shown.
class FigureEditCommand : public QUndoCommand
{
public:
    FigureEditCommand(FiguresModel* model, const IndicatorRepository::Indicator& indicator, qint64 team,
                      QString period, FiguresModel::CellState before, FiguresModel::CellState after,
                      int version, const QString& text)
        : QUndoCommand(text), m_model(model), m_indicator(indicator), m_team(team),
          m_period(std::move(period)), m_before(std::move(before)), m_after(std::move(after)),
          m_version(version)
    {
    }

    void undo() override { step(m_after, m_before); }
    void redo() override
    {
        if (m_applied) {
            m_applied = false; // applied when made
            return;
        }
        step(m_before, m_after);
    }

private:
    void step(const FiguresModel::CellState& from, const FiguresModel::CellState& to)
    {
        if (!m_model || !m_model->apply(m_indicator, m_team, m_period, to, m_version, &from))
            setObsolete(true);
    }

    QPointer<FiguresModel> m_model;
    IndicatorRepository::Indicator m_indicator;
    qint64 m_team;
    QString m_period;
    FiguresModel::CellState m_before, m_after;
    int m_version;
    bool m_applied = true;
};

FiguresModel::FiguresModel(Database& db, QObject* parent) : QAbstractTableModel(parent), m_db(db) {}

FiguresModel::~FiguresModel() = default;

void FiguresModel::load(qint64 teamId, int periodCount)
{
    beginResetModel();
    m_team = teamId;
    IndicatorRepository repo(m_db);
    m_values = repo.values(teamId);
    m_indicators.clear();
    for (const auto& i : repo.indicators())
        if (m_values.contains(i.id) || teamId == 0 || i.isKey)
            m_indicators.append(i);
    const QStringList all = repo.periods();
    m_periods = all.mid(qMax(0, int(all.size()) - periodCount));
    endResetModel();
}

const IndicatorRepository::Indicator* FiguresModel::indicator(int row) const
{
    return row >= 0 && row < m_indicators.size() ? &m_indicators.at(row) : nullptr;
}

int FiguresModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_indicators.size());
}

int FiguresModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_periods.size());
}

QVariant FiguresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::DisplayRole && orientation == Qt::Horizontal) {
        const QDate d = QDate::fromString(m_periods.value(section) + QStringLiteral("-01"), Qt::ISODate);
        return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(d, QStringLiteral("MMM yy"));
    }
    if (orientation == Qt::Vertical && section < m_indicators.size()) {
        const auto& i = m_indicators.at(section);
        if (role == Qt::DisplayRole)
            return i.derived() ? tr("%1 (worked out)").arg(i.name) : i.name;
        if (role == Qt::ToolTipRole)
            return QStringLiteral("%1\n%2").arg(i.definition, i.source);
    }
    return {};
}

QVariant FiguresModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const auto& ind = m_indicators.at(index.row());
    const auto values = m_values.value(ind.id);
    const auto it = values.constFind(m_periods.at(index.column()));
    if (it == values.constEnd())
        return role == Qt::EditRole ? QVariant(QString()) : QVariant();
    const double v = it->value;
    const FigureRating rating = IndicatorRules::rate(v, ind.bands);
    switch (role) {
    case Qt::DisplayRole: {
        const QString number =
            QLocale(QLocale::English, QLocale::UnitedKingdom).toString(v, 'f', std::floor(v) == v ? 0 : 1) +
            (ind.unit == QLatin1String("percentage") ? QStringLiteral("%") : QString());
        const QString letter = IndicatorRules::letter(rating);
        return letter.isEmpty() ? number : number + QStringLiteral("  ") + letter;
    }
    case Qt::EditRole:
        return v;
    case Qt::BackgroundRole:
        if (rating == FigureRating::None)
            return {};
        return QColor(IndicatorRules::colour(rating)).lighter(rating == FigureRating::Amber ? 135 : 170);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return tr("%1: %2%3\nEntered by %4")
            .arg(IndicatorRules::name(rating))
            .arg(v)
            .arg(it->note.isEmpty() ? QString()
                 : ind.derived()    ? QStringLiteral("\n") + it->note
                                    : QStringLiteral("\n") + tr("Comment: %1").arg(it->note),
                 it->enteredBy);
    case CommentRole:
        return ind.derived() ? QString() : it->note;
    }
    return {};
}

Qt::ItemFlags FiguresModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (m_editable && index.isValid() && !m_indicators.at(index.row()).derived())
        f |= Qt::ItemIsEditable;
    return f;
}

bool FiguresModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid())
        return false;
    const auto& ind = m_indicators.at(index.row());
    const std::optional<double> figure = IndicatorRules::parseFigure(value.toString());
    if (!figure) {
        emit refused(tr("“%1” is not a number. Type a figure such as 17 or 66%.").arg(value.toString()));
        return false;
    }
    const QString problem = IndicatorRules::validate(ind.unit, *figure);
    if (!problem.isEmpty()) {
        emit refused(tr("%1: %2").arg(ind.name, problem));
        return false;
    }
    const auto values = m_values.value(ind.id);
    if (index.column() > 0) {
        const auto previous = values.constFind(m_periods.at(index.column() - 1));
        if (previous != values.constEnd() && IndicatorRules::isFarFrom(*figure, previous->value) &&
            !emit confirmUnusual(
                tr("%1 is far from last month's %2. Save it?").arg(*figure).arg(previous->value)))
            return false;
    }
    CellState target = state(index);
    target.present = true;
    target.value = *figure;
    return edit(index, target,
                tr("Enter %1 for %2")
                    .arg(ind.name, headerData(index.column(), Qt::Horizontal, Qt::DisplayRole).toString()));
}

FiguresModel::CellState FiguresModel::state(const QModelIndex& index) const
{
    CellState out;
    if (!index.isValid())
        return out;
    const auto values = m_values.value(m_indicators.at(index.row()).id);
    const auto it = values.constFind(m_periods.at(index.column()));
    if (it != values.constEnd())
        out = {true, it->value, it->note};
    return out;
}

bool FiguresModel::canComment(const QModelIndex& index) const
{
    return index.isValid() && m_editable && !m_indicators.at(index.row()).derived() && state(index).present;
}

bool FiguresModel::setComment(const QModelIndex& index, const QString& comment)
{
    if (!index.isValid())
        return false;
    const auto& ind = m_indicators.at(index.row());
    CellState target = state(index);
    if (ind.derived()) {
        emit refused(tr("%1 is worked out from its parts; comment on the parts instead.").arg(ind.name));
        return false;
    }
    if (!target.present) {
        emit refused(
            tr("There is no figure here to comment on. Type the figure first, then add its comment."));
        return false;
    }
    target.note = comment.trimmed();
    if (target.note == state(index).note)
        return true;
    return edit(index, target,
                tr("Comment on %1 for %2")
                    .arg(ind.name, headerData(index.column(), Qt::Horizontal, Qt::DisplayRole).toString()));
}

bool FiguresModel::edit(const QModelIndex& index, const CellState& target, const QString& text)
{
    const auto& ind = m_indicators.at(index.row());
    const QString period = m_periods.at(index.column());
    const CellState before = state(index);
    const auto current = m_values.value(ind.id).value(period);
    int version = current.id ? current.version : -1;
    if (!apply(ind, m_team, period, target, version))
        return false;
    if (m_undo)
        m_undo->push(new FigureEditCommand(this, ind, m_team, period, before, target, version, text));
    return true;
}

bool FiguresModel::apply(const IndicatorRepository::Indicator& ind, qint64 teamId, const QString& period,
                         const CellState& target, int& version, const CellState* expected)
{
    IndicatorRepository repo(m_db);
    try {
        const auto current = repo.values(teamId).value(ind.id).value(period);
        if (expected) {
            const bool same =
                expected->present == (current.id != 0) &&
                (!expected->present || (expected->value == current.value && expected->note == current.note));
            if (!same && !current.id) {
                emit refused(
                    tr("Someone else removed this figure after you changed it, so it was not changed "
                       "back. Press F5 to see the figures as they are now."));
                return false;
            }
            // Changed by someone else since: an impossible version makes the store refuse, naming them.
            version = same ? (current.id ? current.version : -1) : 0;
        }
        if (!target.present)
            repo.clearValue(ind, teamId, period, version);
        else if (current.id && current.value == target.value)
            repo.setNote(ind, teamId, period, target.note, version);
        else
            repo.setValue(ind, teamId, period, target.value, target.note, current.id ? version : -1);
        const auto after = repo.values(teamId).value(ind.id).value(period);
        version = after.id ? after.version : -1;
    } catch (const StoreError& e) {
        emit refused(e.message());
        return false;
    }
    reloadValues(teamId);
    return true;
}

void FiguresModel::reloadValues(qint64 teamId)
{
    if (teamId != m_team)
        return;
    m_values = IndicatorRepository(m_db).values(m_team);
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}
