#include "PlanRepository.h"

#include "Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

int PlanRepository::Plan::flaggedCount() const
{
    int n = 0;
    for (const auto& p : priorities)
        for (const auto& m : p.milestones)
            n += m.flags.isEmpty() ? 0 : 1;
    return n;
}

const PlanRepository::Status* PlanRepository::Plan::status(qint64 id) const
{
    for (const Status& s : statuses)
        if (s.id == id)
            return &s;
    return nullptr;
}

const PlanRepository::Recommendation* PlanRepository::Plan::recommendation(int number) const
{
    for (const Recommendation& r : recommendations)
        if (r.number == number)
            return &r;
    return nullptr;
}

PlanRepository::Plan PlanRepository::planFor(qint64 committeeId, const QDate& today) const
{
    Plan plan;
    const QString columns =
        QStringLiteral("SELECT p.id, p.title, p.review_days, p.scheme_id, p.version, s.name AS scheme_name "
                       "FROM improvement_plans p JOIN rating_schemes s ON s.id = p.scheme_id ");
    auto found = m_db.rows(
        columns + QStringLiteral("WHERE p.committee_id = ? ORDER BY p.adopted_on DESC, p.id DESC LIMIT 1"),
        {committeeId});
    if (found.isEmpty())
        found = m_db.rows(columns + QStringLiteral("ORDER BY p.adopted_on DESC, p.id DESC LIMIT 1"));
    if (found.isEmpty())
        return plan;
    const QVariantMap& p = found.first();
    plan.id = p.value(QStringLiteral("id")).toLongLong();
    plan.title = p.value(QStringLiteral("title")).toString();
    plan.reviewDays = p.value(QStringLiteral("review_days")).toInt();
    plan.version = p.value(QStringLiteral("version")).toInt();
    plan.schemeId = p.value(QStringLiteral("scheme_id")).toLongLong();
    plan.schemeName = p.value(QStringLiteral("scheme_name")).toString();
    {
        QSqlQuery q = m_db.exec(
            QStringLiteral(
                "SELECT id, code, letter, name, colour, definition, rank, on_track, means_complete, version "
                "FROM rating_statuses WHERE scheme_id = ? ORDER BY rank, id"),
            {plan.schemeId});
        while (q.next())
            plan.statuses.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                  q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                                  q.value(6).toInt(), q.value(7).toBool(), q.value(8).toBool(),
                                  q.value(9).toInt()});
    }
    const qint64 worst = plan.statuses.isEmpty() ? 0 : plan.statuses.last().id;
    QHash<qint64, int> index;
    {
        QSqlQuery q =
            m_db.exec(QStringLiteral(
                          "SELECT id, number, title, lead FROM priorities WHERE plan_id = ? ORDER BY number"),
                      {plan.id});
        while (q.next()) {
            index.insert(q.value(0).toLongLong(), plan.priorities.size());
            plan.priorities.append({q.value(0).toLongLong(),
                                    q.value(1).toInt(),
                                    q.value(2).toString(),
                                    q.value(3).toString(),
                                    {},
                                    {}});
        }
    }
    {
        QSqlQuery q =
            m_db.exec(QStringLiteral("SELECT pr.priority_id, r.number FROM priority_recommendations pr "
                                     "JOIN recommendations r ON r.id = pr.recommendation_id WHERE r.plan_id "
                                     "= ? ORDER BY r.number"),
                      {plan.id});
        while (q.next())
            if (index.contains(q.value(0).toLongLong()))
                plan.priorities[index.value(q.value(0).toLongLong())].recommendations.append(
                    q.value(1).toInt());
    }
    {
        QSqlQuery q = m_db.exec(
            QStringLiteral("SELECT number, text FROM recommendations WHERE plan_id = ? ORDER BY number"),
            {plan.id});
        while (q.next())
            plan.recommendations.append({q.value(0).toInt(), q.value(1).toString(), {}});
        for (Recommendation& r : plan.recommendations)
            for (const Priority& pr : plan.priorities)
                if (pr.recommendations.contains(r.number))
                    r.priorityNumbers.append(pr.number);
    }
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT m.id, m.priority_id, m.code, m.title, m.owner, m.completion, m.evidence, "
                       "m.definition_of_done, "
                       "m.due_date, m.status_id, m.version, "
                       "(SELECT MAX(c.changed_on) FROM rating_changes c WHERE c.milestone_id = m.id), "
                       "(SELECT COUNT(*) FROM actions a WHERE a.milestone_id = m.id AND a.status IN ('open', "
                       "'in progress')), "
                       "(SELECT c.rationale IS NOT NULL AND c.rationale <> '' FROM rating_changes c WHERE "
                       "c.milestone_id = m.id "
                       " ORDER BY c.changed_on DESC, c.id DESC LIMIT 1) "
                       "FROM milestones m JOIN priorities p ON p.id = m.priority_id WHERE p.plan_id = ? "
                       "ORDER BY p.number, m.id"),
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
    QSqlQuery q = m_db.exec(
        QStringLiteral(
            "SELECT c.id, c.changed_on, c.changed_by, c.from_status_id, c.to_status_id, c.rationale, "
            "m.starts_at FROM rating_changes c LEFT JOIN meetings m ON m.id = c.meeting_id "
            "WHERE c.milestone_id = ? ORDER BY c.changed_on DESC, c.id DESC"),
        {milestoneId});
    while (q.next())
        out.append({q.value(0).toLongLong(), QDate::fromString(q.value(1).toString().left(10), Qt::ISODate),
                    q.value(2).toString(), q.value(3).toLongLong(), q.value(4).toLongLong(),
                    q.value(5).toString(), QDate::fromString(q.value(6).toString().left(10), Qt::ISODate)});
    return out;
}

QString PlanRepository::recommendationText(qint64 planId, int number) const
{
    return m_db
        .scalar(QStringLiteral("SELECT text FROM recommendations WHERE plan_id = ? AND number = ?"),
                {planId, number})
        .toString();
}

void PlanRepository::changeRating(const Milestone& milestone, qint64 toStatusId, const QString& rationale,
                                  qint64 meetingId, const QDate& on)
{
    if (rationale.trimmed().isEmpty())
        throw StoreError(StoreError::Kind::Invalid,
                         QCoreApplication::translate(
                             "PlanRepository", "Give the reason for the new rating: members will ask."));
    Database::Transaction t(m_db);
    m_db.update(
        QStringLiteral("milestones"), milestone.id,
        {{QStringLiteral("status_id"), toStatusId}, {QStringLiteral("rated_on"), on.toString(Qt::ISODate)}},
        milestone.version);
    m_db.insert(QStringLiteral("rating_changes"),
                {{QStringLiteral("milestone_id"), milestone.id},
                 {QStringLiteral("changed_on"), on.toString(Qt::ISODate)},
                 {QStringLiteral("changed_by"), m_db.login()},
                 {QStringLiteral("from_status_id"),
                  milestone.statusId > 0 ? QVariant(milestone.statusId) : QVariant()},
                 {QStringLiteral("to_status_id"), toStatusId},
                 {QStringLiteral("rationale"), rationale.trimmed()},
                 {QStringLiteral("meeting_id"), meetingId > 0 ? QVariant(meetingId) : QVariant()}});
    t.commit();
}

int PlanRepository::milestonesRatedWith(qint64 statusId) const
{
    return m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM milestones WHERE status_id = ?"), {statusId})
        .toInt();
}

int PlanRepository::changesNaming(qint64 statusId) const
{
    return m_db
        .scalar(QStringLiteral(
                    "SELECT COUNT(*) FROM rating_changes WHERE from_status_id = ? OR to_status_id = ?"),
                {statusId, statusId})
        .toInt();
}

QList<PlanRepository::PlanUsingScheme> PlanRepository::plansUsingScheme(qint64 schemeId) const
{
    QList<PlanUsingScheme> plans;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, title, adopted_on FROM improvement_plans "
                                           "WHERE scheme_id = ? "
                                           // undated plans first, in PostgreSQL as in SQLite
                                           "ORDER BY CASE WHEN adopted_on IS NULL THEN 0 ELSE 1 END, "
                                           "adopted_on, id"),
                            {schemeId});
    while (q.next())
        plans.append({q.value(0).toLongLong(), q.value(1).toString(),
                      QDate::fromString(q.value(2).toString().left(10), Qt::ISODate)});
    return plans;
}

namespace {

QString trp(const char* text);

} // namespace

QString PlanRepository::whyNotRemovable(const Status& status) const
{
    if (status.id == 0)
        return {};
    if (const int n = milestonesRatedWith(status.id))
        return (n == 1 ? trp("%1 cannot be removed: 1 milestone is rated %1. Give it another rating first.")
                       : trp("%1 cannot be removed: %2 milestones are rated %1. Give them another rating "
                             "first."))
            .arg(status.name)
            .arg(n);
    if (const int n = changesNaming(status.id))
        return (n == 1
                    ? trp("%1 cannot be removed: 1 change in the rating history names it, and the history is "
                          "kept. Rename it or change its definition instead.")
                    : trp("%1 cannot be removed: %2 changes in the rating history name it, and the history "
                          "is "
                          "kept. Rename it or change its definition instead."))
            .arg(status.name)
            .arg(n);
    return {};
}

namespace {

QString trp(const char* text)
{
    return QCoreApplication::translate("PlanRepository", text);
}

// A code for a new status, from its name ("On track" → "on-track"), not yet used in the scheme.
QString codeFor(const QString& name, const QSet<QString>& taken)
{
    QString base;
    for (const QChar c : name.trimmed().toLower())
        base += c.isLetterOrNumber() ? c : QLatin1Char('-');
    while (base.contains(QStringLiteral("--")))
        base.replace(QStringLiteral("--"), QStringLiteral("-"));
    if (base.isEmpty() || base == QLatin1String("-"))
        base = QStringLiteral("status");
    QString code = base;
    for (int n = 2; taken.contains(code); ++n)
        code = base + QLatin1Char('-') + QString::number(n);
    return code;
}

bool isColour(const QString& text)
{
    static const QRegularExpression hex(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    return hex.match(text).hasMatch();
}

} // namespace

void PlanRepository::saveScheme(const Plan& plan, const QList<Status>& statuses, int reviewDays)
{
    if (plan.id == 0 || plan.schemeId == 0)
        throw StoreError(StoreError::Kind::Invalid,
                         trp("There is no improvement plan to change. Import or create a plan first."));
    if (statuses.isEmpty())
        throw StoreError(StoreError::Kind::Invalid,
                         trp("A rating scheme needs at least one status. Add one before saving."));
    if (reviewDays < 1 || reviewDays > 3650)
        throw StoreError(
            StoreError::Kind::Invalid,
            trp("The review period must be between 1 and 3650 days. Enter the days within which every "
                "rating should be looked at again."));
    QSet<QString> letters, names;
    for (int i = 0; i < statuses.size(); ++i) {
        const Status& s = statuses.at(i);
        const QString letter = s.letter.trimmed(), name = s.name.trimmed();
        if (letter.isEmpty() || letter.size() > 3)
            throw StoreError(
                StoreError::Kind::Invalid,
                trp("Status %1 (%2) needs a letter of one to three characters: a rating is never shown by "
                    "colour alone.")
                    .arg(i + 1)
                    .arg(name.isEmpty() ? trp("unnamed") : name));
        if (name.isEmpty())
            throw StoreError(StoreError::Kind::Invalid,
                             trp("Status %1 (%2) needs a name.").arg(i + 1).arg(letter));
        if (!isColour(s.colour.trimmed()))
            throw StoreError(StoreError::Kind::Invalid,
                             trp("The colour of %1 is not a colour (#rrggbb). Choose it again.").arg(name));
        if (letters.contains(letter.toUpper()))
            throw StoreError(
                StoreError::Kind::Invalid,
                trp("The letter %1 is used twice. Give each status its own letter.").arg(letter));
        if (names.contains(name.toLower()))
            throw StoreError(StoreError::Kind::Invalid,
                             trp("The name %1 is used twice. Give each status its own name.").arg(name));
        letters.insert(letter.toUpper());
        names.insert(name.toLower());
    }

    Database::Transaction t(m_db);
    // What the scheme holds now; those not kept are removed first (so that codes can be reused).
    QHash<qint64, QString> existing;
    {
        QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, code FROM rating_statuses WHERE scheme_id = ?"),
                                {plan.schemeId});
        while (q.next())
            existing.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    QSet<qint64> kept;
    for (const Status& s : statuses)
        if (s.id != 0) {
            if (!existing.contains(s.id))
                throw StoreError(
                    StoreError::Kind::NotFound,
                    trp("The status %1 has been removed by someone else. Close the rating scheme, open it "
                        "again and make your change again.")
                        .arg(s.name));
            kept.insert(s.id);
        }
    for (const Status& was : plan.statuses) {
        if (kept.contains(was.id) || !existing.contains(was.id))
            continue;
        if (const QString why = whyNotRemovable(was); !why.isEmpty())
            throw StoreError(StoreError::Kind::Invalid, why);
        m_db.remove(QStringLiteral("rating_statuses"), was.id, was.version);
        existing.remove(was.id);
    }
    QSet<QString> codes;
    for (const QString& code : std::as_const(existing))
        codes.insert(code);
    auto versionOf = [&plan](qint64 id) {
        const Status* s = plan.status(id);
        return s ? s->version : -1;
    };
    for (int rank = 0; rank < statuses.size(); ++rank) {
        const Status& s = statuses.at(rank);
        QVariantMap values{{QStringLiteral("letter"), s.letter.trimmed()},
                           {QStringLiteral("name"), s.name.trimmed()},
                           {QStringLiteral("colour"), s.colour.trimmed().toLower()},
                           {QStringLiteral("definition"), s.definition.trimmed()},
                           {QStringLiteral("rank"), rank},
                           {QStringLiteral("on_track"), s.onTrack ? 1 : 0},
                           {QStringLiteral("means_complete"), s.meansComplete ? 1 : 0}};
        if (s.id != 0) {
            m_db.update(QStringLiteral("rating_statuses"), s.id, values, versionOf(s.id));
        } else {
            const QString code = codeFor(s.name, codes);
            codes.insert(code);
            values.insert(QStringLiteral("scheme_id"), plan.schemeId);
            values.insert(QStringLiteral("code"), code);
            m_db.insert(QStringLiteral("rating_statuses"), values);
        }
    }
    m_db.update(QStringLiteral("improvement_plans"), plan.id, {{QStringLiteral("review_days"), reviewDays}},
                plan.version);
    t.commit();
}
