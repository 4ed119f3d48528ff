#pragma once

// The two-column layout of small councils' minutes: the owner of an action (initials, a name, a
// role) stands at the right margin beside the paragraph it owns, often under an "Action" heading.
#include "ReaderSupport.h"

#include <QHash>

namespace MinutesReading {

// Finds such a column: where one is found, each owner is taken out of its line's text and kept as
// the line's `marginOwner`. A column needs a heading over it or several owners at one indent, so
// that the last column of a table (amounts, "Approved.") is not taken for one.
void findOwnerColumn(QList<Line>& lines, bool pdf);

// Minutes set out as one table whose right-hand columns hold each row's action, who is to do it
// and by when ("Item | Discussion | Action | By whom | By when"): those columns are taken out of
// the lines, which keep the discussion, and each row's action is kept by the index of the first
// line of its row. The header row goes; false (and nothing changed) where there is no such table.
bool splitActionColumns(QList<SourceLine>& lines, QHash<int, ColumnAction>& actions);

} // namespace MinutesReading
