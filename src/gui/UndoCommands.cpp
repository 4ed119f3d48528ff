#include "UndoCommands.h"

#include "store/ActionRepository.h"
#include "store/Database.h"
#include "store/PlanRepository.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace {

// The context of this file's strings, the same for tr() at run time and for lupdate.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(UndoCommands)
};

QString g_failure; // the GUI thread's last failure, until it is reported

QString named(const QString& what, const Place& where)
{
    return where.label.isEmpty() ? what : Text::tr("%1 (%2)").arg(what, where.label);
}

} // namespace

LocatedCommand::LocatedCommand(const QString& what, Place where)
    : QUndoCommand(named(what, where)), m_what(what), m_where(std::move(where))
{
}

void LocatedCommand::setWhere(Place where)
{
    m_where = std::move(where);
    setText(named(m_what, m_where));
}

const LocatedCommand* LocatedCommand::toUndo(const QUndoStack* stack)
{
    if (!stack || stack->index() <= 0)
        return nullptr;
    return dynamic_cast<const LocatedCommand*>(stack->command(stack->index() - 1));
}

const LocatedCommand* LocatedCommand::toRedo(const QUndoStack* stack)
{
    if (!stack || stack->index() >= stack->count())
        return nullptr;
    return dynamic_cast<const LocatedCommand*>(stack->command(stack->index()));
}

StoreCommand::StoreCommand(Database& db, const QString& what, Place where, std::function<void()> changed)
    : LocatedCommand(what, std::move(where)), m_db(db), m_changed(std::move(changed))
{
}

void StoreCommand::redo()
{
    run(true);
}

void StoreCommand::undo()
{
    run(false);
}

void StoreCommand::run(bool forward)
{
    try {
        Database::Transaction t(m_db);
        forward ? apply() : revert();
        t.commit();
    } catch (const StoreError& e) {
        // QUndoStack drops an obsolete command after undo() or redo() returns (and does not add one
        // that became obsolete while pushed): the stack then matches what the store holds.
        setObsolete(true);
        g_failure =
            (forward ? Text::tr("“%1” could not be done: %2") : Text::tr("“%1” could not be undone: %2"))
                .arg(actionText(), e.message()) +
            QLatin1Char(' ') + Text::tr("It has been taken off the list of steps to undo.");
    }
    if (m_changed)
        m_changed();
}

QString StoreCommand::takeFailure()
{
    return std::exchange(g_failure, QString());
}

bool pushCommand(QUndoStack* stack, StoreCommand* command, QString* error)
{
    StoreCommand::takeFailure();
    stack->push(command); // done (and, when refused, dropped) here
    const QString failure = StoreCommand::takeFailure();
    if (error)
        *error = failure;
    return failure.isEmpty();
}

EditActionCommand::EditActionCommand(Database& db, qint64 actionId, const QString& reference, Fields before,
                                     Fields after, Place where, std::function<void()> changed)
    : StoreCommand(db,
                   before.due != after.due && before.text == after.text && before.owner == after.owner
                       ? Text::tr("Change Due Date of Action %1").arg(reference)
                   : before.owner != after.owner && before.text == after.text && before.due == after.due
                       ? Text::tr("Change Owner of Action %1").arg(reference)
                       : Text::tr("Edit Action %1").arg(reference),
                   std::move(where), std::move(changed)),
      m_id(actionId), m_before(std::move(before)), m_after(std::move(after))
{
}

void EditActionCommand::write(const Fields& f)
{
    ActionRepository(db()).edit(m_id, f.text, f.owner, f.due);
}

void EditActionCommand::apply()
{
    write(m_after);
}

void EditActionCommand::revert()
{
    write(m_before);
}

RateMilestoneCommand::RateMilestoneCommand(Database& db, Rating rating, Place where,
                                           std::function<void()> changed)
    : StoreCommand(db,
                   rating.review ? Text::tr("Review Rating of %1").arg(rating.code)
                                 : Text::tr("Change Rating of %1").arg(rating.code),
                   std::move(where), std::move(changed)),
      m_rating(std::move(rating))
{
}

void RateMilestoneCommand::apply()
{
    PlanRepository repo(db());
    PlanRepository::Milestone m = repo.milestone(m_rating.milestoneId);
    if (!m.id)
        throw StoreError(StoreError::Kind::NotFound, Text::tr("The milestone has been removed."));
    if (m.statusId != m_rating.fromStatusId)
        throw StoreError(StoreError::Kind::Conflict,
                         Text::tr("%1 was rated again by someone else since, so the rating was not put back.")
                             .arg(m_rating.code));
    // The first time, against the milestone as the person saw it: a change made by someone else
    // meanwhile is a conflict, named by the store. A redo works on the milestone as it is.
    if (m_rating.version >= 0)
        m.version = std::exchange(m_rating.version, -1);
    m_changeId = m_rating.review
                     ? repo.reviewRating(m, m_rating.rationale, m_rating.evidence, m_rating.meetingId)
                     : repo.changeRating(m, m_rating.toStatusId, m_rating.rationale, m_rating.meetingId);
}

void RateMilestoneCommand::revert()
{
    PlanRepository(db()).takeBackRating(m_changeId, m_rating.fromStatusId, m_rating.fromRatedOn);
}
