#pragma once

#include "core/ParsedMinutes.h"

#include <QByteArray>
#include <QString>

class Database;

// Saves imported minutes: one transaction, all or nothing. The original file is kept with the
// meeting; each item, resolution and action records the page it came from. The same file (by
// SHA-256) is recognised, and so is a second document for the same committee and date.
namespace MinutesImport {

struct Saved
{
    qint64 meetingId = 0;
    bool alreadyImported = false;
    QString message; // for a person
};

// An earlier import of the same bytes: its meeting id and when it was imported; 0 when none.
qint64 findSameFile(const Database& db, const QByteArray& bytes, QString* importedAt = nullptr);

// Saves `minutes`. The committee is found by name (created when new). When the same file was
// imported before, nothing is saved unless `replace`, which replaces that meeting.
Saved save(Database& db, const ParsedMinutes& minutes, const QString& fileName, const QByteArray& bytes, int pages,
           bool replace = false);

} // namespace MinutesImport
