#include "PlanRepository.h"

#include "Database.h"

#include <QCoreApplication>
#include <QHash>

const PlanRepository::Status* PlanRepository::Plan::status(qint64 id) const
{
    for (const Status& s : statuses)
        if (s.id == id)
            return &s;
    return nullptr;
}

PlanRepository::Plan PlanRepository::planFor(qint64 committeeId, const QDate& today) const
{
    Plan plan;
    auto found = m_db.rows(QStringLiteral("SELECT id, title, review_days, scheme_id FROM improvement_plans WHERE committee_id = ? "
                                          "ORDER BY adopted_on DESC, id DESC LIMIT 1"),
                           {committeeId});
    if (found.isEmpty())
        found = m_db.rows(QStringLiteral("SELECT id, title, review_days, scheme_id FROM improvement_plans ORDER BY adopted_on DESC, id DESC LIMIT 1"));
    if (found.isEmpty())
        return plan;
    const QVariantMap& p = found.first();
    plan.id = p.value(QStringLiteral("id")).toLongLong();
    plan.title = p.value(QStringLiteral("title")).toString();
    plan.reviewDays = p.value(QStringLiteral("review_days")).toInt();
    {
        QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, code, letter, name, colour, definition, rank, on_track, means_complete "
                                               "FROM rating_statuses WHERE scheme_id = ? ORDER BY rank"),
                                {p.value(QStringLiteral("scheme_id"))});
        while (q.next())
            plan.statuses.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                  q.value(4).toString(), q.value(5).toString(), q.value(6).toInt(), q.value(7).toBool(),
                                  q.value(8).toBool()});
    }
    const qint64 worst = plan.statuses.isEmpty() ? 0 : plan.statuses.last().id;
    QHash<qint64, int> index;
    {
        QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, number, title, lead FROM priorities WHERE plan_id = ? ORDER BY number"), {plan.id});
        while (q.next()) {
            index.insert(q.value(0).toLongLong(), plan.priorities.size());
            plan.priorities.append({q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toString(), {}, {}});
        }
    }
    {
        QSqlQuery q = m_db.exec(QStringLiteral("SELECT pr.priority_id, r.number FROM priority_recommendations pr "
                                               "JOIN recommendations r ON r.id = pr.recommendation_id WHERE r.plan_id = ? ORDER BY r.number"),
                                {plan.id});
        while (q.next())
            if (index.contains(q.value(0).toLongLong()))
                plan.priorities[index.value(q.value(0).toLongLong())].recommendations.append(q.value(1).toInt());
    }
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT m.id, m.priority_id, m.code, m.title, m.owner, m.completion, m.evidence, m.definition_of_done, "
                       "m.due_date, m.status_id, m.version, "
                       "(SELECT MAX(c.changed_on) FROM rating_changes c WHERE c.milestone_id = m.id), "
                       "(SELECT COUNT(*) FROM actions a WHERE a.milestone_id = m.id AND a.status IN ('open', 'in progress')), "
                       "(SELECT c.rationale IS NOT NULL AND c.rationale <> '' FROM rating_changes c WHERE c.milestone_id = m.id "
                       " ORDER BY c.changed_on DESC, c.id DESC LIMIT 1) "
                       "FROM milestones m JOIN priorities p ON p.id = m.priority_id WHERE p.plan_id = ? ORDER BY p.number, m.id"),
        {plan.id});
    while (q.next()) {
        Milestone m;
        m.id = q.value(0).toLongLong();
        m.priorityId = q.value(1).toLongLong();
        m.code = q.value(2).toString();
        m.title = q.value(3).toString();
        m.owner = q.value(4).toString();
        m.completion = q.value(5).toString();
        m.evidence = q.value(6).toString();
        m.definitionOfDone = q.value(7).toString();
        m.due = QDate::fromString(q.value(8).toString(), Qt::ISODate);
        m.statusId = q.value(9).toLongLong();
        m.version = q.value(10).toInt();
        m.lastChange = QDate::fromString(q.value(11).toString().left(10), Qt::ISODate);
        MilestoneFacts facts;
        if (const Status* s = plan.status(m.statusId)) {
            facts.statusCode = s->code;
            facts.statusOnTrack = s->onTrack;
            facts.statusMeansComplete = s->meansComplete;
        }
        facts.completion = m.completion;
        facts.due = m.due;
        facts.evidence = m.evidence;
        facts.lastRatingChange = m.lastChange;
        facts.openActions = q.value(12).toInt();
        facts.lastChangeHasRationale = q.value(13).isNull() || q.value(13).toBool();
        facts.isRed = m.statusId != 0 && m.statusId == worst;
        m.flags = MilestoneFlags::evaluate(facts, today, plan.reviewDays);
        if (index.contains(m.priorityId))
            plan.priorities[index.value(m.priorityId)].milestones.append(m);
    }
    return plan;
}

QList<PlanRepository::Change> PlanRepository::history(qint64 milestoneId) const
{
    QList<Change> out;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT c.id, c.changed_on, c.changed_by, c.from_status_id, c.to_status_id, c.rationale, "
                                           "m.starts_at FROM rating_changes c LEFT JOIN meetings m ON m.id = c.meeting_id "
                                           "WHERE c.milestone_id = ? ORDER BY c.changed_on DESC, c.id DESC"),
                            {milestoneId});
    while (q.next())
        out.append({q.value(0).toLongLong(), QDate::fromString(q.value(1).toString().left(10), Qt::ISODate), q.value(2).toString(),
                    q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toString(),
                    QDate::fromString(q.value(6).toString().left(10), Qt::ISODate)});
    return out;
}

QString PlanRepository::recommendationText(qint64 planId, int number) const
{
    return m_db.scalar(QStringLiteral("SELECT text FROM recommendations WHERE plan_id = ? AND number = ?"), {planId, number}).toString();
}

void PlanRepository::changeRating(const Milestone& milestone, qint64 toStatusId, const QString& rationale, qint64 meetingId,
                                  const QDate& on)
{
    if (rationale.trimmed().isEmpty())
        throw StoreError(StoreError::Kind::Invalid,
                         QCoreApplication::translate("PlanRepository", "Give the reason for the new rating: members will ask."));
    Database::Transaction t(m_db);
    m_db.update(QStringLiteral("milestones"), milestone.id,
                {{QStringLiteral("status_id"), toStatusId}, {QStringLiteral("rated_on"), on.toString(Qt::ISODate)}},
                milestone.version);
    m_db.insert(QStringLiteral("rating_changes"), {{QStringLiteral("milestone_id"), milestone.id},
                                                   {QStringLiteral("changed_on"), on.toString(Qt::ISODate)},
                                                   {QStringLiteral("changed_by"), m_db.login()},
                                                   {QStringLiteral("from_status_id"), milestone.statusId > 0 ? QVariant(milestone.statusId) : QVariant()},
                                                   {QStringLiteral("to_status_id"), toStatusId},
                                                   {QStringLiteral("rationale"), rationale.trimmed()},
                                                   {QStringLiteral("meeting_id"), meetingId > 0 ? QVariant(meetingId) : QVariant()}});
    t.commit();
}
