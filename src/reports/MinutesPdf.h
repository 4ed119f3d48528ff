#pragma once

#include "store/MeetingRepository.h"

#include <QString>

class Database;

// The minutes of a meeting laid out the way council minutes are: the council and committee, the
// date, time and venue; who was present, who sent apologies, who else attended; then each item
// with its minute number in the left margin, its title in capitals, the minutes text, the
// resolutions numbered and in bold, and beneath each resolution the actions with their owners and
// due dates. A4, page numbers at the foot.
//
// Exempt (Part 2) items are left out altogether (title, text, resolutions, actions and the
// declarations made on them) unless `confidential` is asked for; confidential minutes carry
// "CONFIDENTIAL – NOT FOR PUBLICATION" and mark each exempt item.
namespace MinutesPdf {

QString confidentialMarking();

// The minutes as HTML for QTextDocument (also what the PDF is printed from).
QString html(const MeetingRepository::Minutes& minutes, bool confidential);

// Returns false and sets `error` (what happened, what to do) when the meeting is unknown or the
// file cannot be written.
bool writePdf(const Database& db, qint64 meetingId, bool confidential, const QString& path, QString* error);

} // namespace MinutesPdf
