#include "ListQueries.h"

#include "Database.h"
#include "StoreSql.h"

#include <QCoreApplication>

namespace ListQueries {

namespace {

struct Kind
{
    const char* name;
    const char* sql; // a ? in it takes whether exempt (Part 2) business is wanted
};

const Kind kKinds[] = {
    {"meetings", "SELECT m.id, c.name AS committee, m.starts_at, m.venue, m.status, "
                 "(SELECT COUNT(*) FROM agenda_items i WHERE i.meeting_id = m.id) AS items "
                 "FROM meetings m JOIN committees c ON c.id = m.committee_id ORDER BY m.starts_at, m.id"},
    {"items", "SELECT i.id, i.meeting_id, m.starts_at, i.minute_number, i.title, i.exempt, i.report_refs, "
              "(SELECT COUNT(*) FROM resolutions r WHERE r.item_id = i.id) AS resolutions "
              "FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id WHERE (? OR i.exempt = 0) ORDER BY "
              "m.starts_at, i.meeting_id, i.sort_key, i.position"},
    {"actions",
     "SELECT a.id, a.meeting_id, a.reference, a.text, a.owner, a.due_date, a.status, a.completed_on "
     "FROM actions a LEFT JOIN agenda_items i ON i.id = a.item_id WHERE (? OR COALESCE(i.exempt, 0) = 0) "
     "ORDER BY a.id"},
    {"milestones",
     "SELECT ms.id, p.number AS priority, ms.code, ms.title, ms.owner, ms.due_date, ms.completion, "
     "s.letter AS rating, s.name AS rating_name, ms.evidence "
     "FROM milestones ms JOIN priorities p ON p.id = ms.priority_id "
     "LEFT JOIN rating_statuses s ON s.id = ms.status_id ORDER BY p.number, ms.id"},
    {"indicators",
     "SELECT id, key, name, unit, better, frequency, green_low, green_high, amber_low, amber_high, formula "
     "FROM indicators ORDER BY id"},
    {"figures",
     "SELECT v.id, i.key AS indicator, t.name AS team, v.period, v.value, v.note, v.entered_by "
     "FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id JOIN teams t ON t.id = v.team_id "
     "ORDER BY i.key, t.name, v.period"},
};

const Kind* find(const QString& kind)
{
    for (const Kind& k : kKinds)
        if (kind == QLatin1String(k.name))
            return &k;
    return nullptr;
}

} // namespace

QStringList kinds()
{
    QStringList out;
    for (const Kind& k : kKinds)
        out << QString::fromLatin1(k.name);
    return out;
}

QList<QVariantMap> rows(const Database& db, const QString& kind, bool withExempt)
{
    const Kind* k = find(kind);
    if (!k)
        throw StoreError(StoreError::Kind::Invalid,
                         QCoreApplication::translate("ListQueries",
                                                     "There is nothing called %1 to list; choose one of: %2.")
                             .arg(kind, kinds().join(QStringLiteral(", "))));
    const QString sql = QString::fromLatin1(k->sql);
    return sql.contains(QLatin1Char('?')) ? StoreSql::rows(db, sql, {withExempt ? 1 : 0})
                                          : StoreSql::rows(db, sql);
}

QStringList columns(const QString& kind)
{
    static const QHash<QString, QStringList> cols = {
        {QStringLiteral("meetings"),
         {QStringLiteral("id"), QStringLiteral("committee"), QStringLiteral("starts_at"),
          QStringLiteral("venue"), QStringLiteral("status"), QStringLiteral("items")}},
        {QStringLiteral("items"),
         {QStringLiteral("id"), QStringLiteral("meeting_id"), QStringLiteral("starts_at"),
          QStringLiteral("minute_number"), QStringLiteral("title"), QStringLiteral("exempt"),
          QStringLiteral("report_refs"), QStringLiteral("resolutions")}},
        {QStringLiteral("actions"),
         {QStringLiteral("id"), QStringLiteral("meeting_id"), QStringLiteral("reference"),
          QStringLiteral("text"), QStringLiteral("owner"), QStringLiteral("due_date"),
          QStringLiteral("status"), QStringLiteral("completed_on")}},
        {QStringLiteral("milestones"),
         {QStringLiteral("id"), QStringLiteral("priority"), QStringLiteral("code"), QStringLiteral("title"),
          QStringLiteral("owner"), QStringLiteral("due_date"), QStringLiteral("completion"),
          QStringLiteral("rating"), QStringLiteral("rating_name"), QStringLiteral("evidence")}},
        {QStringLiteral("indicators"),
         {QStringLiteral("id"), QStringLiteral("key"), QStringLiteral("name"), QStringLiteral("unit"),
          QStringLiteral("better"), QStringLiteral("frequency"), QStringLiteral("green_low"),
          QStringLiteral("green_high"), QStringLiteral("amber_low"), QStringLiteral("amber_high"),
          QStringLiteral("formula")}},
        {QStringLiteral("figures"),
         {QStringLiteral("id"), QStringLiteral("indicator"), QStringLiteral("team"), QStringLiteral("period"),
          QStringLiteral("value"), QStringLiteral("note"), QStringLiteral("entered_by")}},
    };
    return cols.value(kind);
}

} // namespace ListQueries
