#pragma once

#include "MeetingRepository.h"

// What the clerk writes while a meeting happens: the meeting, its attendance, declarations of
// interest, agenda items with their minute numbers and order, resolutions and the actions that
// come from them. Every write is saved at once (so a crash loses nothing) and goes through the
// audited, versioned Database writes. The reads are MeetingRepository's, shared with the reports.
class MinutesRepository : public MeetingRepository
{
public:
    // One person's attendance at a meeting; an empty status means none is recorded.
    struct Presence
    {
        QString status;
        qint64 substituteForId = 0; // the member a substitute replaces
        QString capacity;           // e.g. "Chairman", an officer's job title
        bool operator==(const Presence&) const = default;
    };

    explicit MinutesRepository(Database& db) : MeetingRepository(db), m_writer(db) {}

    qint64 createMeeting(qint64 committeeId, const QDateTime& startsAt, const QString& venue);
    QDateTime meetingStart(qint64 meetingId) const { return meeting(meetingId).startsAt; }

    // The attendance sheet: the committee's members at the meeting's date (and everyone already
    // recorded at the meeting) with their attendance; members and co-opted members first, by name.
    QList<Attendee> attendanceSheet(qint64 meetingId) const;
    Presence presence(qint64 meetingId, qint64 personId) const;
    void setAttendance(qint64 meetingId, qint64 personId, const Presence& presence);
    void setAttendance(qint64 meetingId, qint64 personId, const QString& status)
    {
        setAttendance(meetingId, personId, Presence{status, 0, QString()});
    }

    // People by name: the id of the one so called (case aside), 0 when there is none.
    qint64 personNamed(const QString& name) const;
    // kind: member, co-opted, officer or guest. `id` restores a row that was undone.
    qint64 addPerson(const QString& name, const QString& kind, qint64 id = 0);
    void removePerson(qint64 personId);
    // The committee's members and everyone recorded at the meeting, for completing names.
    QStringList committeePeople(qint64 meetingId) const;
    // Everyone known, for completing officers and guests.
    QStringList knownPeople() const;

    // Items in agenda order, as the clerk arranged them.
    QList<Item> items(qint64 meetingId) const
    {
        return MeetingRepository::items(meetingId, true, ItemOrder::Agenda);
    }
    // The next minute number in the committee's municipal year (May to April): numbers run on
    // from meeting to meeting and start again each May.
    QString suggestNextNumber(qint64 meetingId) const;
    qint64 addItem(qint64 meetingId, const QString& number, const QString& title, bool exempt = false,
                   qint64 id = 0);
    void updateItem(qint64 itemId, const QString& number, const QString& title, const QString& text,
                    bool exempt);
    void removeItem(qint64 itemId);
    // Puts the meeting's items in the order given (their minute numbers stay as they are).
    void setItemOrder(qint64 meetingId, const QList<qint64>& itemIds);

    // `declaration.id` restores a row that was undone.
    qint64 addDeclaration(qint64 meetingId, const Declaration& declaration);
    void removeDeclaration(qint64 declarationId);

    qint64 addResolution(qint64 itemId, const QString& text, qint64 id = 0);
    void updateResolution(qint64 resolutionId, const QString& text);
    void removeResolution(qint64 resolutionId);

    qint64 addAction(qint64 itemId, qint64 resolutionId, const QString& text, const QString& owner,
                     const QDate& due, qint64 id = 0);
    void removeAction(qint64 actionId);

    // Everyone the clerk has named before, for completing owners.
    QStringList knownOwners() const;
    // The committee's next meeting after this one (the usual due date of an action), invalid when none.
    QDate nextMeetingDate(qint64 meetingId) const;
    // The committee's usual number of days between meetings (the middle of the gaps between its
    // meetings up to this one; 56 when it has too few to tell), for a due date when no next
    // meeting is scheduled.
    int usualGapDays(qint64 meetingId) const;

private:
    // Inserts `row`, under `id` when one is given.
    qint64 insertAs(const QString& table, QVariantMap row, qint64 id);
    QStringList names(const QString& sql, const QVariantList& values = {}) const;

    Database& m_writer;
};
