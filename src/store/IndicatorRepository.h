#pragma once

#include "core/IndicatorRules.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class Database;

// Indicators, teams and their monthly figures.
class IndicatorRepository
{
public:
    struct Indicator
    {
        qint64 id = 0;
        QString key, name, definition, unit, better, formula, source;
        IndicatorBands bands;
        bool isKey = false;
        bool derived() const { return !formula.isEmpty(); }
    };
    struct Team
    {
        qint64 id = 0;
        QString name, kind;
    };
    struct Value
    {
        qint64 id = 0;
        double value = 0;
        QString note, enteredBy;
        int version = 0;
    };
    struct Point
    {
        QString period;
        double value = 0;
    };

    explicit IndicatorRepository(Database& db) : m_db(db) {}

    QList<Indicator> indicators() const;
    QList<Team> teams() const;
    // The periods (yyyy-MM) with any figure, oldest first.
    QStringList periods() const;
    // Figures of a team: indicator id → period → value.
    QHash<qint64, QHash<QString, Value>> values(qint64 teamId) const;
    QList<Point> series(qint64 indicatorId, qint64 teamId) const;

    // The team's figures for one month by indicator key.
    QHash<QString, double> monthFigures(qint64 teamId, const QString& period) const;

    // Saves a typed figure (insert or update, refused when invalid or changed by someone else).
    void setValue(const Indicator& indicator, qint64 teamId, const QString& period, double value,
                  const QString& note = QString(), int expectedVersion = -1);

    // Importers that have checked each month as a whole (vacancies against established posts, as
    // the file leaves them) turn off the same check figure by figure, which depends on order.
    void setCheckingSameMonth(bool on) { m_checkSameMonth = on; }

private:
    // Works out again the derived indicators that use `changedKey`, for that team and month.
    void recomputeDerived(const QString& changedKey, qint64 teamId, const QString& period);

    Database& m_db;
    bool m_checkSameMonth = true;
};
