#pragma once

#include "Page.h"
#include "reports/ChaseLetters.h"

#include <QDate>
#include <memory>

class ActionLogModel;
class QAction;
class QResizeEvent;

namespace Ui {
class ActionsPage;
}

// The action log: every action of every meeting, filtered in the store, fetched a page at a time,
// overdue rows marked with ⚠ and a colour, status changed in place with a dated progress note,
// the history beside the table, and "Chase…" for the overdue actions by owner.
class ActionsPage : public Page
{
    Q_OBJECT
public:
    ActionsPage(AppContext& context, QWidget* parent = nullptr);
    ~ActionsPage() override;

    QString title() const override;
    QString menuTitle() const override;
    QList<QAction*> menuActions() const override;

    // Overdue today for the committee chosen at the top, counted when asked, so that the side bar is
    // right after every change of committee (whether or not this page has been refreshed since).
    int badge() const override;

    // "Today" for overdue: the referenceDate property when set (tests), else the current date.
    QDate today() const;

    // The action's words get the room: on a narrow window the columns a person can do without
    // (which committee, when one is chosen; the last update, said in the history beside; the
    // meeting, in the reference) give way, widest window first.
    void fitColumns();

    void reload() override;
    void reveal(const QVariantMap& target) override;

    // What the chase letters share: the committee the filter chose (none: every committee), the
    // date, its next meeting, and the signed-in clerk who signs them.
    ChaseLetters::Context chaseContext() const;

public slots:
    // Writes what the filters select, in the log's order, to `path` (.xlsx or .csv by its suffix).
    // Returns false with a message box (unless the "quiet" property is set) when it cannot.
    bool exportLog(QString path = QString());

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fillMeetingsAndOwners();
    void apply();
    void updateCount();
    int currentRow() const;
    void showDetail();
    void addUpdate();
    void chase();

    std::unique_ptr<Ui::ActionsPage> m_ui; // the layout: ui/ActionsPage.ui
    ActionLogModel* m_model;
    QAction* m_exportAction;
    QAction* m_chaseAction;
    int m_overdueCount = 0;
    QDate m_completedAfter, m_completedBy; // a view of the actions completed between two meetings
};
