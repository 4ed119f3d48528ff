#include "IndicatorRepository.h"

#include "Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <cmath>

namespace {
std::optional<double> bound(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}
} // namespace

QList<IndicatorRepository::Indicator> IndicatorRepository::indicators() const
{
    QList<Indicator> out;
    QSqlQuery q = m_db.exec(QStringLiteral(
        "SELECT id, key, name, definition, unit, better, formula, source, green_low, green_high, "
        "amber_low, amber_high, is_key FROM indicators ORDER BY is_key DESC, id"));
    while (q.next()) {
        Indicator i;
        i.id = q.value(0).toLongLong();
        i.key = q.value(1).toString();
        i.name = q.value(2).toString();
        i.definition = q.value(3).toString();
        i.unit = q.value(4).toString();
        i.better = q.value(5).toString();
        i.formula = q.value(6).toString();
        i.source = q.value(7).toString();
        i.bands = {bound(q.value(8)), bound(q.value(9)), bound(q.value(10)), bound(q.value(11))};
        i.isKey = q.value(12).toBool();
        out.append(i);
    }
    return out;
}

QList<IndicatorRepository::Team> IndicatorRepository::teams() const
{
    QList<Team> out;
    QSqlQuery q = m_db.exec(QStringLiteral(
        "SELECT id, name, kind FROM teams ORDER BY CASE kind WHEN 'service' THEN 0 WHEN 'team' "
        "THEN 1 ELSE 2 END, name"));
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

QStringList IndicatorRepository::periods() const
{
    QStringList out;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT DISTINCT period FROM indicator_values ORDER BY period"));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QHash<qint64, QHash<QString, IndicatorRepository::Value>> IndicatorRepository::values(qint64 teamId) const
{
    QHash<qint64, QHash<QString, Value>> out;
    QSqlQuery q = m_db.exec(
        QStringLiteral(
            "SELECT indicator_id, period, id, value, note, entered_by, version FROM indicator_values "
            "WHERE team_id = ?"),
        {teamId});
    while (q.next())
        out[q.value(0).toLongLong()].insert(
            q.value(1).toString(), {q.value(2).toLongLong(), q.value(3).toDouble(), q.value(4).toString(),
                                    q.value(5).toString(), q.value(6).toInt()});
    return out;
}

QList<IndicatorRepository::Point> IndicatorRepository::series(qint64 indicatorId, qint64 teamId) const
{
    QList<Point> out;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT period, value FROM indicator_values WHERE indicator_id = "
                                           "? AND team_id = ? ORDER BY period"),
                            {indicatorId, teamId});
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toDouble()});
    return out;
}

QHash<QString, double> IndicatorRepository::monthFigures(qint64 teamId, const QString& period) const
{
    QHash<QString, double> out;
    QSqlQuery q = m_db.exec(
        QStringLiteral(
            "SELECT i.key, v.value FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id "
            "WHERE v.team_id = ? AND v.period = ?"),
        {teamId, period});
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toDouble());
    return out;
}

void IndicatorRepository::setValue(const Indicator& indicator, qint64 teamId, const QString& period,
                                   double value, const QString& note, int expectedVersion)
{
    if (indicator.derived())
        throw StoreError(
            StoreError::Kind::Invalid,
            QCoreApplication::translate("IndicatorRepository",
                                        "%1 is worked out from its parts (%2); enter the parts instead.")
                .arg(indicator.name, indicator.formula));
    const QString problem = IndicatorRules::validate(indicator.unit, value);
    if (!problem.isEmpty())
        throw StoreError(StoreError::Kind::Invalid, problem);
    const QString clash = m_checkSameMonth ? IndicatorRules::validateWithOthers(indicator.key, value,
                                                                                monthFigures(teamId, period))
                                           : QString();
    if (!clash.isEmpty())
        throw StoreError(StoreError::Kind::Invalid, clash);
    Database::Transaction t(m_db);
    const QVariant existing = m_db.scalar(
        QStringLiteral(
            "SELECT id FROM indicator_values WHERE indicator_id = ? AND team_id = ? AND period = ?"),
        {indicator.id, teamId, period});
    const QString now = QDateTime::currentDateTime().toString(Qt::ISODate);
    if (existing.isValid())
        m_db.update(QStringLiteral("indicator_values"), existing.toLongLong(),
                    {{QStringLiteral("value"), value},
                     {QStringLiteral("note"), note.isEmpty() ? QVariant() : QVariant(note)},
                     {QStringLiteral("entered_by"), m_db.login()},
                     {QStringLiteral("entered_at"), now}},
                    expectedVersion);
    else
        m_db.insert(QStringLiteral("indicator_values"),
                    {{QStringLiteral("indicator_id"), indicator.id},
                     {QStringLiteral("team_id"), teamId},
                     {QStringLiteral("period"), period},
                     {QStringLiteral("value"), value},
                     {QStringLiteral("note"), note.isEmpty() ? QVariant() : QVariant(note)},
                     {QStringLiteral("entered_by"), m_db.login()},
                     {QStringLiteral("entered_at"), now}});
    recomputeDerived(indicator.key, teamId, period);
    t.commit();
}

void IndicatorRepository::recomputeDerived(const QString& changedKey, qint64 teamId, const QString& period)
{
    for (const Indicator& d : indicators()) {
        if (!d.derived() || !IndicatorRules::partsOf(d.formula).contains(changedKey))
            continue;
        QHash<QString, double> parts;
        for (const QString& key : IndicatorRules::partsOf(d.formula)) {
            const QVariant v = m_db.scalar(
                QStringLiteral(
                    "SELECT v.value FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id "
                    "WHERE i.key = ? AND v.team_id = ? AND v.period = ?"),
                {key, teamId, period});
            if (v.isValid())
                parts.insert(key, v.toDouble());
        }
        const auto value = IndicatorRules::evaluate(d.formula, parts);
        if (!value)
            continue;
        const double rounded = std::round(*value * 10) / 10;
        const QVariant existing = m_db.scalar(
            QStringLiteral(
                "SELECT id FROM indicator_values WHERE indicator_id = ? AND team_id = ? AND period = ?"),
            {d.id, teamId, period});
        const QString note =
            QCoreApplication::translate("IndicatorRepository", "Worked out: %1").arg(d.formula);
        if (existing.isValid())
            m_db.update(QStringLiteral("indicator_values"), existing.toLongLong(),
                        {{QStringLiteral("value"), rounded}, {QStringLiteral("note"), note}});
        else
            m_db.insert(QStringLiteral("indicator_values"),
                        {{QStringLiteral("indicator_id"), d.id},
                         {QStringLiteral("team_id"), teamId},
                         {QStringLiteral("period"), period},
                         {QStringLiteral("value"), rounded},
                         {QStringLiteral("note"), note},
                         {QStringLiteral("entered_by"), m_db.login()},
                         {QStringLiteral("entered_at"), QDateTime::currentDateTime().toString(Qt::ISODate)}});
    }
}
