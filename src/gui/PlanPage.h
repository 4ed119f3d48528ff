#pragma once

#include "Page.h"
#include "store/PlanRepository.h"

#include <QSet>
#include <memory>

class NotesWidget;
class PlanFilter;
class PlanModel;
class QAction;
class QResizeEvent;

namespace Ui {
class PlanPage;
}

// The improvement plan: priorities and milestones with ratings, flags, evidence and the rating
// timeline; filters by recommendation, rating and flag; Change Rating… with its rationale; the
// milestone's private notes. Its menu (Plan) edits the rating scheme, imports and exports the plan.
class PlanPage : public Page
{
    Q_OBJECT
public:
    PlanPage(AppContext& context, QWidget* parent = nullptr);
    ~PlanPage() override;

    QString title() const override;
    QString menuTitle() const override;
    QList<QAction*> menuActions() const override;
    int badge() const override;

    void reload() override;

    // Targets: {"milestone": id} selects it; {"priority": id} and/or {"status": id} (the dashboard's
    // counts), {"onTrack": bool}, {"flagged": true}, {"recommendation": n} and {"milestones": [ids]}
    // show only the milestones behind them.
    void reveal(const QVariantMap& target) override;

public slots:
    // Plan ▸ Import Plan from CSV…: the file (asked for when `path` is empty), what it would change,
    // the question, then the import as one undo step.
    void importPlan(QString path = QString());

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    qint64 currentMilestoneId() const;
    const PlanRepository::Milestone* currentMilestone() const;
    void selectFirstMilestone();
    void fillFilters();
    void showAll();
    // Narrows the tree to what the filters ask for and says so, in words, above it.
    void applyFilter();
    void showDetails();
    // The room goes to what is read: the owner as long as its longest (up to a limit), the title the
    // rest; evidence (mostly short, in the panel beside in full) keeps a modest column.
    // On a narrow window the columns said in the panel beside in full (evidence, the last change,
    // then the owner and the completion) give way, so that the title stays readable without
    // scrolling sideways.
    void fitColumns();
    void changeRating();
    // After a rating is changed, reviewed, undone or redone: the plan and every page that counts
    // ratings read it again.
    void ratingsChanged();
    void editScheme();
    void importCsv();
    void exportPlan();

    std::unique_ptr<Ui::PlanPage> m_ui; // the layout: ui/PlanPage.ui
    PlanModel* m_model;
    PlanFilter* m_proxy;
    NotesWidget* m_notes;
    QAction* m_schemeAction;
    QAction* m_changeAction;
    QAction* m_flaggedAction;
    QAction* m_showAllAction;
    QAction* m_importAction;
    QAction* m_exportAction;
    QList<QAction*> m_menu;
    // Filters that only navigation sets (the dashboard's numbers).
    qint64 m_priorityFilter = 0;
    int m_onTrackFilter = -1; // -1 any, 0 not on track, 1 on track
    QSet<qint64> m_milestoneFilter;
    bool m_milestoneListActive = false;
};
