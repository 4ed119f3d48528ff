#include "DashboardRepository.h"

#include "ActionSql.h"
#include "Database.h"
#include "StoreSql.h"
#include "core/ActionRules.h"

#include <QHash>
#include <limits>

namespace {
std::optional<double> bound(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}
} // namespace

QDate DashboardRepository::meetingDate(qint64 meetingId) const
{
    return QDate::fromString(
        StoreSql::scalar(m_db, QStringLiteral("SELECT starts_at FROM meetings WHERE id = ?"), {meetingId})
            .toString()
            .left(10),
        Qt::ISODate);
}

QDate DashboardRepository::previousMeetingDate(qint64 meetingId) const
{
    const QVariant v = StoreSql::scalar(
        m_db,
        QStringLiteral(
            "SELECT p.starts_at FROM meetings p JOIN meetings m ON m.committee_id = p.committee_id "
            "WHERE m.id = ? AND p.starts_at < m.starts_at ORDER BY p.starts_at DESC LIMIT 1"),
        {meetingId});
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}

QList<DashboardRepository::RatingMove> DashboardRepository::moves(qint64 planId, const QDate& from,
                                                                  const QDate& to) const
{
    // For each milestone changed in the window: its rating just before the window, and at its end.
    QList<RatingMove> out;
    QSqlQuery q = StoreSql::exec(
        m_db,
        QStringLiteral("SELECT m.id, m.code, m.title, "
                       " (SELECT s.letter FROM rating_changes c JOIN rating_statuses s ON s.id = "
                       "c.to_status_id WHERE c.milestone_id = m.id "
                       "  AND c.changed_on <= ? ORDER BY c.changed_on DESC, c.id DESC LIMIT 1), "
                       " (SELECT s.rank FROM rating_changes c JOIN rating_statuses s ON s.id = "
                       "c.to_status_id WHERE c.milestone_id = m.id "
                       "  AND c.changed_on <= ? ORDER BY c.changed_on DESC, c.id DESC LIMIT 1), "
                       " (SELECT s.letter FROM rating_changes c JOIN rating_statuses s ON s.id = "
                       "c.to_status_id WHERE c.milestone_id = m.id "
                       "  AND c.changed_on <= ? ORDER BY c.changed_on DESC, c.id DESC LIMIT 1), "
                       " (SELECT s.rank FROM rating_changes c JOIN rating_statuses s ON s.id = "
                       "c.to_status_id WHERE c.milestone_id = m.id "
                       "  AND c.changed_on <= ? ORDER BY c.changed_on DESC, c.id DESC LIMIT 1) "
                       "FROM milestones m JOIN priorities p ON p.id = m.priority_id WHERE "
                       "p.plan_id = ? AND EXISTS (SELECT 1 FROM rating_changes c "
                       " WHERE c.milestone_id = m.id AND c.changed_on > ? AND c.changed_on <= ?) "
                       "ORDER BY p.number, m.id"),
        {from.toString(Qt::ISODate), from.toString(Qt::ISODate), to.toString(Qt::ISODate),
         to.toString(Qt::ISODate), planId, from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    while (q.next()) {
        if (q.value(3).isNull()) // first rated within the window: not a move
            continue;
        const QString before = q.value(3).toString();
        const QString after = q.value(5).toString();
        if (before == after)
            continue;
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), before, after,
                    q.value(6).toInt() < q.value(4).toInt()});
    }
    return out;
}

int DashboardRepository::actionsCompleted(qint64 committeeId, const QDate& from, const QDate& to) const
{
    return StoreSql::scalar(
               m_db,
               QStringLiteral("SELECT COUNT(*) FROM meetings m CROSS JOIN actions a ON a.meeting_id = m.id "
                              "WHERE m.committee_id = ? "
                              "AND a.status = 'done' AND a.completed_on > ? AND a.completed_on <= ?"),
               {committeeId, from.toString(Qt::ISODate), to.toString(Qt::ISODate)})
        .toInt();
}

QList<DashboardRepository::ActionRow> DashboardRepository::openActions(qint64 committeeId, const QDate& asAt,
                                                                       int soonDays, int limit) const
{
    QList<ActionRow> out;
    // From the committee's meetings to their outstanding actions (actions_meeting_status): the
    // committee's share of the log, not every committee's open actions.
    QSqlQuery q = StoreSql::exec(
        m_db,
        QStringLiteral("SELECT a.id, a.reference, a.text, a.owner, a.status, a.due_date FROM meetings m "
                       "CROSS JOIN actions a ON a.meeting_id = m.id WHERE m.committee_id = ? AND ") +
            ActionSql::outstanding() + QStringLiteral(" AND ") + ActionSql::dated() +
            QStringLiteral(" AND a.due_date <= ? ORDER BY a.due_date, a.id LIMIT ?"),
        // No limit is a large one: SQLite reads LIMIT -1 so, PostgreSQL refuses it.
        {committeeId, asAt.addDays(soonDays).toString(Qt::ISODate),
         limit >= 0 ? limit : std::numeric_limits<int>::max()});
    while (q.next()) {
        const QDate due = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString(), due,
                    ActionRules::isOverdue(q.value(4).toString(), due, asAt)});
    }
    return out;
}

QPair<int, int> DashboardRepository::openActionCounts(qint64 committeeId, const QDate& asAt,
                                                      int soonDays) const
{
    const auto row = StoreSql::rows(
        m_db,
        QStringLiteral("SELECT COALESCE(SUM(CASE WHEN a.due_date < ? THEN 1 ELSE 0 END), 0) AS overdue, "
                       "COALESCE(SUM(CASE WHEN a.due_date >= ? THEN 1 ELSE 0 END), 0) "
                       "AS soon FROM meetings m CROSS JOIN actions a ON a.meeting_id = m.id WHERE "
                       "m.committee_id = ? AND ") +
            ActionSql::outstanding() + QStringLiteral(" AND ") + ActionSql::dated() +
            QStringLiteral(" AND a.due_date <= ?"),
        {asAt.toString(Qt::ISODate), asAt.toString(Qt::ISODate), committeeId,
         asAt.addDays(soonDays).toString(Qt::ISODate)});
    return {row.value(0).value(QStringLiteral("overdue")).toInt(),
            row.value(0).value(QStringLiteral("soon")).toInt()};
}

QList<DashboardRepository::KeyFigure> DashboardRepository::keyFigures(const QDate& asAt) const
{
    const QString upTo =
        asAt.isValid() ? asAt.toString(QStringLiteral("yyyy-MM")) : QStringLiteral("9999-12");
    QList<KeyFigure> out;
    const qint64 team =
        StoreSql::scalar(m_db,
                         QStringLiteral("SELECT id FROM teams WHERE kind = 'service' ORDER BY id LIMIT 1"))
            .toLongLong();
    QSqlQuery q = StoreSql::exec(
        m_db, QStringLiteral(
                  "SELECT id, key, name, unit, green_low, green_high, amber_low, amber_high FROM indicators "
                  "WHERE is_key = 1 ORDER BY id"));
    while (q.next()) {
        KeyFigure f;
        f.indicatorId = q.value(0).toLongLong();
        f.key = q.value(1).toString();
        f.name = q.value(2).toString();
        f.unit = q.value(3).toString();
        const IndicatorBands bands{bound(q.value(4)), bound(q.value(5)), bound(q.value(6)),
                                   bound(q.value(7))};
        if (bands.greenLow && bands.greenHigh)
            f.target = QStringLiteral("%1–%2").arg(*bands.greenLow).arg(*bands.greenHigh);
        else if (bands.greenLow)
            f.target = QStringLiteral("≥ %1").arg(*bands.greenLow);
        else if (bands.greenHigh)
            f.target = QStringLiteral("≤ %1").arg(*bands.greenHigh);
        QSqlQuery v = StoreSql::exec(
            m_db,
            QStringLiteral(
                "SELECT period, value FROM indicator_values WHERE indicator_id = ? AND team_id = ? "
                "AND period <= ? ORDER BY period DESC LIMIT 12"),
            {f.indicatorId, team, upTo});
        while (v.next()) {
            if (f.period.isEmpty()) {
                f.period = v.value(0).toString();
                f.latest = v.value(1).toDouble();
            }
            f.trend.prepend(v.value(1).toDouble());
        }
        if (f.period.isEmpty())
            continue;
        f.rating = IndicatorRules::rate(f.latest, bands);
        out.append(f);
    }
    return out;
}

QList<DashboardRepository::Snapshot> DashboardRepository::ratingsOverTime(qint64 planId,
                                                                          qint64 committeeId) const
{
    QList<Snapshot> out;
    const auto statuses = StoreSql::rows(
        m_db,
        QStringLiteral("SELECT s.id, s.letter FROM rating_statuses s JOIN improvement_plans p ON "
                       "p.scheme_id = s.scheme_id WHERE p.id = ? ORDER BY s.rank"),
        {planId});
    const auto dates = StoreSql::rows(
        m_db,
        QStringLiteral("SELECT DISTINCT substr(starts_at, 1, 10) AS d FROM meetings WHERE committee_id = ? "
                       "AND status <> 'scheduled' ORDER BY d"),
        {committeeId});
    // Every rating change of the plan's milestones, each milestone's oldest first: one read, the
    // same size whatever the years behind the committee (a query per meeting date grew with them).
    struct Change
    {
        QString on;
        qint64 to = 0;
    };
    QHash<qint64, QList<Change>> changes;
    QSqlQuery c = StoreSql::exec(
        m_db,
        QStringLiteral(
            "SELECT c.milestone_id, c.changed_on, c.to_status_id FROM priorities p "
            "CROSS JOIN milestones m ON m.priority_id = p.id CROSS JOIN rating_changes c ON "
            "c.milestone_id = m.id WHERE p.plan_id = ? ORDER BY c.milestone_id, c.changed_on, c.id"),
        {planId});
    while (c.next())
        changes[c.value(0).toLongLong()].append({c.value(1).toString(), c.value(2).toLongLong()});
    // At each date, each milestone's latest change on or before it (dates compared as the database
    // compares text); a sweep, since the dates are in order.
    QHash<qint64, int> next;
    QHash<qint64, qint64> current;
    for (const QVariantMap& d : dates) {
        const QString date = d.value(QStringLiteral("d")).toString();
        for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
            int& n = next[it.key()];
            while (n < it.value().size() && it.value().at(n).on.compare(date) <= 0)
                current[it.key()] = it.value().at(n++).to;
        }
        if (current.isEmpty())
            continue;
        QHash<qint64, int> byStatus;
        for (qint64 status : std::as_const(current))
            ++byStatus[status];
        Snapshot s;
        s.date = QDate::fromString(date, Qt::ISODate);
        for (const QVariantMap& st : statuses)
            s.counts.append({st.value(QStringLiteral("letter")).toString(),
                             byStatus.value(st.value(QStringLiteral("id")).toLongLong())});
        out.append(s);
    }
    return out;
}
