#pragma once

#include <QString>

// A minute number as printed in minutes: "9", "56", "56a", "56b", "4.", "A1", "12(b)".
// Minute numbers sort naturally: 9 < 10 < 56 < 56a < 56b < 57.
namespace MinuteNumber {

// The number without decoration: trims spaces and a trailing dot ("4." -> "4").
QString normalised(const QString& printed);

// A key whose plain string order is the natural order (digit runs zero-padded).
// Stored beside the printed number so that SQL can ORDER BY it on any database.
QString sortKey(const QString& printed);

// <0, 0, >0 in natural order.
int compare(const QString& a, const QString& b);

inline bool lessThan(const QString& a, const QString& b)
{
    return compare(a, b) < 0;
}

// The number that follows `last` in a run of minutes ("56b" -> "57", "9" -> "10", "" -> "1").
QString next(const QString& last);

} // namespace MinuteNumber
