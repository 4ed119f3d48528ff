#pragma once

// What an item decided and who is to act: resolutions, actions (lines, closing tags, tables) and
// the commitments in the narrative.
#include "ReaderSupport.h"

namespace MinutesReading {

// The resolutions, actions and suggestions in an item's body, lines [from, to).
void readBody(const QList<Line>& lines, int from, int to, ParsedItem& item);

} // namespace MinutesReading
