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
// Writing while a meeting happens is MinutesRepository's job.
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
    struct Declaration
    {
        qint64 itemId = 0;
        QString person, type, nature;
    };
    struct Item
    {
        qint64 id = 0;
        QString number, title, text;
        bool exempt = false;
        QList<Resolution> resolutions; // by number
        QList<Action> actions;         // each with its resolution (0: raised under the item itself)
    };
    struct Attendee
    {
        QString name, kind, status, substituteFor, capacity;
    };
    struct Minutes
    {
        Meeting meeting;
        QList<Attendee> attendance; // present first, then apologies, absent, in attendance; by name
        QList<Declaration> declarations;
        QList<Item> items; // natural minute-number order (sort_key), then position
    };

    explicit MeetingRepository(const Database& db) : m_db(db) {}

    // The committee's meetings (every committee's when 0), newest first.
    QList<Meeting> meetings(qint64 committeeId = 0) const;
    Meeting meeting(qint64 meetingId) const; // id 0 when there is none
    // Everything the published minutes show. `withExempt` false leaves out exempt (Part 2) items,
    // their declarations and their actions altogether.
    Minutes minutes(qint64 meetingId, bool withExempt) const;

private:
    const Database& m_db;
};
