#include "IndicatorRepository.h"

#include "Database.h"
#include "StoreSql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <cmath>

namespace {
std::optional<double> bound(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

QVariant boundValue(const std::optional<double>& v)
{
    return v ? QVariant(*v) : QVariant();
}

QVariant orNull(const QString& text)
{
    return text.trimmed().isEmpty() ? QVariant() : QVariant(text.trimmed());
}

// The context of this file's strings, the same for tr() at run time and for lupdate.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorRepository)
};
} // namespace

QList<IndicatorRepository::Indicator> IndicatorRepository::indicators() const
{
    QList<Indicator> out;
    QSqlQuery q = StoreSql::exec(
        m_db,
        QStringLiteral(
            "SELECT id, key, name, definition, unit, better, formula, source, green_low, green_high, "
            "amber_low, amber_high, is_key, frequency, version FROM indicators ORDER BY is_key DESC, id"));
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
        i.frequency = q.value(13).toString();
        i.version = q.value(14).toInt();
        out.append(i);
    }
    return out;
}

QList<IndicatorRepository::Team> IndicatorRepository::teams() const
{
    QList<Team> out;
    QSqlQuery q = StoreSql::exec(
        m_db, QStringLiteral(
                  "SELECT id, name, kind FROM teams ORDER BY CASE kind WHEN 'service' THEN 0 WHEN 'team' "
                  "THEN 1 ELSE 2 END, name"));
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

QStringList IndicatorRepository::periods() const
{
    QStringList out;
    // The months that have figures, one index step from each to the next (a loose index scan): a
    // DISTINCT over every figure would read them all, some 150,000 on thirty years.
    QSqlQuery q = StoreSql::exec(
        m_db, QStringLiteral("WITH RECURSIVE p(period) AS (SELECT MIN(period) FROM indicator_values "
                             "UNION ALL SELECT (SELECT MIN(v.period) FROM indicator_values v WHERE v.period "
                             "> p.period) FROM p "
                             "WHERE p.period IS NOT NULL) "
                             "SELECT period FROM p WHERE period IS NOT NULL"));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QHash<qint64, QHash<QString, IndicatorRepository::Value>>
IndicatorRepository::values(qint64 teamId, const QString& fromPeriod) const
{
    QHash<qint64, QHash<QString, Value>> out;
    QSqlQuery q = StoreSql::exec(
        m_db,
        QStringLiteral(
            "SELECT indicator_id, period, id, value, note, entered_by, version FROM indicator_values "
            "WHERE team_id = ? AND period >= ?"),
        {teamId, fromPeriod.isEmpty() ? QStringLiteral("") : fromPeriod});
    while (q.next())
        out[q.value(0).toLongLong()].insert(
            q.value(1).toString(), {q.value(2).toLongLong(), q.value(3).toDouble(), q.value(4).toString(),
                                    q.value(5).toString(), q.value(6).toInt()});
    return out;
}

QList<IndicatorRepository::Point> IndicatorRepository::series(qint64 indicatorId, qint64 teamId) const
{
    QList<Point> out;
    QSqlQuery q =
        StoreSql::exec(m_db,
                       QStringLiteral("SELECT period, value FROM indicator_values WHERE indicator_id = "
                                      "? AND team_id = ? ORDER BY period"),
                       {indicatorId, teamId});
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toDouble()});
    return out;
}

QHash<QString, double> IndicatorRepository::monthFigures(qint64 teamId, const QString& period) const
{
    QHash<QString, double> out;
    QSqlQuery q = StoreSql::exec(
        m_db,
        QStringLiteral(
            "SELECT i.key, v.value FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id "
            "WHERE v.team_id = ? AND v.period = ?"),
        {teamId, period});
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toDouble());
    return out;
}

QHash<QString, double> IndicatorRepository::monthFigures(qint64 teamId, const QString& period,
                                                         const QStringList& keys) const
{
    QHash<QString, double> out;
    if (keys.isEmpty())
        return out;
    QStringList marks;
    QVariantList binds;
    for (const QString& k : keys) {
        marks << QStringLiteral("?");
        binds << k;
    }
    binds << teamId << period;
    QSqlQuery q =
        StoreSql::exec(m_db,
                       QStringLiteral("SELECT i.key, v.value FROM indicators i JOIN indicator_values v ON "
                                      "v.indicator_id = i.id WHERE i.key IN (%1) AND v.team_id = ? AND "
                                      "v.period = ?")
                           .arg(marks.join(QStringLiteral(", "))),
                       binds);
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
    const QStringList related = IndicatorRules::relatedKeys(indicator.key);
    const QString clash =
        m_checkSameMonth && !related.isEmpty()
            ? IndicatorRules::validateWithOthers(indicator.key, value, monthFigures(teamId, period, related))
            : QString();
    if (!clash.isEmpty())
        throw StoreError(StoreError::Kind::Invalid, clash);
    Database::Transaction t(m_db);
    const QVariant existing = StoreSql::scalar(
        m_db,
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
            const QVariant v = StoreSql::scalar(
                m_db,
                QStringLiteral(
                    "SELECT v.value FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id "
                    "WHERE i.key = ? AND v.team_id = ? AND v.period = ?"),
                {key, teamId, period});
            if (v.isValid())
                parts.insert(key, v.toDouble());
        }
        const auto value = IndicatorRules::evaluate(d.formula, parts);
        const QVariant existing = StoreSql::scalar(
            m_db,
            QStringLiteral(
                "SELECT id FROM indicator_values WHERE indicator_id = ? AND team_id = ? AND period = ?"),
            {d.id, teamId, period});
        if (!value) {
            // A part was taken away (an entry undone): the worked-out figure cannot stand.
            if (existing.isValid() && parts.size() < IndicatorRules::partsOf(d.formula).size())
                m_db.remove(QStringLiteral("indicator_values"), existing.toLongLong());
            continue;
        }
        const double rounded = std::round(*value * 10) / 10;
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

void IndicatorRepository::setNote(const Indicator& indicator, qint64 teamId, const QString& period,
                                  const QString& note, int expectedVersion)
{
    if (indicator.derived())
        throw StoreError(
            StoreError::Kind::Invalid,
            Text::tr("%1 is worked out from its parts; comment on the parts instead.").arg(indicator.name));
    const QVariant existing = StoreSql::scalar(
        m_db,
        QStringLiteral(
            "SELECT id FROM indicator_values WHERE indicator_id = ? AND team_id = ? AND period = ?"),
        {indicator.id, teamId, period});
    if (!existing.isValid())
        throw StoreError(
            StoreError::Kind::NotFound,
            Text::tr("There is no figure of %1 for %2 to comment on. Enter the figure first, then its "
                     "comment.")
                .arg(indicator.name, period));
    m_db.update(QStringLiteral("indicator_values"), existing.toLongLong(),
                {{QStringLiteral("note"), orNull(note)}}, expectedVersion);
}

void IndicatorRepository::clearValue(const Indicator& indicator, qint64 teamId, const QString& period,
                                     int expectedVersion)
{
    if (indicator.derived())
        throw StoreError(
            StoreError::Kind::Invalid,
            Text::tr("%1 is worked out from its parts; change the parts instead.").arg(indicator.name));
    Database::Transaction t(m_db);
    const QVariant existing = StoreSql::scalar(
        m_db,
        QStringLiteral(
            "SELECT id FROM indicator_values WHERE indicator_id = ? AND team_id = ? AND period = ?"),
        {indicator.id, teamId, period});
    if (!existing.isValid()) {
        t.commit();
        return;
    }
    m_db.remove(QStringLiteral("indicator_values"), existing.toLongLong(), expectedVersion);
    recomputeDerived(indicator.key, teamId, period);
    t.commit();
}

QStringList IndicatorRepository::unitCodes()
{
    return {QStringLiteral("count"),   QStringLiteral("percentage"), QStringLiteral("ratio"),
            QStringLiteral("rate10k"), QStringLiteral("days"),       QStringLiteral("number")};
}

QStringList IndicatorRepository::betterCodes()
{
    return {QStringLiteral("higher"), QStringLiteral("lower"), QStringLiteral("band")};
}

QStringList IndicatorRepository::frequencyCodes()
{
    return {QStringLiteral("monthly"), QStringLiteral("quarterly"), QStringLiteral("annual")};
}

QString IndicatorRepository::checkBands(const QString& unit, const IndicatorBands& b)
{
    for (const auto& v : {b.greenLow, b.greenHigh, b.amberLow, b.amberHigh}) {
        if (v && *v < 0)
            return Text::tr(
                "A band cannot start or end below 0. Correct the bound, or leave it empty for no limit.");
        if (v && unit == QLatin1String("percentage") && *v > 100)
            return Text::tr(
                "A percentage band lies within 0–100. Correct the bound, or leave it empty for no limit.");
    }
    if (b.greenLow && b.greenHigh && *b.greenLow > *b.greenHigh)
        return Text::tr("The target (Green) band starts at %1, above its end %2. Swap them.")
            .arg(*b.greenLow)
            .arg(*b.greenHigh);
    if (b.amberLow && b.amberHigh && *b.amberLow > *b.amberHigh)
        return Text::tr("The tolerance (Amber) band starts at %1, above its end %2. Swap them.")
            .arg(*b.amberLow)
            .arg(*b.amberHigh);
    if ((b.amberLow && b.greenLow && *b.amberLow > *b.greenLow) ||
        (b.amberHigh && b.greenHigh && *b.amberHigh < *b.greenHigh))
        return Text::tr(
            "The tolerance (Amber) band must include the whole target (Green) band. Widen the Amber "
            "band, or leave a bound empty for no limit.");
    return QString();
}

QList<IndicatorRepository::Priority> IndicatorRepository::priorities() const
{
    QList<Priority> out;
    QSqlQuery q = StoreSql::exec(
        m_db, QStringLiteral(
                  "SELECT p.id, p.number, p.title, ip.title FROM priorities p JOIN improvement_plans ip ON "
                  "ip.id = p.plan_id ORDER BY ip.id, p.number"));
    while (q.next())
        out.append(
            {q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toString()});
    return out;
}

QHash<qint64, QList<qint64>> IndicatorRepository::priorityLinks() const
{
    QHash<qint64, QList<qint64>> out;
    QSqlQuery q = StoreSql::exec(
        m_db,
        QStringLiteral("SELECT indicator_id, priority_id FROM indicator_priorities ORDER BY priority_id"));
    while (q.next())
        out[q.value(0).toLongLong()].append(q.value(1).toLongLong());
    return out;
}

void IndicatorRepository::checkIndicator(const Indicator& i) const
{
    if (!Roles::mayWrite(m_db.role(), QStringLiteral("indicators")))
        throw StoreError(
            StoreError::Kind::NotAllowed,
            Text::tr("As a %1 you may not change the indicator catalogue: officers and administrators "
                     "keep it. Ask one of them to make this change.")
                .arg(Roles::displayName(m_db.role()).toLower()));
    if (i.name.trimmed().isEmpty())
        throw StoreError(StoreError::Kind::Invalid,
                         Text::tr("An indicator needs a name. Type one, then save."));
    if (!unitCodes().contains(i.unit))
        throw StoreError(
            StoreError::Kind::Invalid,
            Text::tr("“%1” is not a unit Scrutineer knows. Choose one from the list.").arg(i.unit));
    if (!betterCodes().contains(i.better))
        throw StoreError(
            StoreError::Kind::Invalid,
            Text::tr("Choose whether higher figures, lower figures or figures within the band are better."));
    if (!frequencyCodes().contains(i.frequency))
        throw StoreError(
            StoreError::Kind::Invalid,
            Text::tr("Choose how often the figure is reported: monthly, quarterly or annually."));
    const QString bands = checkBands(i.unit, i.bands);
    if (!bands.isEmpty())
        throw StoreError(StoreError::Kind::Invalid, bands);
}

void IndicatorRepository::setLinks(qint64 indicatorId, const QList<qint64>& priorityIds)
{
    const QList<qint64> before = priorityLinks().value(indicatorId);
    for (qint64 p : before)
        if (!priorityIds.contains(p))
            m_db.unlink(QStringLiteral("indicator_priorities"),
                        {{QStringLiteral("indicator_id"), indicatorId}, {QStringLiteral("priority_id"), p}});
    QList<qint64> added;
    for (qint64 p : priorityIds)
        if (!before.contains(p) && !added.contains(p)) {
            m_db.link(QStringLiteral("indicator_priorities"),
                      {{QStringLiteral("indicator_id"), indicatorId}, {QStringLiteral("priority_id"), p}});
            added.append(p);
        }
}

// The columns the catalogue dialog edits, as the store writes them.
static QVariantMap editableFields(const IndicatorRepository::Indicator& i)
{
    return {{QStringLiteral("name"), i.name.trimmed()},
            {QStringLiteral("definition"), orNull(i.definition)},
            {QStringLiteral("unit"), i.unit},
            {QStringLiteral("better"), i.better},
            {QStringLiteral("frequency"), i.frequency},
            {QStringLiteral("green_low"), boundValue(i.bands.greenLow)},
            {QStringLiteral("green_high"), boundValue(i.bands.greenHigh)},
            {QStringLiteral("amber_low"), boundValue(i.bands.amberLow)},
            {QStringLiteral("amber_high"), boundValue(i.bands.amberHigh)},
            {QStringLiteral("source"), orNull(i.source)},
            {QStringLiteral("is_key"), i.isKey ? 1 : 0}};
}

void IndicatorRepository::saveIndicator(const Indicator& i, const QList<qint64>& priorityIds)
{
    checkIndicator(i);
    Database::Transaction t(m_db);
    m_db.update(QStringLiteral("indicators"), i.id, editableFields(i), i.version);
    setLinks(i.id, priorityIds);
    t.commit();
}

qint64 IndicatorRepository::addIndicator(const Indicator& i, const QList<qint64>& priorityIds)
{
    checkIndicator(i);
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    if (!keyPattern.match(i.key).hasMatch())
        throw StoreError(
            StoreError::Kind::Invalid,
            Text::tr("“%1” cannot be an indicator's key: use lower-case letters, digits and underscores, "
                     "starting with a letter (for example agency_rate).")
                .arg(i.key));
    if (StoreSql::scalar(m_db, QStringLiteral("SELECT id FROM indicators WHERE key = ?"), {i.key}).isValid())
        throw StoreError(
            StoreError::Kind::Invalid,
            Text::tr("There is already an indicator with the key %1. Choose another key.").arg(i.key));
    Database::Transaction t(m_db);
    QVariantMap fields = editableFields(i);
    fields.insert(QStringLiteral("key"), i.key);
    const qint64 id = m_db.insert(QStringLiteral("indicators"), fields);
    setLinks(id, priorityIds);
    t.commit();
    return id;
}
