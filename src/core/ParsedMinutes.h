#pragma once

#include <QDate>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QTime>

// What the parser found in a set of minutes (plain structs; see contracts/import-json.md).

// Where an element was printed: its first page (1-based) and, on that page, the box of its lines
// in points from the top left. Empty box when not known (plain text).
struct SourceRegion
{
    int page = 0;
    QRectF box;
    bool isValid() const { return page > 0 && !box.isEmpty(); }
};

// How sure the parser is of what it found: from 0 (a guess) to 1 (printed plainly), and why, so
// that the review can put the unsure elements before the clerk first.
struct Certainty
{
    double level = 1.0;
    QString
        why; // for a person: what the parser went by ("a RESOLVED paragraph", "owner at the right margin")
    bool unsure() const { return level < 0.7; }
};

struct ParsedAction
{
    QString text, owner;
    QDate due;
    int page = 0;
    SourceRegion region;
    Certainty certainty{};
    QString minuteReference{}; // the minute it belongs to, where a table of actions names it ("24/031")
};

struct ParsedItem
{
    QString number; // as printed, without a trailing dot; empty when none
    QString title;
    int page = 1;
    QStringList reportRefs;
    QStringList resolutions;
    QList<ParsedAction> actions;
    QList<ParsedAction> suggestedActions;
    QString text;                           // the minutes text
    SourceRegion region;                    // the number and title
    QList<SourceRegion> resolutionRegions;  // one per resolution, in order
    Certainty certainty{};                  // of the item itself (its number and title)
    QList<Certainty> resolutionCertainty{}; // one per resolution, in order (may be shorter: then certain)
};

// A declaration of interest: who declared it, the kind of interest as written ("personal",
// "disclosable pecuniary"), what it is ("as a foster carer"), the minute or agenda number of the
// item it concerns when the minutes say (empty otherwise), and where it was printed.
struct ParsedDeclaration
{
    QString member;
    QString kind;
    QString nature;
    QString itemNumber;
    int page = 0;
    SourceRegion region;
    Certainty certainty{};
};

struct ParsedMinutes
{
    QString council, committee, venue, contact;
    QDate date;
    QTime time;
    QStringList present, apologies;
    SourceRegion headerRegion, attendanceRegion;
    QList<ParsedItem> items;
    QStringList warnings;
    QList<ParsedDeclaration> declarations;
    // The document marks these minutes as not yet approved: a draft, or the "minutes of the previous
    // meeting" inside an agenda pack, to be confirmed at the next meeting.
    bool draft = false;
    Certainty headerCertainty{}, attendanceCertainty{};
};
