#include "AppContext.h"

#include <QUndoStack>

AppContext::AppContext(Database& db, QObject* parent) : QObject(parent), m_db(db), m_undo(new QUndoStack(this)) {}

void AppContext::setCommittee(qint64 id)
{
    if (id == m_committeeId)
        return;
    m_committeeId = id;
    emit committeeChanged(id);
}

void AppContext::setMeeting(qint64 id)
{
    if (id == m_meetingId)
        return;
    m_meetingId = id;
    emit meetingChanged(id);
}

void AppContext::navigate(PageId page, const QVariantMap& target) { emit navigateRequested(page, target); }

void AppContext::notifyDataChanged() { emit dataChanged(); }
