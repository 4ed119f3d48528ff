#pragma once

#include "UndoCommands.h"
#include "store/MinutesRepository.h"

#include <QUndoCommand>
#include <functional>

// Undoable edits of a meeting's minutes. Each is saved to the store as it is done (and undone), so
// nothing typed is lost if the program stops; `changed` refreshes the views afterwards. A refusal of
// the store is handled as every StoreCommand's (reported, the step dropped).
class MinutesCommand : public StoreCommand
{
public:
    MinutesCommand(Database& db, std::function<void()> changed, const QString& text)
        : StoreCommand(db, text, Place(), std::move(changed)), m_repo(db)
    {
    }

protected:
    MinutesRepository m_repo;
};

class AddItemCommand : public MinutesCommand
{
public:
    AddItemCommand(Database& db, std::function<void()> changed, qint64 meetingId, QString number,
                   QString title, bool exempt);
    void apply() override;
    void revert() override;
    qint64 rowId() const { return m_id; }

private:
    qint64 m_meeting;
    QString m_number, m_title;
    bool m_exempt;
    qint64 m_id = 0;
};

class EditItemCommand : public MinutesCommand
{
public:
    EditItemCommand(Database& db, std::function<void()> changed, const MinutesRepository::Item& before,
                    const MinutesRepository::Item& after);
    void apply() override;
    void revert() override;
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    MinutesRepository::Item m_before, m_after;
};

class AddResolutionCommand : public MinutesCommand
{
public:
    AddResolutionCommand(Database& db, std::function<void()> changed, qint64 itemId, QString text);
    void apply() override;
    void revert() override;
    qint64 rowId() const { return m_id; }

private:
    qint64 m_item;
    QString m_text;
    qint64 m_id = 0;
};

class AddActionCommand : public MinutesCommand
{
public:
    AddActionCommand(Database& db, std::function<void()> changed, qint64 itemId, qint64 resolutionId,
                     QString text, QString owner, QDate due);
    void apply() override;
    void revert() override;

private:
    qint64 m_item, m_resolution;
    QString m_text, m_owner;
    QDate m_due;
    qint64 m_id = 0;
};

// Records (or clears, with an empty status) one person's attendance, substitute-for and capacity.
class SetAttendanceCommand : public MinutesCommand
{
public:
    using Presence = MinutesRepository::Presence;
    SetAttendanceCommand(Database& db, std::function<void()> changed, qint64 meetingId, qint64 personId,
                         Presence before, Presence after);
    void apply() override;
    void revert() override;

private:
    qint64 m_meeting, m_person;
    Presence m_before, m_after;
};

// Adds an officer, guest or substitute by name: a person already known is recorded, anyone else
// is added to the people first (and removed again on undo).
class AddAttendeeCommand : public MinutesCommand
{
public:
    AddAttendeeCommand(Database& db, std::function<void()> changed, qint64 meetingId, QString name,
                       QString kind, MinutesRepository::Presence presence);
    void apply() override;
    void revert() override;
    qint64 personId() const { return m_person; }

private:
    qint64 m_meeting;
    QString m_name, m_kind;
    MinutesRepository::Presence m_presence;
    qint64 m_person = 0;
    bool m_created = false;
};

// Adds (or removes) a declaration of interest; the other way round on undo.
class DeclarationCommand : public MinutesCommand
{
public:
    enum Kind
    {
        Add,
        Remove
    };
    DeclarationCommand(Database& db, std::function<void()> changed, Kind kind, qint64 meetingId,
                       MinutesRepository::Declaration declaration);
    void apply() override;
    void revert() override;

private:
    void add();
    void remove();
    Kind m_kind;
    qint64 m_meeting;
    MinutesRepository::Declaration m_declaration;
};

// Puts the agenda items in another order; minute numbers are left as the clerk typed them.
class MoveItemCommand : public MinutesCommand
{
public:
    MoveItemCommand(Database& db, std::function<void()> changed, qint64 meetingId, QList<qint64> before,
                    QList<qint64> after);
    void apply() override;
    void revert() override;

private:
    qint64 m_meeting;
    QList<qint64> m_before, m_after;
};
