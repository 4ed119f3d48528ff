#include "QueryPlan.h"

#include <QHash>
#include <QRegularExpression>

namespace QueryPlan {

QStringList growingTables()
{
    // Not meetings: some fifty a year, read whole for a count or the range of dates.
    return {
        QStringLiteral("agenda_items"),     QStringLiteral("resolutions"), QStringLiteral("actions"),
        QStringLiteral("action_updates"),   QStringLiteral("attendance"),  QStringLiteral("declarations"),
        QStringLiteral("documents"),        QStringLiteral("milestones"),  QStringLiteral("rating_changes"),
        QStringLiteral("indicator_values"), QStringLiteral("notes"),       QStringLiteral("audit_log"),
        QStringLiteral("search_index")};
}

namespace {

// alias (or name) -> table, from "FROM t", "FROM t x", "JOIN t AS x".
QHash<QString, QString> aliases(const QString& sql)
{
    static const QRegularExpression source(
        QStringLiteral(
            "\\b(?:FROM|JOIN)\\s+([A-Za-z_][A-Za-z0-9_]*)(?:\\s+(?:AS\\s+)?([A-Za-z_][A-Za-z0-9_]*))?"),
        QRegularExpression::CaseInsensitiveOption);
    static const QStringList keywords{
        QStringLiteral("where"),  QStringLiteral("on"),     QStringLiteral("join"),
        QStringLiteral("left"),   QStringLiteral("inner"),  QStringLiteral("cross"),
        QStringLiteral("order"),  QStringLiteral("group"),  QStringLiteral("limit"),
        QStringLiteral("using"),  QStringLiteral("union"),  QStringLiteral("natural"),
        QStringLiteral("having"), QStringLiteral("window"), QStringLiteral("outer"),
        QStringLiteral("set"),    QStringLiteral("values"), QStringLiteral("indexed"),
        QStringLiteral("not"),    QStringLiteral("except"), QStringLiteral("intersect")};
    QHash<QString, QString> out;
    auto it = source.globalMatch(sql);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString table = m.captured(1).toLower();
        out.insert(table, table);
        const QString alias = m.captured(2).toLower();
        if (!alias.isEmpty() && !keywords.contains(alias))
            out.insert(alias, table);
    }
    return out;
}

} // namespace

QList<Scan> fullScans(const Database& db, const QList<Database::Statement>& statements,
                      const QStringList& tables)
{
    static const QRegularExpression scan(QStringLiteral("^SCAN ([A-Za-z_][A-Za-z0-9_]*)(.*)$"));
    static const QRegularExpression virtualIndex(QStringLiteral("VIRTUAL TABLE INDEX \\d+:(\\S*)"));
    QList<Scan> found;
    QStringList seen;
    for (const Database::Statement& st : statements) {
        const QString trimmed = st.sql.trimmed();
        if (!trimmed.startsWith(QLatin1String("SELECT"), Qt::CaseInsensitive) &&
            !trimmed.startsWith(QLatin1String("WITH"), Qt::CaseInsensitive))
            continue;
        if (seen.contains(st.sql))
            continue;
        seen << st.sql;
        const QHash<QString, QString> names = aliases(st.sql);
        for (const QString& step : db.queryPlan(st)) {
            const auto m = scan.match(step);
            if (!m.hasMatch())
                continue;
            const QString table = names.value(m.captured(1).toLower(), m.captured(1).toLower());
            if (!tables.contains(table))
                continue;
            // A full-text table searched with MATCH says so in its index string (M…).
            const auto v = virtualIndex.match(m.captured(2));
            if (v.hasMatch() && v.captured(1).contains(QLatin1Char('M')))
                continue;
            found.append({st.sql, step, table});
        }
    }
    return found;
}

QString describe(const QList<Scan>& scans)
{
    QStringList lines;
    for (const Scan& s : scans)
        lines << QStringLiteral("%1 [%2] in: %3").arg(s.table, s.step, s.sql.simplified());
    return lines.join(QLatin1Char('\n'));
}

} // namespace QueryPlan
