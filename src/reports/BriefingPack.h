#pragma once

#include <QString>

class Database;
class QPagedPaintDevice;

// The briefing pack of a meeting, for members to read before it: a cover (committee, date, time,
// venue), the agenda in minute order, the ratings summary with a chart by priority, the changes
// since the last meeting, the milestones whose ratings should be questioned, open and overdue
// actions, and the key figures with their trends. A4, "Page N of M" in every footer.
//
// A public pack leaves out exempt (Part 2) items altogether (titles, text, and the actions raised
// under them). A confidential pack includes them and is marked "CONFIDENTIAL – NOT FOR
// PUBLICATION" on every page.
namespace BriefingPack {

// The section headings, in order (tests and tables of contents use them).
QStringList sectionHeadings();
// The marking printed on every page of a confidential pack.
QString confidentialMarking();

// Writes the pack as a PDF. Returns false and sets `error` (a message for a person: what
// happened and what to do) when the meeting is unknown or the file cannot be written; the file
// is then left untouched.
bool writePdf(const Database& db, qint64 meetingId, bool confidential, const QString& path, QString* error);

// Paints the pack on a printer (or any paged device) whose page layout the caller has set; the
// pack uses A4 portrait when it may. Returns false and sets `error` when it cannot.
bool paint(const Database& db, qint64 meetingId, bool confidential, QPagedPaintDevice* device,
           QString* error);

} // namespace BriefingPack
