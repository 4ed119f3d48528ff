#pragma once

#include <QImage>
#include <QList>
#include <QSize>
#include <QString>

class Database;
class QChart;

// The chart of one indicator's monthly figures (Qt Charts): each chosen team's values as a thick
// line, every point marked by its rating (shape and colour, and its letter when the points are few
// enough to read), the target band shaded, and the national figure, statistical neighbours (and,
// when asked, the other teams) as thin lines. Used by the Figures page and the briefing pack.
namespace FigureChart {

struct Options
{
    bool otherTeams = false; // draw the teams not chosen as thin lines too
    bool comparisons = true; // draw the national and statistical-neighbour lines
    int lastPeriods = 0;     // only the latest N months (0: all)
};

// A new chart (the caller owns it). An indicator that does not exist gives an empty chart titled
// so. Throws StoreError when the database cannot be read.
QChart* build(const Database& db, const QString& indicatorKey, const QList<qint64>& teamIds,
              const Options& options = {});

// The chart painted into an image of `size` (white background), ready to save as PNG.
QImage render(const Database& db, const QString& indicatorKey, const QList<qint64>& teamIds, QSize size,
              const Options& options = {});

} // namespace FigureChart

// The briefing pack's entry point: the last 24 months of `indicatorKey` for `teamIds`, with the
// national and neighbour lines, as an image of `size`.
QImage renderIndicatorChart(const Database& db, const QString& indicatorKey, const QList<qint64>& teamIds,
                            QSize size);
