#pragma once

#include "store/IndicatorRepository.h"

#include <QAbstractTableModel>

// Indicators down, periods across (latest on the right), for one team. Each cell shows the figure
// with its rating letter and colour; officers type into it and the figure is validated and saved.
class FiguresModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int RatingColourRole = Qt::UserRole + 1;
    FiguresModel(Database& db, QObject* parent = nullptr);

    void load(qint64 teamId, int periodCount = 12);
    const IndicatorRepository::Indicator* indicator(int row) const;
    qint64 teamId() const { return m_team; }
    QString period(int column) const { return m_periods.value(column); }
    void setEditable(bool editable) { m_editable = editable; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

signals:
    // A typed figure was refused, with the reason for a person.
    void refused(const QString& reason);
    // A figure far from the last period's: the view asks before it is saved.
    bool confirmUnusual(const QString& question);

private:
    Database& m_db;
    qint64 m_team = 0;
    bool m_editable = false;
    QList<IndicatorRepository::Indicator> m_indicators;
    QStringList m_periods;
    QHash<qint64, QHash<QString, IndicatorRepository::Value>> m_values;
};
