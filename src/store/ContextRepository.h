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

    // Read-only views for the main window's pages (the clerk's editing goes through its own repository).
    struct ItemRow
    {
        qint64 id = 0;
        QString number, title, text, reportRefs;
        bool exempt = false;
        QList<QPair<int, QString>> resolutions;
        QList<QPair<QString, QString>> actions; // text, owner
    };
    QList<ItemRow> items(qint64 meetingId) const;
    struct AttendanceRow
    {
        QString name, status, capacity;
    };
    QList<AttendanceRow> attendance(qint64 meetingId) const;
    // The documents kept with a meeting (the minutes PDF an import read, agenda packs), without their bytes.
    struct DocumentRow
    {
        qint64 id = 0;
        QString fileName, kind, importedBy;
        QDateTime importedAt;
        int pages = 0;
        qint64 size = 0;
    };
    QList<DocumentRow> documents(qint64 meetingId) const;
    // The original bytes of a document; empty when it is gone or none were kept.
    QByteArray documentBytes(qint64 documentId) const;

private:
    const Database& m_db;
};
