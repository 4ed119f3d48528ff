#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

class Database;

// What the clerk writes while a meeting happens: the meeting, its attendance, agenda items with
// their minute numbers, resolutions and the actions that come from them. Every write is saved at
// once (so a crash loses nothing) and goes through the audited, versioned Database writes.
class MinutesRepository
{
public:
    struct Attendee
    {
        qint64 personId = 0;
        QString name, kind, status; // status: present, apologies, absent, substitute, in attendance, or empty
    };
    struct Resolution
    {
        qint64 id = 0;
        int number = 0;
        QString text;
    };
    struct Action
    {
        qint64 id = 0;
        qint64 resolutionId = 0;
        QString text, owner;
        QDate due;
    };
    struct Item
    {
        qint64 id = 0;
        QString number, title, text;
        bool exempt = false;
        int position = 0;
        QList<Resolution> resolutions;
        QList<Action> actions;
    };

    explicit MinutesRepository(Database& db) : m_db(db) {}

    qint64 createMeeting(qint64 committeeId, const QDateTime& startsAt, const QString& venue);
    QDateTime meetingStart(qint64 meetingId) const;
    qint64 committeeOf(qint64 meetingId) const;
    // The committee's members (and people already recorded at the meeting) with their attendance.
    QList<Attendee> attendance(qint64 meetingId) const;
    void setAttendance(qint64 meetingId, qint64 personId, const QString& status);

    QList<Item> items(qint64 meetingId) const;
    // The next minute number in the committee's municipal year (May to April): numbers run on
    // from meeting to meeting and start again each May.
    QString suggestNextNumber(qint64 meetingId) const;
    qint64 addItem(qint64 meetingId, const QString& number, const QString& title, bool exempt = false, qint64 id = 0);
    void updateItem(qint64 itemId, const QString& number, const QString& title, const QString& text, bool exempt);
    void removeItem(qint64 itemId);

    qint64 addResolution(qint64 itemId, const QString& text, qint64 id = 0);
    void updateResolution(qint64 resolutionId, const QString& text);
    void removeResolution(qint64 resolutionId);

    qint64 addAction(qint64 itemId, qint64 resolutionId, const QString& text, const QString& owner, const QDate& due, qint64 id = 0);
    void removeAction(qint64 actionId);

    // Everyone the clerk has named before, for completing owners.
    QStringList knownOwners() const;
    // The committee's next meeting after this one (the usual due date of an action), invalid when none.
    QDate nextMeetingDate(qint64 meetingId) const;

private:
    Database& m_db;
};
