#include "MinutesCommands.h"

#include <QCoreApplication>

namespace {
// The context of this file's strings, the same for tr() at run time and for lupdate.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MinutesCommands)
};
} // namespace

AddItemCommand::AddItemCommand(Database& db, std::function<void()> changed, qint64 meetingId, QString number,
                               QString title, bool exempt)
    : MinutesCommand(db, std::move(changed), Text::tr("Add Item %1").arg(number)), m_meeting(meetingId),
      m_number(std::move(number)), m_title(std::move(title)), m_exempt(exempt)
{
}

void AddItemCommand::apply()
{
    m_id = m_repo.addItem(m_meeting, m_number, m_title, m_exempt, m_id);
}

void AddItemCommand::revert()
{
    m_repo.removeItem(m_id);
}

EditItemCommand::EditItemCommand(Database& db, std::function<void()> changed,
                                 const MinutesRepository::Item& before, const MinutesRepository::Item& after)
    : MinutesCommand(db, std::move(changed), Text::tr("Edit Item %1").arg(after.number)), m_before(before),
      m_after(after)
{
}

void EditItemCommand::apply()
{
    m_repo.updateItem(m_after.id, m_after.number, m_after.title, m_after.text, m_after.exempt);
}

void EditItemCommand::revert()
{
    m_repo.updateItem(m_before.id, m_before.number, m_before.title, m_before.text, m_before.exempt);
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

AddResolutionCommand::AddResolutionCommand(Database& db, std::function<void()> changed, qint64 itemId,
                                           QString text)
    : MinutesCommand(db, std::move(changed), Text::tr("Add Resolution")), m_item(itemId),
      m_text(std::move(text))
{
}

void AddResolutionCommand::apply()
{
    m_id = m_repo.addResolution(m_item, m_text, m_id);
}

void AddResolutionCommand::revert()
{
    m_repo.removeResolution(m_id);
}

AddActionCommand::AddActionCommand(Database& db, std::function<void()> changed, qint64 itemId,
                                   qint64 resolutionId, QString text, QString owner, QDate due)
    : MinutesCommand(db, std::move(changed), Text::tr("Add Action for %1").arg(owner)), m_item(itemId),
      m_resolution(resolutionId), m_text(std::move(text)), m_owner(std::move(owner)), m_due(due)
{
}

void AddActionCommand::apply()
{
    m_id = m_repo.addAction(m_item, m_resolution, m_text, m_owner, m_due, m_id);
}

void AddActionCommand::revert()
{
    m_repo.removeAction(m_id);
}

SetAttendanceCommand::SetAttendanceCommand(Database& db, std::function<void()> changed, qint64 meetingId,
                                           qint64 personId, Presence before, Presence after)
    : MinutesCommand(db, std::move(changed),
                     after.substituteForId && after.substituteForId != before.substituteForId
                         ? Text::tr("Record Substitute")
                         : Text::tr("Record Attendance")),
      m_meeting(meetingId), m_person(personId), m_before(std::move(before)), m_after(std::move(after))
{
}

void SetAttendanceCommand::apply()
{
    m_repo.setAttendance(m_meeting, m_person, m_after);
}

void SetAttendanceCommand::revert()
{
    m_repo.setAttendance(m_meeting, m_person, m_before);
}

AddAttendeeCommand::AddAttendeeCommand(Database& db, std::function<void()> changed, qint64 meetingId,
                                       QString name, QString kind, MinutesRepository::Presence presence)
    : MinutesCommand(db, std::move(changed), Text::tr("Add %1").arg(name)), m_meeting(meetingId),
      m_name(std::move(name)), m_kind(std::move(kind)), m_presence(std::move(presence))
{
}

void AddAttendeeCommand::apply()
{
    if (!m_person || m_created) {
        const qint64 known = m_created ? 0 : m_repo.personNamed(m_name);
        m_created = !known;
        m_person = known ? known : m_repo.addPerson(m_name, m_kind, m_person);
    }
    m_repo.setAttendance(m_meeting, m_person, m_presence);
}

void AddAttendeeCommand::revert()
{
    m_repo.setAttendance(m_meeting, m_person, MinutesRepository::Presence());
    if (m_created)
        m_repo.removePerson(m_person);
}

DeclarationCommand::DeclarationCommand(Database& db, std::function<void()> changed, Kind kind,
                                       qint64 meetingId, MinutesRepository::Declaration declaration)
    : MinutesCommand(db, std::move(changed),
                     kind == Add ? Text::tr("Add Declaration by %1").arg(declaration.person)
                                 : Text::tr("Remove Declaration by %1").arg(declaration.person)),
      m_kind(kind), m_meeting(meetingId), m_declaration(std::move(declaration))
{
}

void DeclarationCommand::add()
{
    m_declaration.id = m_repo.addDeclaration(m_meeting, m_declaration);
}

void DeclarationCommand::remove()
{
    m_repo.removeDeclaration(m_declaration.id);
}

void DeclarationCommand::apply()
{
    m_kind == Add ? add() : remove();
}

void DeclarationCommand::revert()
{
    m_kind == Add ? remove() : add();
}

MoveItemCommand::MoveItemCommand(Database& db, std::function<void()> changed, qint64 meetingId,
                                 QList<qint64> before, QList<qint64> after)
    : MinutesCommand(db, std::move(changed), Text::tr("Move Item")), m_meeting(meetingId),
      m_before(std::move(before)), m_after(std::move(after))
{
}

void MoveItemCommand::apply()
{
    m_repo.setItemOrder(m_meeting, m_after);
}

void MoveItemCommand::revert()
{
    m_repo.setItemOrder(m_meeting, m_before);
}
