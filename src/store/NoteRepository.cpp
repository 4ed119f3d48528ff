#include "NoteRepository.h"

#include "Database.h"
#include "StoreSql.h"

#include <QCoreApplication>

namespace {

// The context of this file's strings, the same for tr() at run time and for lupdate.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(NoteRepository)
};

const char* targetTable(Note::Target target)
{
    switch (target) {
    case Note::Target::Item:
        return "agenda_items";
    case Note::Target::Milestone:
        return "milestones";
    case Note::Target::Action:
        return "actions";
    case Note::Target::Meeting:
        return "meetings";
    }
    return "agenda_items";
}

const QString columns = QStringLiteral("id, target_type, target_id, text, created_at, updated_at, version");

Note fromRow(const QVariantMap& row)
{
    Note n;
    n.id = row.value(QStringLiteral("id")).toLongLong();
    Note::targetFromCode(row.value(QStringLiteral("target_type")).toString(), &n.targetType);
    n.targetId = row.value(QStringLiteral("target_id")).toLongLong();
    n.text = row.value(QStringLiteral("text")).toString();
    n.createdAt = QDateTime::fromString(row.value(QStringLiteral("created_at")).toString(), Qt::ISODate);
    n.updatedAt = QDateTime::fromString(row.value(QStringLiteral("updated_at")).toString(), Qt::ISODate);
    if (!n.updatedAt.isValid())
        n.updatedAt = n.createdAt;
    n.version = row.value(QStringLiteral("version")).toInt();
    return n;
}

void checkText(const QString& text)
{
    if (text.trimmed().isEmpty())
        throw StoreError(StoreError::Kind::Invalid,
                         Text::tr("A note needs some text. Type it, or delete the note instead."));
}

} // namespace

QString Note::targetCode(Target target)
{
    switch (target) {
    case Target::Item:
        return QStringLiteral("item");
    case Target::Milestone:
        return QStringLiteral("milestone");
    case Target::Action:
        return QStringLiteral("action");
    case Target::Meeting:
        return QStringLiteral("meeting");
    }
    return QString();
}

bool Note::targetFromCode(const QString& code, Target* target)
{
    for (Target t : {Target::Item, Target::Milestone, Target::Action, Target::Meeting}) {
        if (targetCode(t) == code) {
            *target = t;
            return true;
        }
    }
    return false;
}

QList<Note> NoteRepository::notesFor(Note::Target target, qint64 targetId) const
{
    QList<Note> out;
    const auto rows = StoreSql::rows(
        m_db,
        QStringLiteral("SELECT %1 FROM notes WHERE author = ? AND target_type = ? AND target_id = ? "
                       "ORDER BY created_at, id")
            .arg(columns),
        {m_db.login(), Note::targetCode(target), targetId});
    for (const QVariantMap& row : rows)
        out.append(fromRow(row));
    return out;
}

int NoteRepository::countFor(Note::Target target, qint64 targetId) const
{
    return StoreSql::scalar(
               m_db,
               QStringLiteral(
                   "SELECT COUNT(*) FROM notes WHERE author = ? AND target_type = ? AND target_id = ?"),
               {m_db.login(), Note::targetCode(target), targetId})
        .toInt();
}

QList<Note> NoteRepository::myNotes() const
{
    QList<Note> out;
    const auto rows = StoreSql::rows(
        m_db,
        QStringLiteral(
            "SELECT %1 FROM notes WHERE author = ? ORDER BY COALESCE(updated_at, created_at) DESC, id DESC")
            .arg(columns),
        {m_db.login()});
    for (const QVariantMap& row : rows)
        out.append(fromRow(row));
    return out;
}

Note NoteRepository::read(qint64 id) const
{
    const auto rows =
        StoreSql::rows(m_db, QStringLiteral("SELECT %1 FROM notes WHERE id = ? AND author = ?").arg(columns),
                       {id, m_db.login()});
    if (rows.isEmpty())
        throw StoreError(StoreError::Kind::NotFound, Text::tr("This note no longer exists."));
    return fromRow(rows.first());
}

Note NoteRepository::add(Note::Target target, qint64 targetId, const QString& text)
{
    checkText(text);
    // The table name comes from the fixed list above, never from input.
    const QVariant exists = StoreSql::scalar(
        m_db, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(QLatin1String(targetTable(target))),
        {targetId});
    if (!exists.isValid())
        throw StoreError(
            StoreError::Kind::NotFound,
            Text::tr("What you were writing a note on has been deleted. Reload, and choose it again."));
    const qint64 id =
        m_db.insert(QStringLiteral("notes"),
                    {{QStringLiteral("target_type"), Note::targetCode(target)},
                     {QStringLiteral("target_id"), targetId},
                     {QStringLiteral("text"), text.trimmed()},
                     {QStringLiteral("created_at"), QDateTime::currentDateTime().toString(Qt::ISODate)}});
    return read(id);
}

void NoteRepository::change(const Note& note, const QString& text)
{
    checkText(text);
    m_db.update(QStringLiteral("notes"), note.id, {{QStringLiteral("text"), text.trimmed()}}, note.version);
}

void NoteRepository::remove(const Note& note)
{
    m_db.remove(QStringLiteral("notes"), note.id, note.version);
}
