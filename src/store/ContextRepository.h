#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

class Database;

// What the main window needs to set the context of every page: the committees, their meetings,
// and a few counts for the status bar.
class ContextRepository
{
public:
    struct Committee
    {
        qint64 id = 0;
        QString name;
        int meetings = 0;
    };
    struct Meeting
    {
        qint64 id = 0;
        QDateTime startsAt;
        QString venue;
        QString status;
    };

    explicit ContextRepository(const Database& db) : m_db(db) {}

    QList<Committee> committees() const;
    // Newest first.
    QList<Meeting> meetings(qint64 committeeId) const;
    // The next meeting on or after `today`, else the latest; 0 when the committee has none.
    qint64 currentMeeting(qint64 committeeId, const QDate& today) const;
    int meetingCount() const;

private:
    const Database& m_db;
};
