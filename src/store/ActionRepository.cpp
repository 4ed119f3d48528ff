#include "ActionRepository.h"

#include "ActionSql.h"
#include "Database.h"
#include "StoreSql.h"

#include <QCoreApplication>
#include <QMap>
#include <limits>

namespace {

const QString kSelect = QStringLiteral(
    "SELECT a.id, a.reference, a.text, a.owner, a.status, c.short_name, m.title, a.due_date, m.starts_at, "
    "(SELECT MAX(u.updated_on) FROM action_updates u WHERE u.action_id = a.id), a.meeting_id, "
    "COALESCE(i.exempt, 0), a.version, c.name "
    "FROM actions a LEFT JOIN meetings m ON m.id = a.meeting_id LEFT JOIN committees c ON c.id = "
    "m.committee_id "
    "LEFT JOIN agenda_items i ON i.id = a.item_id ");

QDate isoDate(const QVariant& v)
{
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}

ActionRepository::Row readRow(const QSqlQuery& q)
{
    ActionRepository::Row r;
    r.id = q.value(0).toLongLong();
    r.reference = q.value(1).toString();
    r.text = q.value(2).toString();
    r.owner = q.value(3).toString();
    r.status = q.value(4).toString();
    r.committee = q.value(5).toString().isEmpty() ? q.value(13).toString() : q.value(5).toString();
    r.meetingTitle = q.value(6).toString();
    r.due = isoDate(q.value(7));
    r.meetingDate = isoDate(q.value(8));
    r.lastUpdate = isoDate(q.value(9));
    r.meetingId = q.value(10).toLongLong();
    r.exempt = q.value(11).toInt() != 0;
    r.version = q.value(12).toInt();
    return r;
}

} // namespace

QStringList ActionRepository::statuses()
{
    return {QStringLiteral("open"), QStringLiteral("in progress"), QStringLiteral("done"),
            QStringLiteral("cancelled")};
}

QString ActionRepository::statusName(const QString& status)
{
    if (status == QLatin1String("open"))
        return QCoreApplication::translate("ActionRepository", "Open");
    if (status == QLatin1String("in progress"))
        return QCoreApplication::translate("ActionRepository", "In progress");
    if (status == QLatin1String("done"))
        return QCoreApplication::translate("ActionRepository", "Done");
    if (status == QLatin1String("cancelled"))
        return QCoreApplication::translate("ActionRepository", "Cancelled");
    if (status == QLatin1String("outstanding"))
        return QCoreApplication::translate("ActionRepository", "Outstanding");
    return status;
}

QString ActionRepository::where(const Filter& f, QVariantList& values) const
{
    QStringList clauses;
    if (f.committeeId > 0) {
        clauses << QStringLiteral("m.committee_id = ?");
        values << f.committeeId;
    }
    if (f.meetingId > 0) {
        clauses << QStringLiteral("a.meeting_id = ?");
        values << f.meetingId;
    }
    if (!f.owner.isEmpty()) {
        clauses << QStringLiteral("a.owner = ?");
        values << f.owner;
    }
    if (f.status == QLatin1String("outstanding")) {
        clauses << ActionSql::outstanding();
    } else if (!f.status.isEmpty()) {
        clauses << QStringLiteral("a.status = ?");
        values << f.status;
    }
    if (!f.withExempt)
        clauses << QStringLiteral(
            "NOT EXISTS (SELECT 1 FROM agenda_items x WHERE x.id = a.item_id AND x.exempt = 1)");
    if (f.completedAfter.isValid() && f.completedBy.isValid()) {
        clauses << QStringLiteral("a.status = 'done' AND a.completed_on > ? AND a.completed_on <= ?");
        values << f.completedAfter.toString(Qt::ISODate) << f.completedBy.toString(Qt::ISODate);
    }
    const QString today = f.today.toString(Qt::ISODate);
    if (f.overdueOnly) {
        clauses << ActionSql::overdue();
        values << today;
    }
    if (f.dueSoonOnly) {
        clauses << ActionSql::dueBetween();
        values << today << f.today.addDays(kDueSoonDays).toString(Qt::ISODate);
    }
    return clauses.isEmpty()
               ? QString()
               : QStringLiteral("WHERE ") + clauses.join(QStringLiteral(" AND ")) + QLatin1Char(' ');
}

int ActionRepository::count(const Filter& filter) const
{
    QVariantList values;
    const QString sql =
        QStringLiteral("SELECT COUNT(*) FROM actions a LEFT JOIN meetings m ON m.id = a.meeting_id ") +
        where(filter, values);
    return StoreSql::scalar(m_db, sql, values).toInt();
}

QList<ActionRepository::Row> ActionRepository::rows(const Filter& filter, int offset, int limit) const
{
    QVariantList values;
    using O = Filter::Order;
    const QString dir = filter.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString order;
    switch (filter.order) {
    // References in natural order (37/2 before 37/19): within an item, the shorter number first.
    case O::Meeting:
        order = QStringLiteral("m.starts_at") + dir +
                QStringLiteral(", i.sort_key, LENGTH(a.reference), a.reference, a.id");
        break;
    case O::Reference:
        order = QStringLiteral("i.sort_key") + dir + QStringLiteral(", LENGTH(a.reference)") + dir +
                QStringLiteral(", a.reference") + dir + QStringLiteral(", a.id");
        break;
    case O::Action:
        order = QStringLiteral("a.text") + dir + QStringLiteral(", a.id");
        break;
    case O::Owner:
        order = QStringLiteral("a.owner") + dir + QStringLiteral(", a.due_date, a.id");
        break;
    case O::Due:
        order = QStringLiteral("COALESCE(a.due_date, '9999')") + dir + QStringLiteral(", a.id");
        break;
    case O::Status:
        order = QStringLiteral("a.status") + dir + QStringLiteral(", a.due_date, a.id");
        break;
    case O::LastUpdate:
        order = QStringLiteral("(SELECT MAX(u.updated_on) FROM action_updates u WHERE u.action_id = a.id)") +
                dir + QStringLiteral(", a.id");
        break;
    case O::Committee:
        order = QStringLiteral("c.short_name") + dir + QStringLiteral(", m.starts_at DESC, a.id");
        break;
    }
    QString sql = kSelect + where(filter, values) + QStringLiteral("ORDER BY ") + order + QLatin1Char(' ');
    if (limit >= 0 || offset > 0) {
        sql += QStringLiteral("LIMIT ? OFFSET ?");
        // No limit is a large one: SQLite reads LIMIT -1 so, PostgreSQL refuses it.
        values << (limit >= 0 ? limit : std::numeric_limits<int>::max()) << offset;
    }
    QList<Row> out;
    QSqlQuery q = StoreSql::exec(m_db, sql, values);
    while (q.next())
        out.append(readRow(q));
    return out;
}

ActionRepository::Row ActionRepository::action(qint64 actionId) const
{
    QSqlQuery q = StoreSql::exec(m_db, kSelect + QStringLiteral("WHERE a.id = ?"), {actionId});
    return q.next() ? readRow(q) : Row{};
}

ActionRepository::Row ActionRepository::existingAction(qint64 actionId) const
{
    const Row current = action(actionId);
    if (current.id == 0)
        throw StoreError(
            StoreError::Kind::NotFound,
            QCoreApplication::translate(
                "ActionRepository",
                "The action no longer exists: someone may have removed it. Refresh the action log."));
    return current;
}

QStringList ActionRepository::owners(qint64 committeeId) const
{
    QStringList out;
    QSqlQuery q =
        committeeId > 0
            ? StoreSql::exec(
                  m_db,
                  QStringLiteral(
                      "SELECT DISTINCT a.owner FROM actions a JOIN meetings m ON m.id = a.meeting_id "
                      "WHERE m.committee_id = ? AND a.owner IS NOT NULL AND a.owner <> '' ORDER BY a.owner"),
                  {committeeId})
            : StoreSql::exec(
                  m_db, QStringLiteral("SELECT DISTINCT owner FROM actions WHERE owner IS NOT NULL AND owner "
                                       "<> '' ORDER BY owner"));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QList<ActionRepository::Update> ActionRepository::history(qint64 actionId) const
{
    QList<Update> out;
    QSqlQuery q = StoreSql::exec(
        m_db,
        QStringLiteral("SELECT id, updated_on, status, note, author FROM action_updates WHERE action_id = ? "
                       "ORDER BY updated_on, id"),
        {actionId});
    while (q.next())
        out.append({q.value(0).toLongLong(), isoDate(q.value(1)), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString()});
    return out;
}

qint64 ActionRepository::addUpdate(qint64 actionId, const QDate& on, const QString& status,
                                   const QString& note)
{
    if (!status.isEmpty() && !statuses().contains(status))
        throw StoreError(StoreError::Kind::Invalid,
                         QCoreApplication::translate(
                             "ActionRepository",
                             "\"%1\" is not an action status. Choose open, in progress, done or cancelled.")
                             .arg(status));
    if (note.trimmed().isEmpty())
        throw StoreError(
            StoreError::Kind::Invalid,
            QCoreApplication::translate(
                "ActionRepository",
                "A progress note needs some text: say what has happened since the last update."));
    Database::Transaction t(m_db);
    const Row current = existingAction(actionId);
    const qint64 id =
        m_db.insert(QStringLiteral("action_updates"),
                    {{QStringLiteral("action_id"), actionId},
                     {QStringLiteral("updated_on"), on.toString(Qt::ISODate)},
                     {QStringLiteral("status"), status.isEmpty() ? QVariant() : QVariant(status)},
                     {QStringLiteral("note"), note.trimmed()},
                     {QStringLiteral("author"), m_db.login()}});
    if (!status.isEmpty() && status != current.status) {
        QVariantMap values{{QStringLiteral("status"), status}};
        values.insert(QStringLiteral("completed_on"),
                      status == QLatin1String("done") ? QVariant(on.toString(Qt::ISODate)) : QVariant());
        m_db.update(QStringLiteral("actions"), actionId, values, current.version);
    }
    t.commit();
    return id;
}

int ActionRepository::edit(qint64 actionId, const QString& text, const QString& owner, const QDate& due,
                           int expectedVersion)
{
    if (text.trimmed().isEmpty())
        throw StoreError(StoreError::Kind::Invalid,
                         QCoreApplication::translate("ActionRepository",
                                                     "An action needs its text: say what is to be done."));
    Database::Transaction t(m_db);
    const Row current = existingAction(actionId);
    m_db.update(
        QStringLiteral("actions"), actionId,
        {{QStringLiteral("text"), text.trimmed()},
         {QStringLiteral("owner"), owner.trimmed().isEmpty() ? QVariant() : QVariant(owner.trimmed())},
         {QStringLiteral("due_date"), due.isValid() ? QVariant(due.toString(Qt::ISODate)) : QVariant()}},
        expectedVersion);
    const int version = action(actionId).version;
    t.commit();
    return version;
}

QList<ActionRepository::ChaseGroup> ActionRepository::chaseList(qint64 committeeId, const QDate& today) const
{
    Filter f;
    f.committeeId = committeeId;
    f.overdueOnly = true;
    f.today = today;
    QMap<QString, ChaseGroup> groups; // keyed case-insensitively, A to Z
    QList<Row> all = rows(f);
    std::stable_sort(all.begin(), all.end(), [](const Row& a, const Row& b) { return a.due < b.due; });
    for (const Row& r : all) {
        const QString key =
            r.owner.trimmed().isEmpty() ? QStringLiteral("\xff") : r.owner.trimmed().toLower();
        ChaseGroup& g = groups[key];
        g.owner = r.owner.trimmed();
        g.actions.append(r);
    }
    QList<ChaseGroup> out;
    for (ChaseGroup& g : groups) {
        if (!g.owner.isEmpty())
            g.email =
                StoreSql::scalar(m_db,
                                 QStringLiteral("SELECT email FROM people WHERE (name = ? OR job_title = ?) "
                                                "AND email IS NOT NULL "
                                                "AND email <> '' ORDER BY id LIMIT 1"),
                                 {g.owner, g.owner})
                    .toString();
        out.append(g);
    }
    return out;
}
