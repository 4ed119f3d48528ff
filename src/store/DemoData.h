#pragma once

#include <QString>

class Database;

// The demo dataset and the synthetic ten-year database.
namespace DemoData {

// Fills an empty database with the demo: three committees, their meetings 2016–2018 with
// attendance, declarations, items, resolutions and actions; one improvement plan of 10
// priorities covering 23 recommendations with 33 milestones and their rating histories; and
// monthly figures for the indicator catalogue. Throws StoreError.
//
// Dates are fixed, as in real minutes, so the demo is the same whenever it is made. "Overdue"
// is judged at a date: the dashboard's is the chosen meeting's, so at the meeting of 30 January
// 2018 (and at the one scheduled for 20 November 2018) some open actions are overdue and some
// are due within a fortnight; judged at today's date every open demo action is overdue, which
// is the truth about a 2018 record.
//
// Crafted cases for members to question: 6.2 and 1.4 are Green, past due and not complete;
// 1.3 and 8.3 are Blue (complete) with no evidence; 2.4 and 7.3 are Red with no open action;
// 6.3's last change (to Red) has no rationale; 4.3, 9.4 and 10.3 have been Amber, and 1.4 Green,
// since the plan was adopted in September 2016.
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
