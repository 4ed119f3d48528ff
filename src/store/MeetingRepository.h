#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

class Database;

// Reading meetings whole: the list of a committee's meetings (for the calendar and the meetings
// list) and one meeting's minutes as they are published (heading, attendance, declarations, the
// items in natural minute-number order with their resolutions and the actions raised under each).
// The same reads serve the clerk's editor (MinutesRepository, which adds the writes), so that a
// meeting is read one way everywhere.
class MeetingRepository
{
public:
    struct Meeting
    {
        qint64 id = 0;
        qint64 committeeId = 0;
        QString committee, committeeShort, council;
        QDateTime startsAt;
        QString venue, title, status, contact;
    };

    struct Action
    {
        qint64 id = 0;
        qint64 resolutionId = 0;
        QString reference, text, owner, status;
        QDate due;
    };
    struct Resolution
    {
        qint64 id = 0;
        int number = 0;
        QString text;
    };
    // type: personal, prejudicial, pecuniary or other; nature: the member's own words.
    struct Declaration
    {
        qint64 itemId = 0; // 0: declared for the meeting as a whole
        QString person, type, nature;
        qint64 id = 0;
        qint64 personId = 0;
    };
    struct Item
    {
        qint64 id = 0;
        QString number, title, text;
        bool exempt = false;
        QList<Resolution> resolutions; // by number
        QList<Action> actions;         // each with its resolution (0: raised under the item itself)
        int position = 0;              // place on the agenda
    };
    // status: present, apologies, absent, substitute, in attendance (empty: not recorded).
    struct Attendee
    {
        QString name, kind, status, substituteFor, capacity;
        qint64 personId = 0;
        qint64 substituteForId = 0;
    };
    struct Minutes
    {
        Meeting meeting;
        QList<Attendee> attendance; // present first, then apologies, absent, in attendance; by name
        QList<Declaration> declarations;
        QList<Item> items; // natural minute-number order (sort_key), then position
    };
    // Minutes print in natural minute-number order (9, 10, 56, 56a); the clerk arranges the agenda.
    enum class ItemOrder
    {
        MinuteNumber,
        Agenda
    };

    explicit MeetingRepository(const Database& db) : m_db(db) {}

    // The committee's meetings (every committee's when 0), newest first.
    QList<Meeting> meetings(qint64 committeeId = 0) const;
    Meeting meeting(qint64 meetingId) const; // id 0 when there is none
    // Everything the published minutes show. `withExempt` false leaves out exempt (Part 2) items,
    // their declarations and their actions altogether.
    Minutes minutes(qint64 meetingId, bool withExempt) const;

    // The parts of the minutes, each on its own.
    QList<Item> items(qint64 meetingId, bool withExempt, ItemOrder order = ItemOrder::MinuteNumber) const;
    QList<Attendee> attendance(qint64 meetingId) const; // those recorded, in the order of Minutes::attendance
    QList<Declaration> declarations(qint64 meetingId) const; // by member's name

private:
    const Database& m_db;
};
