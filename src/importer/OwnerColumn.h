#pragma once

// The two-column layout of small councils' minutes: the owner of an action (initials, a name, a
// role) stands at the right margin beside the paragraph it owns, often under an "Action" heading.
#include "ReaderSupport.h"

namespace MinutesReading {

// Finds such a column: where one is found, each owner is taken out of its line's text and kept as
// the line's `marginOwner`. A column needs a heading over it or several owners at one indent, so
// that the last column of a table (amounts, "Approved.") is not taken for one.
void findOwnerColumn(QList<Line>& lines, bool pdf);

} // namespace MinutesReading
