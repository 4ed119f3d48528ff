#pragma once

#include <QDateTime>
#include <QSet>
#include <QString>

class Database;

// The few facts the briefing pack needs that no other repository gives: the meeting with its
// committee, and which actions come from exempt (Part 2) items, so a public pack can leave them out.
class BriefingQueries
{
public:
    struct Meeting
    {
        qint64 id = 0; // 0 when there is no such meeting
        qint64 committeeId = 0;
        QString committee, venue, title, status;
        QString committeeShort; // "Care Services PDS"; empty when the committee has no short name
        QDateTime startsAt;
    };

    explicit BriefingQueries(const Database& db) : m_db(db) {}

    Meeting meeting(qint64 meetingId) const;

    struct Action
    {
        qint64 id = 0;
        QString reference, text, owner;
        // Who the owner is, from People: the post held by an owner named, or the person holding an
        // owner's post; empty when People does not know the owner.
        QString ownerDetail;
        QDate due;           // invalid when none was set
        bool exempt = false; // raised under an exempt (Part 2) item
    };
    // The committee's actions raised at this meeting or before it and not completed by its date,
    // earliest due first (those without a due date last).
    QList<Action> openActionsAt(qint64 meetingId) const;
    // Ids of the committee's actions raised under exempt items.
    QSet<qint64> exemptActionIds(qint64 committeeId) const;

private:
    const Database& m_db;
};
