#pragma once

// Where each agenda item starts: its number as printed and its title.
#include "ReaderSupport.h"

namespace MinutesReading {

struct ItemStart
{
    int line;      // the line of its number (or title)
    int bodyStart; // the first line after its title
    QString number;
    QString title;
    Certainty certainty;  // how sure the parser is that an item starts here, and why
    int numberPrefix = 0; // characters of the body's first line that are the item's number
};

// The items of the document, in order; none found gives one unnumbered item (and a warning).
QList<ItemStart> findItems(const QList<Line>& lines, bool pdf, QStringList& warnings);

} // namespace MinutesReading
