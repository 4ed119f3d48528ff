#pragma once

// Declarations of interest: sentences anywhere, rows of a list or table in their own item.
#include "ReaderSupport.h"

namespace MinutesReading {

// The declarations in lines [from, to): sentences anywhere; rows of a list or table where `list`
// (the body of a "Declarations of interest" item).
void findDeclarations(const QList<Line>& lines, int from, int to, bool list, QList<ParsedDeclaration>& out);

} // namespace MinutesReading
