#include "MinutesCommands.h"

#include <QCoreApplication>

namespace {
QString tr(const char* text) { return QCoreApplication::translate("MinutesCommands", text); }
}

AddItemCommand::AddItemCommand(Database& db, std::function<void()> changed, qint64 meetingId, QString number, QString title, bool exempt)
    : MinutesCommand(db, std::move(changed), tr("Add Item %1").arg(number)), m_meeting(meetingId), m_number(std::move(number)),
      m_title(std::move(title)), m_exempt(exempt)
{
}

void AddItemCommand::redo()
{
    m_id = m_repo.addItem(m_meeting, m_number, m_title, m_exempt, m_id);
    changed();
}

void AddItemCommand::undo()
{
    m_repo.removeItem(m_id);
    changed();
}

EditItemCommand::EditItemCommand(Database& db, std::function<void()> changed, const MinutesRepository::Item& before,
                                 const MinutesRepository::Item& after)
    : MinutesCommand(db, std::move(changed), tr("Edit Item %1").arg(after.number)), m_before(before), m_after(after)
{
}

void EditItemCommand::redo()
{
    m_repo.updateItem(m_after.id, m_after.number, m_after.title, m_after.text, m_after.exempt);
    changed();
}

void EditItemCommand::undo()
{
    m_repo.updateItem(m_before.id, m_before.number, m_before.title, m_before.text, m_before.exempt);
    changed();
}

bool EditItemCommand::mergeWith(const QUndoCommand* other)
{
    // Typing in one item's fields is one edit to undo, as in a word processor.
    const auto* o = static_cast<const EditItemCommand*>(other);
    if (o->m_after.id != m_after.id)
        return false;
    m_after = o->m_after;
    return true;
}

AddResolutionCommand::AddResolutionCommand(Database& db, std::function<void()> changed, qint64 itemId, QString text)
    : MinutesCommand(db, std::move(changed), tr("Add Resolution")), m_item(itemId), m_text(std::move(text))
{
}

void AddResolutionCommand::redo()
{
    m_id = m_repo.addResolution(m_item, m_text, m_id);
    changed();
}

void AddResolutionCommand::undo()
{
    m_repo.removeResolution(m_id);
    changed();
}

AddActionCommand::AddActionCommand(Database& db, std::function<void()> changed, qint64 itemId, qint64 resolutionId, QString text,
                                   QString owner, QDate due)
    : MinutesCommand(db, std::move(changed), tr("Add Action for %1").arg(owner)), m_item(itemId), m_resolution(resolutionId),
      m_text(std::move(text)), m_owner(std::move(owner)), m_due(due)
{
}

void AddActionCommand::redo()
{
    m_id = m_repo.addAction(m_item, m_resolution, m_text, m_owner, m_due, m_id);
    changed();
}

void AddActionCommand::undo()
{
    m_repo.removeAction(m_id);
    changed();
}

SetAttendanceCommand::SetAttendanceCommand(Database& db, std::function<void()> changed, qint64 meetingId, qint64 personId, QString before,
                                           QString after)
    : MinutesCommand(db, std::move(changed), tr("Record Attendance")), m_meeting(meetingId), m_person(personId), m_before(std::move(before)),
      m_after(std::move(after))
{
}

void SetAttendanceCommand::redo()
{
    m_repo.setAttendance(m_meeting, m_person, m_after);
    changed();
}

void SetAttendanceCommand::undo()
{
    m_repo.setAttendance(m_meeting, m_person, m_before);
    changed();
}
