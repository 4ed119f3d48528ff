#pragma once

// What the importer's tests read back from parsed minutes.
#include "core/ParsedMinutes.h"

#include <QStringList>

inline QStringList numbers(const ParsedMinutes& m)
{
    QStringList out;
    for (const ParsedItem& i : m.items)
        out << i.number;
    return out;
}

inline QStringList owners(const ParsedItem& item)
{
    QStringList out;
    for (const ParsedAction& a : item.actions)
        out << a.owner;
    return out;
}
