#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

class Database;

// A member's private note on an agenda item, a milestone, an action or a meeting. Notes are kept
// in the database (so they survive a lost laptop) and are seen only by the login that wrote them:
// every read here is limited to the signed-in login, and the Database refuses changes by anyone else.
struct Note
{
    enum class Target
    {
        Item,
        Milestone,
        Action,
        Meeting
    };

    qint64 id = 0;
    Target targetType = Target::Item;
    qint64 targetId = 0;
    QString text;
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0;

    // "item", "milestone", "action", "meeting" (notes.target_type)
    static QString targetCode(Target target);
    static bool targetFromCode(const QString& code, Target* target);
};

class NoteRepository
{
public:
    explicit NoteRepository(Database& db) : m_db(db) {}

    // The signed-in user's notes on one target, oldest first.
    QList<Note> notesFor(Note::Target target, qint64 targetId) const;
    // How many notes the signed-in user has on the target (for a badge on a button).
    int countFor(Note::Target target, qint64 targetId) const;
    // All the signed-in user's notes, newest change first.
    QList<Note> myNotes() const;

    // Adds a note by the signed-in user. Throws StoreError: Invalid for empty text, NotFound when
    // the target does not exist.
    Note add(Note::Target target, qint64 targetId, const QString& text);
    // Changes the note's text (its version must still be current). Throws StoreError (NotAllowed
    // for another person's note, Conflict when it was changed elsewhere, Invalid for empty text).
    void change(const Note& note, const QString& text);
    void remove(const Note& note);

private:
    Note read(qint64 id) const;
    Database& m_db;
};
