#pragma once

#include "store/MeetingRepository.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

class Database;

// Meetings as an iCalendar file (RFC 5545) that Outlook, Google Calendar and Thunderbird import:
// one VEVENT per meeting, times in UTC worked out from UK local time, lines ending CRLF, folded
// at 75 octets (never inside a UTF-8 character), text escaped (\\ \; \, \n).
namespace CalendarExport {

// How long a meeting is assumed to last when the database does not say.
constexpr int kDefaultMinutes = 150;

// The calendar. `stamp` is the DTSTAMP of every event (the time of the export).
QByteArray ics(const QList<MeetingRepository::Meeting>& meetings,
               const QDateTime& stamp = QDateTime::currentDateTimeUtc());

// TEXT value escaping of RFC 5545 section 3.3.11.
QString escapeText(const QString& text);
// One content line folded at 75 octets, each line ending CRLF.
QByteArray foldLine(const QByteArray& line);

// Writes the meetings of the committee (every committee when 0). Returns false and sets `error`
// (what happened and what to do) when there is nothing to write or the file cannot be written.
bool write(const Database& db, qint64 committeeId, const QString& path, QString* error);

} // namespace CalendarExport
