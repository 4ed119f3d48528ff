#pragma once

#include <QString>

class Database;

// The demo dataset and the synthetic ten-year database.
namespace DemoData {

// Fills an empty database with the demo: three committees, their meetings 2016–2018 with
// attendance, declarations, items, resolutions and actions; one improvement plan of 10
// priorities covering 23 recommendations with 33 milestones and their rating histories; and
// monthly figures for the indicator catalogue. Throws StoreError.
void create(Database& db);

struct ScaleCounts
{
    int meetings = 0;
    int items = 0;
    int actions = 0;
    int milestones = 0;
    int figures = 0;
    qint64 textBytes = 0;
};

// A synthetic database of realistic volume for benchmarks: per year about 50 meetings, 1,000
// items, 500 actions, 200 milestones, 5,000 figures and 5 MB of minutes text. The same seed
// gives the same database.
ScaleCounts createScaled(Database& db, int years, quint32 seed);

// True when the database holds no meetings, plans or figures (safe to fill).
bool isEmpty(const Database& db);

} // namespace DemoData
