#pragma once

#include "store/MinutesRepository.h"

#include <QUndoCommand>
#include <functional>

// Undoable edits of a meeting's minutes. Each is saved to the store as it is done (and undone), so
// nothing typed is lost if the program stops; `changed` refreshes the views afterwards.
class MinutesCommand : public QUndoCommand
{
public:
    MinutesCommand(Database& db, std::function<void()> changed, const QString& text)
        : QUndoCommand(text), m_repo(db), m_changed(std::move(changed))
    {
    }

protected:
    void changed() const
    {
        if (m_changed)
            m_changed();
    }
    MinutesRepository m_repo;

private:
    std::function<void()> m_changed;
};

class AddItemCommand : public MinutesCommand
{
public:
    AddItemCommand(Database& db, std::function<void()> changed, qint64 meetingId, QString number, QString title, bool exempt);
    void redo() override;
    void undo() override;
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
    EditItemCommand(Database& db, std::function<void()> changed, const MinutesRepository::Item& before, const MinutesRepository::Item& after);
    void redo() override;
    void undo() override;
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    MinutesRepository::Item m_before, m_after;
};

class AddResolutionCommand : public MinutesCommand
{
public:
    AddResolutionCommand(Database& db, std::function<void()> changed, qint64 itemId, QString text);
    void redo() override;
    void undo() override;
    qint64 rowId() const { return m_id; }

private:
    qint64 m_item;
    QString m_text;
    qint64 m_id = 0;
};

class AddActionCommand : public MinutesCommand
{
public:
    AddActionCommand(Database& db, std::function<void()> changed, qint64 itemId, qint64 resolutionId, QString text, QString owner, QDate due);
    void redo() override;
    void undo() override;

private:
    qint64 m_item, m_resolution;
    QString m_text, m_owner;
    QDate m_due;
    qint64 m_id = 0;
};

class SetAttendanceCommand : public MinutesCommand
{
public:
    SetAttendanceCommand(Database& db, std::function<void()> changed, qint64 meetingId, qint64 personId, QString before, QString after);
    void redo() override;
    void undo() override;

private:
    qint64 m_meeting, m_person;
    QString m_before, m_after;
};
