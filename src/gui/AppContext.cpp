#include "AppContext.h"

#include "core/BritishDate.h"
#include "store/MeetingRepository.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVariant>

namespace {
const char* const kPlaceProperty = "scrutineerPlace";

// The context of this file's strings, the same for tr() at run time and for lupdate.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AppContext)
};
} // namespace

AppContext::AppContext(Database& db, QObject* parent)
    : QObject(parent), m_db(db), m_group(new QUndoGroup(this)), m_fallback(new QUndoStack(this))
{
    m_group->addStack(m_fallback);
    m_group->setActiveStack(m_fallback);
    // On the Meetings page, Edit ▸ Undo follows the meeting chosen.
    connect(this, &AppContext::meetingChanged, this, [this] {
        if (m_page == PageId::Meetings)
            setCurrentPage(m_page);
    });
}

QUndoStack* AppContext::undoStack() const
{
    return m_group->activeStack() ? m_group->activeStack() : m_fallback;
}

QUndoStack* AppContext::stack(const QString& key, const QString& label)
{
    QUndoStack*& s = m_stacks[key];
    if (!s) {
        s = new QUndoStack(this);
        s->setObjectName(key);
        s->setProperty(kPlaceProperty, label);
        m_group->addStack(s);
    }
    return s;
}

QUndoStack* AppContext::undoStack(PageId page)
{
    switch (page) {
    case PageId::Plan:
        return stack(QStringLiteral("plan"), Text::tr("improvement plan"));
    case PageId::Figures:
        return stack(QStringLiteral("figures"), Text::tr("figures"));
    case PageId::Actions:
        return stack(QStringLiteral("actions"), Text::tr("action log"));
    case PageId::Search:
        return stack(QStringLiteral("search"), Text::tr("search"));
    case PageId::Meetings:
        return minutesUndoStack(m_meetingId);
    case PageId::Dashboard:
        break;
    }
    return stack(QStringLiteral("dashboard"), Text::tr("dashboard"));
}

QUndoStack* AppContext::minutesUndoStack(qint64 meetingId)
{
    QString label = Text::tr("minutes");
    try {
        const QDate date = MeetingRepository(m_db).meeting(meetingId).startsAt.date();
        if (date.isValid())
            label = Text::tr("minutes of %1").arg(BritishDate::shortDate(date));
    } catch (const StoreError&) {
    }
    return stack(QStringLiteral("meeting:%1").arg(meetingId), label);
}

void AppContext::setCurrentPage(PageId page)
{
    m_page = page;
    if (!m_window)
        m_group->setActiveStack(undoStack(page));
}

void AppContext::activateUndo(QUndoStack* stack)
{
    m_window = stack;
    m_group->setActiveStack(stack);
}

void AppContext::restoreUndo()
{
    m_window = nullptr;
    setCurrentPage(m_page);
}

QString AppContext::placeOf(const QUndoStack* stack)
{
    return stack ? stack->property(kPlaceProperty).toString() : QString();
}

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

void AppContext::navigate(PageId page, const QVariantMap& target)
{
    emit navigateRequested(page, target);
}

void AppContext::notifyDataChanged()
{
    emit dataChanged();
}
