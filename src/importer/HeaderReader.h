#pragma once

// The meeting's header (council, committee, date, time, venue, contact) and who attended.
#include "ReaderSupport.h"

namespace MinutesReading {

// The header in lines [0, to): in an agenda pack, the minutes' own heading just before the first item.
void readHeader(const QList<Line>& lines, int to, ParsedMinutes& out);
// Present and apologies blocks in lines [0, headerEnd).
void readAttendance(const QList<Line>& lines, int headerEnd, ParsedMinutes& out);
// "Present:", "In attendance", "Apologies", "Yn bresennol" and the like, opening a list of names.
bool isAttendanceLabel(const QString& text);
// Apologies given in a sentence ("Apologies for absence were received from …").
void apologiesInText(const QString& text, QStringList& into);
// A bare list of names with their titles ("Cllrs Ives, Ward and Ellis"): true when the text is one.
bool namesList(const QString& text, QStringList& into);

} // namespace MinutesReading
