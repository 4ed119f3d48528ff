#pragma once

#include "AppContext.h"

#include <QAction>
#include <QIcon>
#include <QWidget>

// Poppler has a class of its own called Page (libpoppler's, not Poppler::Page); ours lives in a
// namespace so that the two can never be mistaken for each other when the program is linked.
namespace Scrutineer {

// A page of the main window. Pages read and write through the store's repositories only.
class Page : public QWidget
{
    Q_OBJECT
public:
    explicit Page(AppContext& context, QWidget* parent = nullptr) : QWidget(parent), m_context(context) {}

    virtual QString title() const = 0;
    // What needs attention here (overdue actions, flagged milestones); 0 shows no badge.
    virtual int badge() const { return 0; }
    // Re-read from the store (F5, a change of committee or meeting, data changed elsewhere).
    virtual void refresh() = 0;
    // Show the row a navigation asked for (see AppContext::navigate).
    virtual void reveal(const QVariantMap& target) { Q_UNUSED(target); }
    // The page's own commands (Figures ▸ Indicator Catalogue…). The main window puts them in a menu
    // named menuTitle(), between Meeting and View, for as long as the page exists; the page owns them
    // and enables them by role.
    virtual QList<QAction*> menuActions() const { return {}; }
    virtual QString menuTitle() const { return title(); }

    AppContext& context() const { return m_context; }

signals:
    void badgeChanged();

private:
    AppContext& m_context;
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
