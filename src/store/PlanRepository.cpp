#include "PlanRepository.h"

#include "ActionSql.h"
#include "Database.h"
#include "StoreSql.h"
#include "core/Role.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace {

// The context of this file's strings, the same for tr() at run time and for lupdate.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PlanRepository)
};

} // namespace

int PlanRepository::Plan::flaggedCount() const
{
    int n = 0;
    for (const auto& p : priorities)
        for (const auto& m : p.milestones)
            n += m.flags.isEmpty() ? 0 : 1;
    return n;
}

QList<PlanRepository::Plan::Flagged> PlanRepository::Plan::flagged() const
{
    QList<Flagged> out;
    for (const auto& p : priorities)
        for (const auto& m : p.milestones) {
            if (m.flags.isEmpty())
                continue;
            Flagged f{&m, status(m.statusId), {}};
            for (const auto& flag : m.flags)
                f.reasons << flag.reason;
            out << f;
        }
    return out;
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
    auto found = StoreSql::rows(
        m_db,
        columns + QStringLiteral("WHERE p.committee_id = ? ORDER BY p.adopted_on DESC, p.id DESC LIMIT 1"),
        {committeeId});
    // No plan of its own: a plan linked to no committee (shared), never another committee's. With
    // committee 0 (none chosen), the newest plan of any.
    if (found.isEmpty())
        found = StoreSql::rows(
            m_db, columns + (committeeId > 0 ? QStringLiteral("WHERE p.committee_id IS NULL ") : QString()) +
                      QStringLiteral("ORDER BY p.adopted_on DESC, p.id DESC LIMIT 1"));
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
        QSqlQuery q = StoreSql::exec(
            m_db,
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
        QSqlQuery q = StoreSql::exec(
            m_db,
            QStringLiteral(
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
        QSqlQuery q = StoreSql::exec(
            m_db,
            QStringLiteral("SELECT pr.priority_id, r.number FROM priority_recommendations pr "
                           "JOIN recommendations r ON r.id = pr.recommendation_id WHERE r.plan_id "
                           "= ? ORDER BY r.number"),
            {plan.id});
        while (q.next())
            if (index.contains(q.value(0).toLongLong()))
                plan.priorities[index.value(q.value(0).toLongLong())].recommendations.append(
                    q.value(1).toInt());
    }
    {
        QSqlQuery q = StoreSql::exec(
            m_db,
            QStringLiteral("SELECT number, text FROM recommendations WHERE plan_id = ? ORDER BY number"),
            {plan.id});
        while (q.next())
            plan.recommendations.append({q.value(0).toInt(), q.value(1).toString(), {}});
        for (Recommendation& r : plan.recommendations)
            for (const Priority& pr : plan.priorities)
                if (pr.recommendations.contains(r.number))
                    r.priorityNumbers.append(pr.number);
    }
    QSqlQuery q = StoreSql::exec(
        m_db,
        QStringLiteral("SELECT m.id, m.priority_id, m.code, m.title, m.owner, m.completion, m.evidence, "
                       "m.definition_of_done, "
                       "m.due_date, m.status_id, m.version, "
                       "(SELECT MAX(c.changed_on) FROM rating_changes c WHERE c.milestone_id = m.id "
                       " AND c.kind = 'change'), "
                       "(SELECT COUNT(*) FROM actions a WHERE a.milestone_id = m.id AND ") +
            ActionSql::outstanding() +
            QStringLiteral(
                "), "
                "(SELECT c.rationale IS NOT NULL AND c.rationale <> '' FROM rating_changes c WHERE "
                "c.milestone_id = m.id AND c.kind = 'change' "
                " ORDER BY c.changed_on DESC, c.id DESC LIMIT 1), "
                "(SELECT MAX(c.changed_on) FROM rating_changes c WHERE c.milestone_id = m.id "
                " AND c.kind = 'review') "
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
        m.lastReview = QDate::fromString(q.value(14).toString().left(10), Qt::ISODate);
        facts.lastRatingChange = m.lastChange;
        facts.lastReview = m.lastReview;
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
    QSqlQuery q = StoreSql::exec(
        m_db,
        QStringLiteral(
            "SELECT c.id, c.changed_on, c.changed_by, c.from_status_id, c.to_status_id, c.rationale, "
            "m.starts_at, c.kind, c.evidence FROM rating_changes c LEFT JOIN meetings m ON m.id = "
            "c.meeting_id "
            "WHERE c.milestone_id = ? ORDER BY c.changed_on DESC, c.id DESC"),
        {milestoneId});
    while (q.next())
        out.append({q.value(0).toLongLong(), QDate::fromString(q.value(1).toString().left(10), Qt::ISODate),
                    q.value(2).toString(), q.value(3).toLongLong(), q.value(4).toLongLong(),
                    q.value(5).toString(), QDate::fromString(q.value(6).toString().left(10), Qt::ISODate),
                    q.value(7).toString() == QLatin1String("review"), q.value(8).toString()});
    return out;
}

QString PlanRepository::recommendationText(qint64 planId, int number) const
{
    return StoreSql::scalar(
               m_db, QStringLiteral("SELECT text FROM recommendations WHERE plan_id = ? AND number = ?"),
               {planId, number})
        .toString();
}

qint64 PlanRepository::changeRating(const Milestone& milestone, qint64 toStatusId, const QString& rationale,
                                    qint64 meetingId, const QDate& on)
{
    if (rationale.trimmed().isEmpty())
        throw StoreError(StoreError::Kind::Invalid,
                         Text::tr("Give the reason for the new rating: members will ask."));
    if (toStatusId == milestone.statusId)
        throw StoreError(
            StoreError::Kind::Invalid,
            Text::tr("%1 already has that rating: choosing it again is a review, not a change. Choose "
                     "Review Rating… to confirm it with the evidence you looked at.")
                .arg(milestone.code));
    Database::Transaction t(m_db);
    m_db.update(
        QStringLiteral("milestones"), milestone.id,
        {{QStringLiteral("status_id"), toStatusId}, {QStringLiteral("rated_on"), on.toString(Qt::ISODate)}},
        milestone.version);
    const qint64 id =
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
    return id;
}

qint64 PlanRepository::reviewRating(const Milestone& milestone, const QString& rationale,
                                    const QString& evidence, qint64 meetingId, const QDate& on)
{
    if (!Roles::mayChangeRatings(m_db.role()))
        throw StoreError(StoreError::Kind::NotAllowed,
                         Text::tr("Only officers, clerks and administrators may review a rating."));
    if (rationale.trimmed().isEmpty())
        throw StoreError(StoreError::Kind::Invalid,
                         Text::tr("Say why the rating still stands: members will ask."));
    if (evidence.trimmed().isEmpty())
        throw StoreError(
            StoreError::Kind::Invalid,
            Text::tr("A review needs its evidence: name what you looked at (a report, figures, a "
                     "visit) that shows the rating still stands."));
    Database::Transaction t(m_db);
    const QVariant now = StoreSql::scalar(
        m_db, QStringLiteral("SELECT status_id FROM milestones WHERE id = ?"), {milestone.id});
    if (!now.isValid())
        throw StoreError(StoreError::Kind::NotFound,
                         Text::tr("The milestone has been removed. Refresh the plan."));
    if (now.toLongLong() != milestone.statusId)
        throw StoreError(
            StoreError::Kind::Conflict,
            Text::tr("%1 was rated again by someone else since you opened it, so the rating you reviewed "
                     "is not the one it has. Refresh the plan and review it again.")
                .arg(milestone.code));
    const qint64 id =
        m_db.insert(QStringLiteral("rating_changes"),
                    {{QStringLiteral("milestone_id"), milestone.id},
                     {QStringLiteral("changed_on"), on.toString(Qt::ISODate)},
                     {QStringLiteral("changed_by"), m_db.login()},
                     {QStringLiteral("from_status_id"),
                      milestone.statusId > 0 ? QVariant(milestone.statusId) : QVariant()},
                     {QStringLiteral("to_status_id"), milestone.statusId},
                     {QStringLiteral("kind"), QStringLiteral("review")},
                     {QStringLiteral("rationale"), rationale.trimmed()},
                     {QStringLiteral("evidence"), evidence.trimmed()},
                     {QStringLiteral("meeting_id"), meetingId > 0 ? QVariant(meetingId) : QVariant()}});
    t.commit();
    return id;
}

void PlanRepository::takeBackRating(qint64 changeId, qint64 previousStatusId, const QDate& previousRatedOn)
{
    Database::Transaction t(m_db);
    const auto rows = StoreSql::rows(
        m_db, QStringLiteral("SELECT milestone_id, kind, version FROM rating_changes WHERE id = ?"),
        {changeId});
    if (rows.isEmpty())
        throw StoreError(
            StoreError::Kind::NotFound,
            Text::tr("That rating is no longer in the milestone's history: someone may have removed it."));
    const qint64 milestoneId = rows.first().value(QStringLiteral("milestone_id")).toLongLong();
    const auto later = StoreSql::rows(
        m_db,
        QStringLiteral("SELECT changed_by FROM rating_changes WHERE milestone_id = ? AND id > ? "
                       "ORDER BY id DESC LIMIT 1"),
        {milestoneId, changeId});
    if (!later.isEmpty())
        throw StoreError(
            StoreError::Kind::Conflict,
            Text::tr("%1 rated or reviewed this milestone again since, so it was not taken back: their "
                     "rating stands. Change the rating again if it is wrong.")
                .arg(later.first().value(QStringLiteral("changed_by")).toString()));
    m_db.remove(QStringLiteral("rating_changes"), changeId,
                rows.first().value(QStringLiteral("version")).toInt());
    if (rows.first().value(QStringLiteral("kind")).toString() != QLatin1String("review"))
        m_db.update(
            QStringLiteral("milestones"), milestoneId,
            {{QStringLiteral("status_id"), previousStatusId > 0 ? QVariant(previousStatusId) : QVariant()},
             {QStringLiteral("rated_on"),
              previousRatedOn.isValid() ? QVariant(previousRatedOn.toString(Qt::ISODate)) : QVariant()}});
    t.commit();
}

PlanRepository::Milestone PlanRepository::milestone(qint64 milestoneId) const
{
    Milestone m;
    const auto rows =
        StoreSql::rows(m_db,
                       QStringLiteral("SELECT id, priority_id, code, title, owner, status_id, version "
                                      "FROM milestones WHERE id = ?"),
                       {milestoneId});
    if (rows.isEmpty())
        return m;
    const QVariantMap& r = rows.first();
    m.id = r.value(QStringLiteral("id")).toLongLong();
    m.priorityId = r.value(QStringLiteral("priority_id")).toLongLong();
    m.code = r.value(QStringLiteral("code")).toString();
    m.title = r.value(QStringLiteral("title")).toString();
    m.owner = r.value(QStringLiteral("owner")).toString();
    m.statusId = r.value(QStringLiteral("status_id")).toLongLong();
    m.version = r.value(QStringLiteral("version")).toInt();
    return m;
}

QDate PlanRepository::ratedOn(qint64 milestoneId) const
{
    return QDate::fromString(
        StoreSql::scalar(m_db, QStringLiteral("SELECT rated_on FROM milestones WHERE id = ?"), {milestoneId})
            .toString()
            .left(10),
        Qt::ISODate);
}

int PlanRepository::milestonesRatedWith(qint64 statusId) const
{
    return StoreSql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM milestones WHERE status_id = ?"),
                            {statusId})
        .toInt();
}

int PlanRepository::changesNaming(qint64 statusId) const
{
    return StoreSql::scalar(
               m_db,
               QStringLiteral(
                   "SELECT COUNT(*) FROM rating_changes WHERE from_status_id = ? OR to_status_id = ?"),
               {statusId, statusId})
        .toInt();
}

QList<PlanRepository::PlanUsingScheme> PlanRepository::plansUsingScheme(qint64 schemeId) const
{
    QList<PlanUsingScheme> plans;
    QSqlQuery q = StoreSql::exec(m_db,
                                 QStringLiteral("SELECT id, title, adopted_on FROM improvement_plans "
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

QString PlanRepository::whyNotRemovable(const Status& status) const
{
    if (status.id == 0)
        return {};
    // The English forms are in resources/translations/scrutineer_en_GB.ts.
    if (const int n = milestonesRatedWith(status.id))
        return Text::tr("%1 cannot be removed: %n milestone(s) rated %1. Give them another rating first.",
                        nullptr, n)
            .arg(status.name);
    if (const int n = changesNaming(status.id))
        return Text::tr("%1 cannot be removed: %n change(s) in the rating history name it, and the history "
                        "is kept. Rename it or change its definition instead.",
                        nullptr, n)
            .arg(status.name);
    return {};
}

namespace {

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
                         Text::tr("There is no improvement plan to change. Import or create a plan first."));
    if (statuses.isEmpty())
        throw StoreError(StoreError::Kind::Invalid,
                         Text::tr("A rating scheme needs at least one status. Add one before saving."));
    if (reviewDays < 1 || reviewDays > 3650)
        throw StoreError(
            StoreError::Kind::Invalid,
            Text::tr("The review period must be between 1 and 3650 days. Enter the days within which every "
                     "rating should be looked at again."));
    QSet<QString> letters, names;
    for (int i = 0; i < statuses.size(); ++i) {
        const Status& s = statuses.at(i);
        const QString letter = s.letter.trimmed(), name = s.name.trimmed();
        if (letter.isEmpty() || letter.size() > 3)
            throw StoreError(
                StoreError::Kind::Invalid,
                Text::tr(
                    "Status %1 (%2) needs a letter of one to three characters: a rating is never shown by "
                    "colour alone.")
                    .arg(i + 1)
                    .arg(name.isEmpty() ? Text::tr("unnamed") : name));
        if (name.isEmpty())
            throw StoreError(StoreError::Kind::Invalid,
                             Text::tr("Status %1 (%2) needs a name.").arg(i + 1).arg(letter));
        if (!isColour(s.colour.trimmed()))
            throw StoreError(
                StoreError::Kind::Invalid,
                Text::tr("The colour of %1 is not a colour (#rrggbb). Choose it again.").arg(name));
        if (letters.contains(letter.toUpper()))
            throw StoreError(
                StoreError::Kind::Invalid,
                Text::tr("The letter %1 is used twice. Give each status its own letter.").arg(letter));
        if (names.contains(name.toLower()))
            throw StoreError(StoreError::Kind::Invalid,
                             Text::tr("The name %1 is used twice. Give each status its own name.").arg(name));
        letters.insert(letter.toUpper());
        names.insert(name.toLower());
    }

    Database::Transaction t(m_db);
    // What the scheme holds now; those not kept are removed first (so that codes can be reused).
    QHash<qint64, QString> existing;
    {
        QSqlQuery q =
            StoreSql::exec(m_db, QStringLiteral("SELECT id, code FROM rating_statuses WHERE scheme_id = ?"),
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
                    Text::tr(
                        "The status %1 has been removed by someone else. Close the rating scheme, open it "
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
