#pragma once

#include "AppContext.h"

#include <QAction>
#include <QIcon>
#include <QWidget>

// Poppler has a class of its own called Page (libpoppler's, not Poppler::Page); ours lives in a
// namespace so that the two can never be mistaken for each other when the program is linked.
namespace Scrutineer {

// A page of the main window. Pages read and write through the store's repositories only.
//
// A page reads nothing when it is made: it loads when it is first shown (or when refresh() is
// called), so that the window opens at the cost of the page in view. A change of context or of data
// elsewhere (invalidate()) is read once, when the page is next in view; several changes in one turn
// of the event loop (committee, then meeting) cost one reload.
class Page : public QWidget
{
    Q_OBJECT
public:
    explicit Page(AppContext& context, QWidget* parent = nullptr) : QWidget(parent), m_context(context) {}

    virtual QString title() const = 0;
    // What needs attention here (overdue actions, flagged milestones); 0 shows no badge.
    virtual int badge() const { return 0; }
    // Re-reads from the store now (F5, after the page's own changes, tests).
    void refresh()
    {
        m_stale = false;
        reload();
        emit loaded();
    }
    // Loads the page if it has not been loaded since it was made or last invalidated.
    void ensureLoaded()
    {
        if (m_stale)
            refresh();
    }
    bool isLoaded() const { return !m_stale; }
    // While held, showing the page does not load it (the main window holds the first page until
    // the window has painted once); released, a page in view loads at the next turn of the loop.
    void holdLoad(bool hold)
    {
        m_held = hold;
        if (!hold && m_stale)
            invalidate();
    }
    // Show the row a navigation asked for (see AppContext::navigate).
    virtual void reveal(const QVariantMap& target) { Q_UNUSED(target); }
    // The page's own commands (Figures ▸ Indicator Catalogue…). The main window puts them in a menu
    // named menuTitle(), between Meeting and View, for as long as the page exists; the page owns them
    // and enables them by role.
    virtual QList<QAction*> menuActions() const { return {}; }
    virtual QString menuTitle() const { return title(); }

    AppContext& context() const { return m_context; }

public slots:
    // What the page shows is out of date (a change of committee or meeting, data changed elsewhere):
    // reloads at the next turn of the event loop when the page is in view, else when it is next shown.
    void invalidate()
    {
        m_stale = true;
        if (!isVisible() || m_reloadQueued || m_held)
            return;
        m_reloadQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_reloadQueued = false;
                if (isVisible())
                    ensureLoaded();
            },
            Qt::QueuedConnection);
    }

signals:
    void badgeChanged();
    // The page has read what it shows from the store (refresh()).
    void loaded();

protected:
    // Reads what the page shows from the store.
    virtual void reload() = 0;
    void showEvent(QShowEvent* event) override
    {
        if (!m_held)
            ensureLoaded();
        QWidget::showEvent(event);
    }

private:
    AppContext& m_context;
    bool m_stale = true;
    bool m_reloadQueued = false;
    bool m_held = false;
};

} // namespace Scrutineer

using Scrutineer::Page;

// Each page is made by its own file; the main window only knows these.
Page* createDashboardPage(AppContext& context, QWidget* parent);
Page* createMeetingsPage(AppContext& context, QWidget* parent);
Page* createActionsPage(AppContext& context, QWidget* parent);
Page* createPlanPage(AppContext& context, QWidget* parent);
Page* createFiguresPage(AppContext& context, QWidget* parent);
Page* createSearchPage(AppContext& context, QWidget* parent);

// The badge of a page that has not been made yet, counted from the store as the page counts it.
int actionsBadge(AppContext& context); // overdue actions of the committee
int planBadge(AppContext& context);    // flagged milestones of its plan
