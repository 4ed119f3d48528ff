#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

// What the parser found in a set of minutes (plain structs; see contracts/import-json.md).
struct ParsedAction
{
    QString text, owner;
    QDate due;
    int page = 0;
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
    QString text; // the minutes text
};

struct ParsedMinutes
{
    QString council, committee, venue, contact;
    QDate date;
    QTime time;
    QStringList present, apologies;
    QList<ParsedItem> items;
    QStringList warnings;
};

