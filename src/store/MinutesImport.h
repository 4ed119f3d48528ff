#pragma once

#include "core/ParsedMinutes.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

class Database;

// Saves imported minutes: one transaction, all or nothing. The original file is kept with the
// meeting; each item, resolution and action records the page it came from. The same file (by
// SHA-256) is recognised, and so is a meeting already recorded for the same committee and date.
namespace MinutesImport {

struct Saved
{
    qint64 meetingId = 0;
    qint64 committeeId = 0;
    bool alreadyImported = false;
    QString message; // for a person: what was saved, counted
    // What was saved (for a merge: what was added to the meeting).
    int items = 0, resolutions = 0, actions = 0, people = 0, declarations = 0;
    QString status; // of the meeting: "held" for draft minutes, else "approved"
};

// What to do when the committee already has a meeting on the date of the minutes.
enum class SameMeeting
{
    KeepBoth, // save a second meeting beside it
    Replace,  // delete that meeting and save this one in its place
    Merge,    // add to that meeting what it lacks (people, items, resolutions, actions, declarations)
};

struct SaveOptions
{
    bool replaceSameFile = false; // the same file imported before: replace that meeting
    SameMeeting sameMeeting = SameMeeting::KeepBoth;
};

// A meeting already recorded for a committee on a date.
struct ExistingMeeting
{
    qint64 id = 0;
    QString committee;
    QDateTime startsAt;
    QString status;
    int items = 0;
};

// An earlier import of the same bytes: its meeting id and when it was imported; 0 when none.
qint64 findSameFile(const Database& db, const QByteArray& bytes, QString* importedAt = nullptr);

// The committee already in the database that `name` means (case, "the", abbreviations such as PDS,
// O&S, Cttee: CommitteeName), else an empty string.
QString matchCommittee(const Database& db, const QString& name);

// The meeting already recorded for that committee (as matchCommittee finds it) on `date`; id 0 when none.
ExistingMeeting findSameMeeting(const Database& db, const QString& committee, const QDate& date);

// Saves `minutes`: the committee matched to a known one (created when new); the meeting "held"
// when the minutes are a draft, else "approved". When the same file was imported before, nothing
// is saved unless options.replaceSameFile. When the committee already has a meeting on that date,
// options.sameMeeting says whether to keep both, replace it, or merge into it.
Saved save(Database& db, const ParsedMinutes& minutes, const QString& fileName, const QByteArray& bytes,
           int pages, const SaveOptions& options);
inline Saved save(Database& db, const ParsedMinutes& minutes, const QString& fileName,
                  const QByteArray& bytes, int pages, bool replace = false)
{
    SaveOptions options;
    options.replaceSameFile = replace;
    return save(db, minutes, fileName, bytes, pages, options);
}

} // namespace MinutesImport
