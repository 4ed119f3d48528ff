#pragma once

#include "store/IndicatorRepository.h"

#include <QAbstractTableModel>
#include <functional>
#include <optional>

class QUndoStack;

// Indicators down, periods across (latest on the right), for one team. Each cell shows the figure
// with its rating letter and colour; officers type into it and the figure is validated and saved.
// Each figure may carry a comment (CommentRole, shown in its tooltip). With an undo stack, every
// typed figure and comment is one command on it: undo puts back the figure and comment as they were.
class FiguresModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int RatingColourRole = Qt::UserRole + 1;
    // The comment on a typed figure (empty when none; worked-out figures have none).
    static constexpr int CommentRole = Qt::UserRole + 2;
    FiguresModel(Database& db, QObject* parent = nullptr);
    ~FiguresModel() override;

    void setUndoStack(QUndoStack* stack) { m_undo = stack; }
    // Asks a person before figures far from the month before are saved: once for a typed figure,
    // once for a whole pasted block. True saves them. Without it (nobody to ask) such a figure is
    // saved and its cell marked unusual (⚠ and its tooltip) until a usual one replaces it.
    using Confirm = std::function<bool(const QString& question)>;
    void setConfirmUnusual(Confirm ask) { m_confirm = std::move(ask); }

    struct PasteResult
    {
        int tried = 0; // non-empty cells in the block
        int saved = 0;
        QStringList refusals; // why each of the others was not saved
    };
    // Pastes tab-separated rows (as copied from a spreadsheet) with their top left at `start`: every
    // figure is checked first, those far from the month before (pasted or stored) are asked about
    // once, then all are saved as one step of undo; no step at all when nothing was saved.
    PasteResult paste(const QModelIndex& start, const QString& text);
    // Saves `comment` with the cell's figure (empty removes it); false, with refused(), when the
    // cell has no figure, is worked out, or the store refuses.
    bool setComment(const QModelIndex& index, const QString& comment);
    // True when the cell holds a figure that a comment can be attached to.
    bool canComment(const QModelIndex& index) const;

    void load(qint64 teamId, int periodCount = 12);
    const IndicatorRepository::Indicator* indicator(int row) const;
    qint64 teamId() const { return m_team; }
    QString period(int column) const { return m_periods.value(column); }
    void setEditable(bool editable) { m_editable = editable; }
    // The empty month after the latest with figures (the last column), where next month is typed.
    QString newPeriod() const { return m_newPeriod; }
    // Why the cell cannot be typed in (a worked-out row, and the parts it comes from; a reader's
    // role), for a person; empty when it can.
    QString whyReadOnly(const QModelIndex& index) const;
    // The parts of a worked-out indicator by name ("Cases held (430) and Case-holding social
    // workers (FTE) (25)"), with their figures for `period` when given.
    QString formulaText(const IndicatorRepository::Indicator& indicator, const QString& period) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

signals:
    // A typed figure was refused, with the reason for a person.
    void refused(const QString& reason);

private:
    friend class FigureEditCommand;
    struct CellState
    {
        bool present = false;
        double value = 0;
        QString note;
    };
    CellState state(const QModelIndex& index) const;
    // Brings one cell to `target` through the store. `version` is the row's version expected before
    // (-1: none) and is left as the version after; or, with `expected` (undo and redo), the cell must
    // still be as `expected` says. False (with refused()) when the store refuses.
    bool apply(const IndicatorRepository::Indicator& indicator, qint64 teamId, const QString& period,
               const CellState& target, int& version, const CellState* expected = nullptr);
    bool edit(const QModelIndex& index, const CellState& target, const QString& text);
    // The figure typed as `text` for the cell, or nullopt with the reason in `problem`.
    std::optional<double> check(const QModelIndex& index, const QString& text, QString* problem) const;
    // Saves a checked figure; `unconfirmed` marks it unusual (far from `previous`, nobody asked).
    bool saveFigure(const QModelIndex& index, double figure, bool unconfirmed, double previous);
    QString farText(const QModelIndex& index, double figure, double previous) const;
    QString figureText(double value) const;
    QString markKey(qint64 indicatorId, const QString& period) const;
    void refuse(const QString& reason);
    void reloadValues(qint64 teamId);

    Database& m_db;
    QUndoStack* m_undo = nullptr;
    Confirm m_confirm;
    struct Mark
    {
        double value = 0;    // the unusual figure as saved (the mark goes when the figure changes)
        double previous = 0; // the month before's figure it is far from
    };
    QHash<QString, Mark> m_unusual;   // team/indicator/period → saved without anyone confirming it
    QStringList* m_collect = nullptr; // during a paste: refusals gathered here, not emitted
    QString m_macroText;              // during a paste: the undo step opened by the first save
    bool m_macroOpen = false;
    qint64 m_team = 0;
    bool m_editable = false;
    QList<IndicatorRepository::Indicator> m_indicators;
    QStringList m_periods;
    QString m_newPeriod;
    QHash<qint64, QHash<QString, IndicatorRepository::Value>> m_values;
};
