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
        QString frequency = QStringLiteral("monthly");
        IndicatorBands bands;
        bool isKey = false;
        int version = 0;
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
    // A priority of an improvement plan that indicators can be linked to.
    struct Priority
    {
        qint64 id = 0;
        int number = 0;
        QString title, plan;
    };

    explicit IndicatorRepository(Database& db) : m_db(db) {}

    QList<Indicator> indicators() const;
    QList<Team> teams() const;
    // The periods (yyyy-MM) with any figure, oldest first.
    QStringList periods() const;
    // Figures of a team: indicator id → period → value; from `fromPeriod` on when given (a grid of
    // the last twelve months reads those, not thirty years).
    QHash<qint64, QHash<QString, Value>> values(qint64 teamId, const QString& fromPeriod = QString()) const;
    QList<Point> series(qint64 indicatorId, qint64 teamId) const;

    // The team's figures for one month by indicator key.
    QHash<QString, double> monthFigures(qint64 teamId, const QString& period) const;
    // The same, for the indicators `keys` only (quick on a big database: it uses the figures' index).
    QHash<QString, double> monthFigures(qint64 teamId, const QString& period, const QStringList& keys) const;

    // Saves a typed figure (insert or update, refused when invalid or changed by someone else).
    void setValue(const Indicator& indicator, qint64 teamId, const QString& period, double value,
                  const QString& note = QString(), int expectedVersion = -1);

    // A comment on an existing figure (empty clears it), audited; refused for worked-out figures,
    // for a month without a figure, and when the figure changed since `expectedVersion`.
    void setNote(const Indicator& indicator, qint64 teamId, const QString& period, const QString& note,
                 int expectedVersion = -1);
    // Removes a typed figure (undoing its entry); the worked-out figures that used it go too.
    void clearValue(const Indicator& indicator, qint64 teamId, const QString& period,
                    int expectedVersion = -1);

    // --- The catalogue (officers and administrators) ---
    // The units, directions and frequencies an indicator may have (codes stored in the database).
    static QStringList unitCodes();
    static QStringList betterCodes();
    static QStringList frequencyCodes();
    // Why these bands cannot be an indicator's (green inside amber, low not above high, percentages
    // within 0–100); empty when they can.
    static QString checkBands(const QString& unit, const IndicatorBands& bands);

    QList<Priority> priorities() const;
    // Indicator id → the priorities it is linked to.
    QHash<qint64, QList<qint64>> priorityLinks() const;
    // Saves the catalogue fields of `indicator` (name, definition, unit, better, frequency, bands,
    // source, is-key; never the key or a formula) and its priority links, audited, in one transaction.
    // Refused (StoreError) for a role that may not change indicators, invalid fields, and a row that
    // someone else changed since `indicator.version`.
    void saveIndicator(const Indicator& indicator, const QList<qint64>& priorityIds);
    // Adds an indicator typed by a person (key: lower case letters, digits and underscores, unique);
    // returns its id.
    qint64 addIndicator(const Indicator& indicator, const QList<qint64>& priorityIds = {});

    // Importers that have checked each month as a whole (vacancies against established posts, as
    // the file leaves them) turn off the same check figure by figure, which depends on order.
    void setCheckingSameMonth(bool on) { m_checkSameMonth = on; }

private:
    // Works out again the derived indicators that use `changedKey`, for that team and month.
    void recomputeDerived(const QString& changedKey, qint64 teamId, const QString& period);
    void checkIndicator(const Indicator& indicator) const;
    void setLinks(qint64 indicatorId, const QList<qint64>& priorityIds);

    Database& m_db;
    bool m_checkSameMonth = true;
};
