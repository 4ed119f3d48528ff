#include "FiguresModel.h"

#include "RagDelegate.h"
#include "store/Database.h"

#include <QColor>
#include <QDate>
#include <QLocale>

FiguresModel::FiguresModel(Database& db, QObject* parent) : QAbstractTableModel(parent), m_db(db) {}

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

int FiguresModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_indicators.size()); }

int FiguresModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_periods.size()); }

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
        const QString number = QLocale(QLocale::English, QLocale::UnitedKingdom)
                                   .toString(v, 'f', std::floor(v) == v ? 0 : 1) +
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
        return tr("%1: %2%3\nEntered by %4").arg(IndicatorRules::name(rating)).arg(v).arg(
                   it->note.isEmpty() ? QString() : QStringLiteral("\n") + it->note, it->enteredBy);
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
            !emit confirmUnusual(tr("%1 is far from last month's %2. Save it?").arg(*figure).arg(previous->value)))
            return false;
    }
    const auto current = values.value(m_periods.at(index.column()));
    try {
        IndicatorRepository(m_db).setValue(ind, m_team, m_periods.at(index.column()), *figure, current.note,
                                           current.id ? current.version : -1);
    } catch (const StoreError& e) {
        emit refused(e.message());
        return false;
    }
    m_values = IndicatorRepository(m_db).values(m_team);
    emit dataChanged(index, index);
    return true;
}
