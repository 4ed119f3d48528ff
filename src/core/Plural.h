#pragma once

#include <QString>

// A count with its noun as the count needs it: counted(1, tr("1 action"), tr("%1 actions")) is
// "1 action", with 3 "3 actions". Both forms are whole sentences or phrases of their own, so that a
// translator can word each; `many` holds %1 for the number.
inline QString counted(qsizetype n, const QString& one, const QString& many)
{
    return n == 1 ? one : many.arg(n);
}
