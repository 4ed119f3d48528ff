#include "FiguresModel.h"

#include "RagDelegate.h"
#include "UndoCommands.h"
#include "core/BritishDate.h"
#include "store/Database.h"

#include <QColor>
#include <QDate>
#include <QFont>
#include <QLocale>
#include <QPointer>
#include <QUndoCommand>
#include <QUndoStack>

// One typed figure or comment, on the application's undo stack. It was applied when it was made;
// undo and redo go through the store again (versioned, audited), so a figure someone else has
// changed since is not overwritten: the command is refused, dropped, and the reason shown.
class FigureEditCommand : public LocatedCommand
{
public:
    FigureEditCommand(FiguresModel* model, const IndicatorRepository::Indicator& indicator, qint64 team,
                      QString period, FiguresModel::CellState before, FiguresModel::CellState after,
                      int version, const QString& text, const QString& place)
        : LocatedCommand(text, {PageId::Figures,
                                {{QStringLiteral("team"), team},
                                 {QStringLiteral("indicator"), indicator.key},
                                 {QStringLiteral("period"), period}},
                                place}),
          m_model(model), m_indicator(indicator), m_team(team), m_period(std::move(period)),
          m_before(std::move(before)), m_after(std::move(after)), m_version(version)
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
    // Every indicator of the catalogue, with figures for this team or not yet: an officer starting
    // on an indicator types its first figure here, as they type every other.
    m_indicators = repo.indicators();
    const QStringList all = repo.periods();
    m_periods = all.mid(qMax(0, int(all.size()) - periodCount));
    // Only the months shown are read.
    m_values = repo.values(teamId, m_periods.value(0));
    // And the month after the latest stored, empty, for next month's figures to be typed in.
    const QDate latest =
        all.isEmpty() ? QDate() : QDate::fromString(all.last() + QStringLiteral("-01"), Qt::ISODate);
    const QDate next = latest.isValid() ? latest.addMonths(1)
                                        : QDate(QDate::currentDate().year(), QDate::currentDate().month(), 1);
    m_newPeriod = next.toString(QStringLiteral("yyyy-MM"));
    m_periods << m_newPeriod;
    endResetModel();
}

QString FiguresModel::formulaText(const IndicatorRepository::Indicator& ind, const QString& period) const
{
    QStringList parts;
    for (const QString& key : IndicatorRules::partsOf(ind.formula)) {
        QString name = key;
        std::optional<double> value;
        for (const auto& other : m_indicators)
            if (other.key == key) {
                name = other.name;
                const auto values = m_values.value(other.id);
                const auto it = values.constFind(period);
                if (!period.isEmpty() && it != values.constEnd())
                    value = it->value;
            }
        parts << (value ? tr("%1 (%2)").arg(name, figureText(*value)) : name);
    }
    return parts.join(tr(" and "));
}

QString FiguresModel::whyReadOnly(const QModelIndex& index) const
{
    if (!index.isValid())
        return QString();
    const auto& ind = m_indicators.at(index.row());
    if (!m_editable)
        return tr("You may read these figures; only officers and administrators enter them.");
    if (ind.derived())
        return tr("%1 is worked out, not typed: it comes from %2. Type those figures for %3 and this one "
                  "follows.")
            .arg(ind.name, formulaText(ind, QString()),
                 headerData(index.column(), Qt::Horizontal, Qt::DisplayRole).toString());
    return QString();
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
    if (orientation == Qt::Horizontal) {
        if (role == Qt::DisplayRole)
            return BritishDate::period(m_periods.value(section));
        if (role == Qt::ToolTipRole)
            return m_periods.value(section) == m_newPeriod
                       ? tr("%1: no figures yet. Type this month's figures here.")
                             .arg(BritishDate::period(m_newPeriod, true))
                       : BritishDate::period(m_periods.value(section), true);
    }
    if (orientation == Qt::Vertical && section < m_indicators.size()) {
        const auto& i = m_indicators.at(section);
        if (role == Qt::DisplayRole)
            return i.derived() ? tr("%1 (worked out)").arg(i.name) : i.name;
        if (role == Qt::ToolTipRole)
            return i.derived()
                       ? QStringLiteral("%1\n%2\n%3")
                             .arg(
                                 i.definition,
                                 tr("Worked out from %1; it cannot be typed.").arg(formulaText(i, QString())),
                                 i.source)
                       : QStringLiteral("%1\n%2").arg(i.definition, i.source);
        if (role == Qt::FontRole && i.derived()) {
            QFont f;
            f.setItalic(true);
            return f;
        }
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
    if (it == values.constEnd()) {
        if (role == Qt::EditRole)
            return QString();
        if (role == Qt::ToolTipRole && ind.derived())
            return tr("Worked out from %1 once they are typed for this month.")
                .arg(formulaText(ind, QString()));
        if (role == Qt::BackgroundRole && ind.derived())
            return QColor(0xee, 0xee, 0xee); // read-only
        return {};
    }
    const double v = it->value;
    const FigureRating rating = IndicatorRules::rate(v, ind.bands);
    const auto mark = m_unusual.constFind(markKey(ind.id, m_periods.at(index.column())));
    const bool unusual = mark != m_unusual.constEnd() && mark->value == v;
    switch (role) {
    case Qt::DisplayRole: {
        const QString number =
            figureText(v) + (ind.unit == QLatin1String("percentage") ? QStringLiteral("%") : QString());
        const QString letter = IndicatorRules::letter(rating);
        const QString shown = letter.isEmpty() ? number : number + QStringLiteral("  ") + letter;
        return unusual ? shown + QStringLiteral("  ⚠") : shown;
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
        return QString(tr("%1: %2%3\nEntered by %4")
                           .arg(IndicatorRules::name(rating))
                           .arg(v)
                           .arg(ind.derived() ? QStringLiteral("\n") +
                                                    tr("Worked out from %1; it cannot be typed.")
                                                        .arg(formulaText(ind, m_periods.at(index.column())))
                                : it->note.isEmpty() ? QString()
                                                     : QStringLiteral("\n") + tr("Comment: %1").arg(it->note),
                                it->enteredBy) +
                       (unusual ? QStringLiteral("\n") +
                                      tr("Unusual: far from %1 the month before, and saved without being "
                                         "confirmed. Check it against its source; add a comment (Shift+F2) "
                                         "saying why if it is right.")
                                          .arg(figureText(mark->previous))
                                : QString()));
    case CommentRole:
        return ind.derived() ? QString() : it->note;
    case Qt::FontRole:
        if (ind.derived()) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        break;
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
    QString problem;
    const std::optional<double> figure = check(index, value.toString(), &problem);
    if (!figure) {
        emit refused(problem);
        return false;
    }
    const auto values = m_values.value(m_indicators.at(index.row()).id);
    std::optional<double> previous;
    if (index.column() > 0) {
        const auto it = values.constFind(m_periods.at(index.column() - 1));
        if (it != values.constEnd())
            previous = it->value;
    }
    const bool unusual = previous && IndicatorRules::isFarFrom(*figure, *previous);
    if (unusual && m_confirm &&
        !m_confirm(tr("%1 is far from the month before. Save it?").arg(farText(index, *figure, *previous)))) {
        emit refused(tr("%1 was not saved, as you chose. Check it, and type it again if it is right.")
                         .arg(figureText(*figure)));
        return false;
    }
    return saveFigure(index, *figure, unusual && !m_confirm, previous.value_or(0));
}

std::optional<double> FiguresModel::check(const QModelIndex& index, const QString& text,
                                          QString* problem) const
{
    const auto& ind = m_indicators.at(index.row());
    QString why;
    const std::optional<double> figure = IndicatorRules::readFigure(text, ind.unit, &why);
    if (!figure)
        *problem = tr("%1: %2").arg(ind.name, why);
    return figure;
}

bool FiguresModel::saveFigure(const QModelIndex& index, double figure, bool unconfirmed, double previous)
{
    const auto& ind = m_indicators.at(index.row());
    const QString key = markKey(ind.id, m_periods.at(index.column()));
    const auto before = m_unusual.constFind(key);
    const std::optional<Mark> old =
        before == m_unusual.constEnd() ? std::nullopt : std::optional<Mark>(*before);
    // Marked before the save, so that the cell shows its mark when the save repaints it.
    if (unconfirmed)
        m_unusual.insert(key, {figure, previous});
    else
        m_unusual.remove(key);
    CellState target = state(index);
    target.present = true;
    target.value = figure;
    const bool saved =
        edit(index, target,
             tr("Enter %1 for %2")
                 .arg(ind.name, headerData(index.column(), Qt::Horizontal, Qt::DisplayRole).toString()));
    if (!saved) {
        if (old)
            m_unusual.insert(key, *old);
        else
            m_unusual.remove(key);
    }
    return saved;
}

FiguresModel::PasteResult FiguresModel::paste(const QModelIndex& start, const QString& text)
{
    PasteResult result;
    struct Cell
    {
        QModelIndex index;
        double value = 0;
        std::optional<double> previous;
        bool unusual = false;
    };
    QList<Cell> cells;
    QHash<QPair<int, int>, double> pasted;
    // A blank row inside the block stays a row (its cells are left as they are).
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    for (int r = 0; r < lines.size(); ++r) {
        const QStringList row = lines.at(r).split(QLatin1Char('\t'));
        for (int c = 0; c < row.size(); ++c) {
            const QString figureText = row.at(c).trimmed();
            if (figureText.isEmpty())
                continue;
            ++result.tried;
            const QModelIndex target = index(start.row() + r, start.column() + c);
            if (!target.isValid() || !(flags(target) & Qt::ItemIsEditable)) {
                result.refusals << tr("“%1” fell outside the grid or on a worked-out row. Choose the cell "
                                      "where the block should start, then paste again.")
                                       .arg(figureText);
                continue;
            }
            QString problem;
            const std::optional<double> figure = check(target, figureText, &problem);
            if (!figure) {
                result.refusals << problem;
                continue;
            }
            pasted.insert({target.row(), target.column()}, *figure);
            cells.append({target, *figure, std::nullopt, false});
        }
    }
    // Each figure against the month before it: pasted in the same block, or else as stored.
    QStringList far;
    for (Cell& cell : cells) {
        const int column = cell.index.column();
        if (column == 0)
            continue;
        const auto before = pasted.constFind({cell.index.row(), column - 1});
        if (before != pasted.constEnd()) {
            cell.previous = *before;
        } else {
            const auto values = m_values.value(m_indicators.at(cell.index.row()).id);
            const auto it = values.constFind(m_periods.at(column - 1));
            if (it != values.constEnd())
                cell.previous = it->value;
        }
        cell.unusual = cell.previous && IndicatorRules::isFarFrom(cell.value, *cell.previous);
        if (cell.unusual)
            far << farText(cell.index, cell.value, *cell.previous);
    }
    bool saveUnusual = true;
    if (!far.isEmpty() && m_confirm) {
        const int others = int(cells.size() - far.size());
        const QString listed =
            far.size() > 4 ? QStringList(far.mid(0, 4)).join(QStringLiteral("; ")) + QStringLiteral("; …")
                           : far.join(QStringLiteral("; "));
        const QString count =
            far.size() == 1 ? tr("1 of the %1 pasted figures is far from the month before").arg(result.tried)
                            : tr("%1 of the %2 pasted figures are far from the month before")
                                  .arg(far.size())
                                  .arg(result.tried);
        const QString choice = others == 0   ? tr("Choose No to save none of them.")
                               : others == 1 ? tr("Choose No to save only the other figure.")
                                             : tr("Choose No to save only the other %1.").arg(others);
        saveUnusual = m_confirm(tr("%1 (%2). Save them all? %3").arg(count, listed, choice));
    }
    QStringList refusals;
    m_collect = &refusals;
    m_macroText = tr("Paste figures");
    for (const Cell& cell : std::as_const(cells)) {
        if (cell.unusual && !saveUnusual) {
            refusals << tr("%1 was left out, as you chose. Type it in if it is right.")
                            .arg(farText(cell.index, cell.value, *cell.previous));
            continue;
        }
        if (saveFigure(cell.index, cell.value, cell.unusual && !m_confirm, cell.previous.value_or(0)))
            ++result.saved;
    }
    m_collect = nullptr;
    m_macroText.clear();
    if (m_macroOpen) {
        m_undo->endMacro();
        m_macroOpen = false;
    }
    result.refusals << refusals;
    return result;
}

QString FiguresModel::figureText(double value) const
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom)
        .toString(value, 'f', std::floor(value) == value ? 0 : 1);
}

// "Referrals 2,000 in Mar 25 after 230"
QString FiguresModel::farText(const QModelIndex& index, double figure, double previous) const
{
    return tr("%1 %2 in %3 after %4")
        .arg(m_indicators.at(index.row()).name, figureText(figure),
             headerData(index.column(), Qt::Horizontal, Qt::DisplayRole).toString(), figureText(previous));
}

QString FiguresModel::markKey(qint64 indicatorId, const QString& period) const
{
    return QStringLiteral("%1/%2/%3").arg(m_team).arg(indicatorId).arg(period);
}

void FiguresModel::refuse(const QString& reason)
{
    if (m_collect)
        m_collect->append(reason);
    else
        emit refused(reason);
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
    if (m_undo && !m_macroText.isEmpty()) {
        // A paste's one step is opened by its first saved figure, so a paste that saves nothing
        // leaves no empty step behind.
        m_undo->beginMacro(m_macroText);
        m_macroText.clear();
        m_macroOpen = true;
    }
    if (m_undo)
        m_undo->push(new FigureEditCommand(this, ind, m_team, period, before, target, version, text,
                                           AppContext::placeOf(m_undo)));
    return true;
}

bool FiguresModel::apply(const IndicatorRepository::Indicator& ind, qint64 teamId, const QString& period,
                         const CellState& target, int& version, const CellState* expected)
{
    IndicatorRepository repo(m_db);
    try {
        const auto current = repo.values(teamId, period).value(ind.id).value(period);
        if (expected) {
            const bool same =
                expected->present == (current.id != 0) &&
                (!expected->present || (expected->value == current.value && expected->note == current.note));
            if (!same && !current.id) {
                refuse(tr("Someone else removed this figure after you changed it, so it was not changed "
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
        const auto after = repo.values(teamId, period).value(ind.id).value(period);
        version = after.id ? after.version : -1;
    } catch (const StoreError& e) {
        refuse(e.message());
        return false;
    }
    reloadValues(teamId);
    return true;
}

void FiguresModel::reloadValues(qint64 teamId)
{
    if (teamId != m_team)
        return;
    m_values = IndicatorRepository(m_db).values(m_team, m_periods.value(0));
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}
