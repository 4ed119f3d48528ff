// The improvement plan (PlanPage.h); its layout: ui/PlanPage.ui.
#include "PlanPage.h"

#include "NotesWidget.h"
#include "PlanImportDialog.h"
#include "PlanModel.h"
#include "RagDelegate.h"
#include "RatingSchemeDialog.h"
#include "UndoCommands.h"
#include "WindowSize.h"
#include "core/BritishDate.h"
#include "reports/PlanExport.h"
#include "store/ContextRepository.h"
#include "store/Database.h"
#include "store/PlanRepository.h"
#include "store/PlanSpreadsheet.h"
#include "ui_ChangeRatingDialog.h"
#include "ui_PlanPage.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <functional>

namespace {

// The plan of the committee chosen at the top, its flags judged as at the meeting being prepared
// for (today when none is chosen).
PlanRepository::Plan contextPlan(AppContext& context)
{
    QDate asAt = QDate::currentDate();
    for (const auto& mt : ContextRepository(context.db()).meetings(context.committeeId()))
        if (mt.id == context.meetingId())
            asAt = mt.startsAt.date();
    return PlanRepository(context.db()).planFor(context.committeeId(), asAt);
}

class ChangeRatingDialog : public QDialog
{
    Q_DECLARE_TR_FUNCTIONS(ChangeRatingDialog) // QDialog's tr() would look its strings up as QDialog's

public:
    ChangeRatingDialog(const PlanRepository::Plan& plan, const PlanRepository::Milestone& m,
                       const QList<ContextRepository::Meeting>& meetings, qint64 currentMeeting,
                       QWidget* parent)
        : QDialog(parent)
    {
        m_ui->setupUi(this); // the layout: ui/ChangeRatingDialog.ui
        setWindowTitle(tr("Change Rating of %1").arg(m.code));
        m_ui->ratingTitle->setText(QStringLiteral("<b>%1 %2</b>").arg(m.code, m.title.toHtmlEscaped()));
        status = m_ui->newRating;
        for (const auto& s : plan.statuses)
            status->addItem(QStringLiteral("%1 – %2").arg(s.letter, s.name), s.id);
        status->setCurrentIndex(qMax(0, status->findData(m.statusId)));
        rationale = m_ui->rationale;
        // The same rating chosen again is a review: it needs the evidence looked at, and is kept in
        // the history as a review, not as a change.
        evidence = m_ui->reviewEvidence;
        evidenceLabel = m_ui->evidenceLabel;
        kind = m_ui->ratingKind;
        meeting = m_ui->reportedTo;
        meeting->addItem(tr("(not yet reported)"), 0);
        for (const auto& mt : meetings)
            meeting->addItem(BritishDate::longDate(mt.startsAt.date()), mt.id);
        meeting->setCurrentIndex(qMax(0, meeting->findData(currentMeeting)));
        QDialogButtonBox* buttons = m_ui->buttons;
        QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
        ok->setText(tr("Change Rating"));
        ok->setObjectName(QStringLiteral("confirmChange"));
        ok->setEnabled(false);
        m_current = m.statusId;
        const qint64 current = m.statusId;
        const auto update = [this, ok, current] {
            const bool review = status->currentData().toLongLong() == current;
            evidence->setVisible(review);
            evidenceLabel->setVisible(review);
            kind->setText(
                review ? tr("This is the rating it has: saving records a review that confirms it, with "
                            "the evidence you looked at. It is not a change of rating.")
                       : tr("Saving changes the rating; the change is kept in its history."));
            ok->setText(review ? tr("Record Review") : tr("Change Rating"));
            ok->setEnabled(!rationale->toPlainText().trimmed().isEmpty() &&
                           (!review || !evidence->text().trimmed().isEmpty()));
        };
        connect(rationale, &QPlainTextEdit::textChanged, this, update);
        connect(evidence, &QLineEdit::textChanged, this, update);
        connect(status, &QComboBox::currentIndexChanged, this, update);
        message = m_ui->ratingMessage;
        message->hide();
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        update();
        WindowSize::fit(this, {520, 360});
    }
    bool isReview() const { return status->currentData().toLongLong() == m_current; }

    // Saves through `save` first (empty: saved; otherwise the store's reason): a refused change keeps
    // the dialog open with the reason, and the rationale typed stays to be copied or tried again.
    void accept() override
    {
        if (save) {
            const QString error = save();
            if (!error.isEmpty()) {
                message->setText(QStringLiteral("⚠ ") + error);
                message->show();
                return;
            }
        }
        QDialog::accept();
    }

    QComboBox* status;
    QPlainTextEdit* rationale;
    QLineEdit* evidence;
    QLabel* evidenceLabel;
    QLabel* kind;
    QComboBox* meeting;
    QLabel* message;
    std::function<QString()> save;

private:
    std::unique_ptr<Ui::ChangeRatingDialog> m_ui = std::make_unique<Ui::ChangeRatingDialog>();
    qint64 m_current = 0;
};

} // namespace

// Shows the priorities and milestones a filter accepts (all when none is set), keeping the tree's sort.
class PlanFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setAccepted(const QSet<qint64>& priorities, const QSet<qint64>& milestones)
    {
        m_active = true;
        m_priorities = priorities;
        m_milestones = milestones;
        invalidateFilter();
    }
    void clearFilter()
    {
        m_active = false;
        invalidateFilter();
    }
    bool isActive() const { return m_active; }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        if (!m_active)
            return true;
        const auto* model = static_cast<const PlanModel*>(sourceModel());
        const auto& priorities = model->plan().priorities;
        if (!parent.isValid())
            return row < priorities.size() && m_priorities.contains(priorities.at(row).id);
        const PlanRepository::Milestone* m = model->milestone(sourceModel()->index(row, 0, parent));
        return m && m_milestones.contains(m->id);
    }

private:
    bool m_active = false;
    QSet<qint64> m_priorities, m_milestones;
};

PlanPage::PlanPage(AppContext& context, QWidget* parent)
    : Page(context, parent), m_ui(std::make_unique<Ui::PlanPage>())
{
    // The layout: ui/PlanPage.ui. The recommendations' box is elided, so that the page fits 1024 px; the
    // tree's last column does not stretch: the room goes to the title (fitColumns).
    m_ui->setupUi(this);
    m_ui->filterNote->setVisible(false);
    m_model = new PlanModel(this);
    m_proxy = new PlanFilter(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PlanModel::SortRole);
    m_ui->planTree->setModel(m_proxy);
    m_ui->planTree->setItemDelegateForColumn(PlanModel::Rating, new RagDelegate(m_ui->planTree));
    m_ui->planTree->sortByColumn(PlanModel::Title, Qt::AscendingOrder);
    m_notes = new NotesWidget(context, m_ui->notesPlace);
    m_ui->notesLayout->addWidget(m_notes);
    // Tab goes from the timeline through the notes to Change Rating: the form made the button before the
    // notes were made, so it moves after their last control.
    QWidget* lastOfNotes = m_notes;
    for (QWidget* w = m_notes->nextInFocusChain(); m_notes->isAncestorOf(w); w = w->nextInFocusChain())
        lastOfNotes = w;
    QWidget::setTabOrder(lastOfNotes, m_ui->changeRating);
    m_ui->sideSplit->setSizes({330, 300, 200});

    // The Plan menu (the main window shows it while this page exists).
    m_schemeAction = new QAction(tr("&Rating Scheme…"), this);
    m_schemeAction->setObjectName(QStringLiteral("ratingSchemeAction"));
    m_schemeAction->setStatusTip(
        tr("The plan's rating statuses (letter, colour, definition) and its review period"));
    m_changeAction = new QAction(tr("Change &Rating…"), this);
    m_changeAction->setObjectName(QStringLiteral("changeRatingAction"));
    m_changeAction->setStatusTip(tr("Give the selected milestone a new rating, with the reason for it"));
    m_flaggedAction = new QAction(tr("Show &Flagged Milestones Only"), this);
    m_flaggedAction->setObjectName(QStringLiteral("flaggedOnlyAction"));
    m_flaggedAction->setCheckable(true);
    m_showAllAction = new QAction(tr("Show &All Milestones"), this);
    m_showAllAction->setObjectName(QStringLiteral("showAllAction"));
    m_importAction = new QAction(tr("&Import Plan from CSV…"), this);
    m_importAction->setObjectName(QStringLiteral("importPlanAction"));
    m_importAction->setStatusTip(tr("Add or update milestones from a spreadsheet saved as CSV"));
    m_exportAction = new QAction(tr("&Export Plan…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportPlanAction"));
    m_exportAction->setStatusTip(tr("Save the plan as an Excel workbook or as CSV"));
    auto* separator1 = new QAction(this);
    separator1->setSeparator(true);
    auto* separator2 = new QAction(this);
    separator2->setSeparator(true);
    m_menu = {m_changeAction,  m_schemeAction, separator1,     m_flaggedAction,
              m_showAllAction, separator2,     m_importAction, m_exportAction};

    connect(m_ui->planTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PlanPage::showDetails);
    connect(m_ui->changeRating, &QPushButton::clicked, this, &PlanPage::changeRating);
    connect(m_changeAction, &QAction::triggered, this, &PlanPage::changeRating);
    connect(m_schemeAction, &QAction::triggered, this, &PlanPage::editScheme);
    connect(m_importAction, &QAction::triggered, this, &PlanPage::importCsv);
    connect(m_exportAction, &QAction::triggered, this, &PlanPage::exportPlan);
    connect(m_flaggedAction, &QAction::toggled, m_ui->flaggedOnly, &QCheckBox::setChecked);
    connect(m_ui->flaggedOnly, &QCheckBox::toggled, m_flaggedAction, &QAction::setChecked);
    connect(m_ui->flaggedOnly, &QCheckBox::toggled, this, &PlanPage::applyFilter);
    connect(m_ui->recommendationFilter, &QComboBox::currentIndexChanged, this, &PlanPage::applyFilter);
    connect(m_ui->ratingFilter, &QComboBox::currentIndexChanged, this, &PlanPage::applyFilter);
    connect(m_ui->showAll, &QPushButton::clicked, this, &PlanPage::showAll);
    connect(m_showAllAction, &QAction::triggered, this, &PlanPage::showAll);
    connect(&context, &AppContext::committeeChanged, this, &Page::invalidate);
    connect(&context, &AppContext::meetingChanged, this, &Page::invalidate);
}

PlanPage::~PlanPage() = default;

QString PlanPage::title() const
{
    return tr("Improvement Plan");
}

QString PlanPage::menuTitle() const
{
    return tr("&Plan");
}

QList<QAction*> PlanPage::menuActions() const
{
    return m_menu;
}

int PlanPage::badge() const
{
    return m_model->flaggedCount();
}

void PlanPage::reload()
{
    const qint64 selected = currentMilestoneId();
    const bool mayChange = context().db().may(Roles::mayChangeRatings);
    m_ui->changeRating->setVisible(mayChange);
    m_changeAction->setVisible(mayChange);
    m_importAction->setVisible(mayChange);
    m_schemeAction->setText(mayChange ? tr("Edit &Rating Scheme…") : tr("&Rating Scheme…"));
    try {
        m_model->setPlan(contextPlan(context()));
    } catch (const StoreError& e) {
        m_ui->planHeading->setText(e.message());
        return;
    }
    const auto& plan = m_model->plan();
    m_schemeAction->setEnabled(plan.id != 0);
    m_exportAction->setEnabled(plan.id != 0);
    int onTrack = 0, total = 0;
    for (const auto& p : plan.priorities)
        for (const auto& m : p.milestones) {
            ++total;
            if (const auto* s = plan.status(m.statusId); s && s->onTrack)
                ++onTrack;
        }
    m_ui->planHeading->setText(plan.id == 0
                                   ? tr("No improvement plan has been recorded. Use Plan ▸ Import Plan "
                                        "from CSV… to bring one in.")
                                   : tr("%1 — %2 on track, %3 not; %4 flagged")
                                         .arg(plan.title)
                                         .arg(onTrack)
                                         .arg(total - onTrack)
                                         .arg(m_model->flaggedCount()));
    fillFilters();
    applyFilter();
    for (int c : {PlanModel::Completion, PlanModel::Due, PlanModel::LastChange, PlanModel::Flags})
        m_ui->planTree->resizeColumnToContents(c);
    m_ui->planTree->setColumnWidth(PlanModel::Rating, 100);
    m_ui->planTree->setColumnWidth(PlanModel::Evidence, 140);
    fitColumns();
    if (selected)
        reveal({{QStringLiteral("milestone"), selected}});
    else
        selectFirstMilestone();
    emit badgeChanged();
}

void PlanPage::reveal(const QVariantMap& target)
{
    const bool narrows =
        target.contains(QStringLiteral("priority")) || target.contains(QStringLiteral("status")) ||
        target.contains(QStringLiteral("onTrack")) || target.contains(QStringLiteral("flagged")) ||
        target.contains(QStringLiteral("recommendation")) || target.contains(QStringLiteral("milestones"));
    if (narrows) {
        QSignalBlocker b1(m_ui->recommendationFilter), b2(m_ui->ratingFilter), b3(m_ui->flaggedOnly);
        m_ui->recommendationFilter->setCurrentIndex(qMax(
            0,
            m_ui->recommendationFilter->findData(target.value(QStringLiteral("recommendation"), 0).toInt())));
        m_ui->ratingFilter->setCurrentIndex(
            qMax(0, m_ui->ratingFilter->findData(target.value(QStringLiteral("status"), 0).toLongLong())));
        m_ui->flaggedOnly->setChecked(target.value(QStringLiteral("flagged")).toBool());
        m_flaggedAction->setChecked(m_ui->flaggedOnly->isChecked());
        m_priorityFilter = target.value(QStringLiteral("priority"), 0).toLongLong();
        m_onTrackFilter = target.contains(QStringLiteral("onTrack"))
                              ? (target.value(QStringLiteral("onTrack")).toBool() ? 1 : 0)
                              : -1;
        m_milestoneFilter.clear();
        for (const QVariant& id : target.value(QStringLiteral("milestones")).toList())
            m_milestoneFilter.insert(id.toLongLong());
        m_milestoneListActive = target.contains(QStringLiteral("milestones"));
        applyFilter();
        if (!target.contains(QStringLiteral("milestone")))
            selectFirstMilestone();
    }
    const qint64 id = target.value(QStringLiteral("milestone")).toLongLong();
    if (!id)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->indexOfMilestone(id));
    if (!index.isValid() && m_proxy->isActive() && m_model->indexOfMilestone(id).isValid()) {
        showAll(); // asked for a milestone the filter hides: show everything rather than nothing
        index = m_proxy->mapFromSource(m_model->indexOfMilestone(id));
    }
    if (!index.isValid())
        return;
    m_ui->planTree->setCurrentIndex(index);
    m_ui->planTree->scrollTo(index);
}

qint64 PlanPage::currentMilestoneId() const
{
    return m_ui->planTree->currentIndex().data(PlanModel::MilestoneIdRole).toLongLong();
}

const PlanRepository::Milestone* PlanPage::currentMilestone() const
{
    return m_model->milestone(m_proxy->mapToSource(m_ui->planTree->currentIndex().siblingAtColumn(0)));
}

void PlanPage::selectFirstMilestone()
{
    for (int p = 0; p < m_proxy->rowCount(); ++p)
        if (m_proxy->rowCount(m_proxy->index(p, 0)) > 0) {
            m_ui->planTree->setCurrentIndex(m_proxy->index(0, 0, m_proxy->index(p, 0)));
            return;
        }
    m_ui->planTree->setCurrentIndex({});
    showDetails();
}

void PlanPage::fillFilters()
{
    const auto& plan = m_model->plan();
    QSignalBlocker b1(m_ui->recommendationFilter), b2(m_ui->ratingFilter);
    const int recommendation = m_ui->recommendationFilter->currentData().toInt();
    const qint64 status = m_ui->ratingFilter->currentData().toLongLong();
    m_ui->recommendationFilter->clear();
    m_ui->recommendationFilter->addItem(tr("All recommendations"), 0);
    for (const auto& r : plan.recommendations) {
        m_ui->recommendationFilter->addItem(QStringLiteral("%1. %2").arg(r.number).arg(r.text), r.number);
        m_ui->recommendationFilter->setItemData(m_ui->recommendationFilter->count() - 1, r.text,
                                                Qt::ToolTipRole);
    }
    m_ui->recommendationFilter->setCurrentIndex(
        qMax(0, m_ui->recommendationFilter->findData(recommendation)));
    m_ui->ratingFilter->clear();
    m_ui->ratingFilter->addItem(tr("All ratings"), 0);
    for (const auto& s : plan.statuses)
        m_ui->ratingFilter->addItem(QStringLiteral("%1 – %2").arg(s.letter, s.name), s.id);
    m_ui->ratingFilter->setCurrentIndex(qMax(0, m_ui->ratingFilter->findData(status)));
}

void PlanPage::showAll()
{
    {
        QSignalBlocker b1(m_ui->recommendationFilter), b2(m_ui->ratingFilter), b3(m_ui->flaggedOnly);
        m_ui->recommendationFilter->setCurrentIndex(0);
        m_ui->ratingFilter->setCurrentIndex(0);
        m_ui->flaggedOnly->setChecked(false);
        m_flaggedAction->setChecked(false);
    }
    m_priorityFilter = 0;
    m_onTrackFilter = -1;
    m_milestoneFilter.clear();
    m_milestoneListActive = false;
    applyFilter();
}

void PlanPage::applyFilter()
{
    const auto& plan = m_model->plan();
    const int recommendation = m_ui->recommendationFilter->currentData().toInt();
    const qint64 status = m_ui->ratingFilter->currentData().toLongLong();
    const bool flagged = m_ui->flaggedOnly->isChecked();
    const bool active = recommendation || status || flagged || m_priorityFilter || m_onTrackFilter >= 0 ||
                        m_milestoneListActive;
    m_ui->showAll->setEnabled(active);
    m_showAllAction->setEnabled(active);
    if (!active) {
        m_proxy->clearFilter();
        m_ui->filterNote->setVisible(false);
        m_ui->planTree->expandAll();
        return;
    }
    const PlanRepository::Recommendation* rec = plan.recommendation(recommendation);
    QSet<qint64> priorities, milestones;
    QStringList covering;
    int total = 0;
    for (const auto& p : plan.priorities) {
        total += int(p.milestones.size());
        if (rec && !p.recommendations.contains(recommendation))
            continue;
        if (m_priorityFilter && p.id != m_priorityFilter)
            continue;
        if (rec)
            covering << tr("P%1 %2").arg(p.number).arg(p.title);
        bool any = false;
        for (const auto& m : p.milestones) {
            const auto* s = plan.status(m.statusId);
            if (status && m.statusId != status)
                continue;
            if (flagged && m.flags.isEmpty())
                continue;
            if (m_onTrackFilter >= 0 && (s && s->onTrack) != (m_onTrackFilter == 1))
                continue;
            if (m_milestoneListActive && !m_milestoneFilter.contains(m.id))
                continue;
            milestones.insert(m.id);
            any = true;
        }
        // A priority that answers the recommendation is shown even when none of its milestones is.
        if (any || (rec && !status && !flagged && m_onTrackFilter < 0 && !m_milestoneListActive))
            priorities.insert(p.id);
    }
    m_proxy->setAccepted(priorities, milestones);
    m_ui->planTree->expandAll();

    QStringList what;
    if (const auto* s = plan.status(status))
        what << tr("rated %1 (%2)").arg(s->letter, s->name);
    if (m_onTrackFilter >= 0)
        what << (m_onTrackFilter ? tr("on track") : tr("not on track"));
    if (flagged)
        what << tr("flagged ⚑");
    if (m_priorityFilter)
        for (const auto& p : plan.priorities)
            if (p.id == m_priorityFilter)
                what << tr("in P%1").arg(p.number);
    if (m_milestoneListActive)
        what << tr("named by the dashboard");
    QString note;
    if (recommendation) {
        const QString text = rec ? rec->text : tr("(not in this plan)");
        note = covering.isEmpty()
                   ? tr("Recommendation %1 (%2) is answered by no priority of this plan.")
                         .arg(recommendation)
                         .arg(text.toHtmlEscaped())
                   : tr("Recommendation %1 (<i>%2</i>) is answered by <b>%3</b>.")
                         .arg(recommendation)
                         .arg(text.toHtmlEscaped(), covering.join(QStringLiteral("; ")).toHtmlEscaped());
    }
    if (!what.isEmpty()) {
        if (!note.isEmpty())
            note += QStringLiteral("<br>");
        note += tr("Showing %1 of %2 milestones: %3.")
                    .arg(milestones.size())
                    .arg(total)
                    .arg(what.join(QStringLiteral(", ")).toHtmlEscaped());
    }
    m_ui->filterNote->setText(note);
    m_ui->filterNote->setVisible(!note.isEmpty());
    if (!m_ui->planTree->currentIndex().isValid() || !currentMilestone())
        selectFirstMilestone();
}

void PlanPage::showDetails()
{
    const PlanRepository::Milestone* m = currentMilestone();
    m_ui->changeRating->setEnabled(m != nullptr);
    m_changeAction->setEnabled(m != nullptr);
    if (!m) {
        m_ui->milestoneDetails->clear();
        m_ui->ratingTimeline->clear();
        m_notes->clearTarget();
        return;
    }
    m_notes->setTarget(Note::Target::Milestone, m->id, QStringLiteral("%1 %2").arg(m->code, m->title));
    const auto& plan = m_model->plan();
    QString html = QStringLiteral("<h3>%1 %2</h3>").arg(m->code.toHtmlEscaped(), m->title.toHtmlEscaped());
    const auto* s = plan.status(m->statusId);
    if (s)
        html += QStringLiteral(
                    "<p><span style='background:%1;color:%2;font-weight:bold'>&nbsp;%3&nbsp;</span> %4 · "
                    "%5</p>")
                    .arg(s->colour, RagDelegate::textColourOn(QColor(s->colour)).name(),
                         s->letter.toHtmlEscaped(), s->name.toHtmlEscaped(),
                         PlanModel::completionText(m->completion).toHtmlEscaped());
    if (s && !s->definition.isEmpty())
        html += QStringLiteral("<p style='color:#555'><i>%1: %2</i></p>")
                    .arg(s->name.toHtmlEscaped(), s->definition.toHtmlEscaped());
    if (!m->flags.isEmpty()) {
        html += tr("<p style='color:#b71c1c'><b>⚑ Question this rating:</b></p><ul>");
        for (const auto& f : m->flags)
            html += QStringLiteral("<li>%1</li>").arg(f.reason.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    html += tr("<p><b>Owner:</b> %1<br><b>Due:</b> %2<br><b>Evidence:</b> %3</p>")
                .arg(m->owner.toHtmlEscaped(), BritishDate::mediumDate(m->due),
                     m->evidence.isEmpty() ? tr("<i>none recorded</i>") : m->evidence.toHtmlEscaped());
    if (!m->definitionOfDone.isEmpty())
        html += tr("<p><b>Done when:</b> %1</p>").arg(m->definitionOfDone.toHtmlEscaped());
    for (const auto& p : plan.priorities)
        if (p.id == m->priorityId && !p.recommendations.isEmpty()) {
            html += tr("<p><b>P%1 answers recommendations:</b></p><ul>").arg(p.number);
            for (int r : p.recommendations) {
                const auto* rec = plan.recommendation(r);
                html +=
                    QStringLiteral("<li>%1. %2</li>").arg(r).arg(rec ? rec->text.toHtmlEscaped() : QString());
            }
            html += QStringLiteral("</ul>");
        }
    m_ui->milestoneDetails->setHtml(html);

    html = tr("<p><b>Rating timeline of %1</b> (newest first)</p>"
              "<table cellspacing='0' cellpadding='3' width='100%'>")
               .arg(m->code.toHtmlEscaped());
    try {
        const auto history = PlanRepository(context().db()).history(m->id);
        if (history.isEmpty())
            html += tr("<tr><td><i>No change of rating is recorded.</i></td></tr>");
        for (const auto& c : history) {
            const auto* from = plan.status(c.fromStatusId);
            const auto* to = plan.status(c.toStatusId);
            auto chip = [](const PlanRepository::Status* st, const QString& none) {
                if (!st)
                    return none;
                return QStringLiteral(
                           "<span style='background:%1;color:%2;font-weight:bold'>&nbsp;%3&nbsp;</span>")
                    .arg(st->colour, RagDelegate::textColourOn(QColor(st->colour)).name(),
                         st->letter.toHtmlEscaped());
            };
            // A review confirms the rating as it stood: shown as such, with its evidence.
            const QString move = c.review ? tr("%1 reviewed, kept").arg(chip(to, QStringLiteral("?")))
                                          : QStringLiteral("%1 → %2").arg(chip(from, QStringLiteral("–")),
                                                                          chip(to, QStringLiteral("?")));
            html +=
                QStringLiteral("<tr><td style='border-top:1px solid #ccc' nowrap>%1</td>"
                               "<td style='border-top:1px solid #ccc' nowrap>%2</td>"
                               "<td style='border-top:1px solid #ccc'>%3</td></tr>"
                               "<tr><td></td><td colspan='2'>%4%5%6</td></tr>")
                    .arg(BritishDate::shortDate(c.on), move, c.by.toHtmlEscaped(),
                         c.rationale.isEmpty() ? tr("<i style='color:#b71c1c'>no rationale given</i>")
                                               : c.rationale.toHtmlEscaped(),
                         c.evidence.isEmpty() ? QString()
                                              : tr("<br><b>Evidence:</b> %1").arg(c.evidence.toHtmlEscaped()),
                         c.meetingDate.isValid()
                             ? tr("<br><span style='color:#555'>reported to the meeting of %1</span>")
                                   .arg(BritishDate::shortDate(c.meetingDate))
                             : QString());
        }
    } catch (const StoreError& e) {
        html += QStringLiteral("<tr><td>%1</td></tr>").arg(e.message().toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    m_ui->ratingTimeline->setHtml(html);
}

void PlanPage::fitColumns()
{
    const int width = m_ui->planTree->viewport()->width();
    QHeaderView* header = m_ui->planTree->header();
    header->setSectionHidden(PlanModel::Evidence, width < 1000);
    header->setSectionHidden(PlanModel::LastChange, width < 820);
    header->setSectionHidden(PlanModel::Owner, width < 640);
    header->setSectionHidden(PlanModel::Completion, width < 640);
    m_ui->planTree->resizeColumnToContents(PlanModel::Owner);
    m_ui->planTree->setColumnWidth(
        PlanModel::Owner, qMin(m_ui->planTree->columnWidth(PlanModel::Owner), width < 820 ? 130 : 280));
    int others = 0;
    for (int c = 0; c < PlanModel::ColumnCount; ++c)
        if (c != PlanModel::Title && !header->isSectionHidden(c))
            others += m_ui->planTree->columnWidth(c);
    m_ui->planTree->setColumnWidth(PlanModel::Title, qMax(240, width - others - 2));
}

void PlanPage::resizeEvent(QResizeEvent* event)
{
    Page::resizeEvent(event);
    // Once the tree has its new width.
    QTimer::singleShot(0, this, [this] { fitColumns(); });
}

void PlanPage::changeRating()
{
    const PlanRepository::Milestone* m = currentMilestone();
    if (!m || !context().db().may(Roles::mayChangeRatings))
        return;
    QList<ContextRepository::Meeting> meetings;
    try {
        meetings = ContextRepository(context().db()).meetings(context().committeeId());
    } catch (const StoreError&) {
    }
    const PlanRepository::Milestone milestone = *m;
    ChangeRatingDialog dialog(m_model->plan(), milestone, meetings, context().meetingId(), this);
    bool refused = false;
    dialog.save = [this, &dialog, &milestone, &refused] {
        RateMilestoneCommand::Rating r;
        r.milestoneId = milestone.id;
        r.code = milestone.code;
        r.fromStatusId = milestone.statusId;
        r.toStatusId = dialog.status->currentData().toLongLong();
        r.rationale = dialog.rationale->toPlainText();
        r.evidence = dialog.evidence->text();
        r.meetingId = dialog.meeting->currentData().toLongLong();
        r.review = dialog.isReview();
        r.version = milestone.version;
        QString error;
        try {
            r.fromRatedOn = PlanRepository(context().db()).ratedOn(milestone.id);
        } catch (const StoreError& e) {
            error = e.message();
        }
        QUndoStack* stack = context().undoStack(PageId::Plan);
        const qint64 id = milestone.id;
        if (error.isEmpty())
            pushCommand(stack,
                        new RateMilestoneCommand(
                            context().db(), r,
                            {PageId::Plan, {{QStringLiteral("milestone"), id}}, AppContext::placeOf(stack)},
                            [self = QPointer<PlanPage>(this)] {
                                if (self)
                                    self->ratingsChanged();
                            }),
                        &error);
        refused = !error.isEmpty();
        return error;
    };
    if (dialog.exec() != QDialog::Accepted) {
        // A refusal usually means the store holds something newer than this page (someone else's
        // change): show it, keeping the milestone selected, rather than the stale row.
        if (refused)
            refresh();
        return;
    }
}

void PlanPage::ratingsChanged()
{
    refresh();
    context().notifyDataChanged();
}

void PlanPage::editScheme()
{
    if (m_model->plan().id == 0)
        return;
    RatingSchemeDialog dialog(context().db(), m_model->plan(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    context().notifyDataChanged();
}

void PlanPage::importCsv()
{
    importPlan();
}

void PlanPage::importPlan(QString path)
{
    if (path.isEmpty())
        path = QFileDialog::getOpenFileName(this, tr("Import Plan from CSV"), QString(),
                                            tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Plan not imported"),
                             tr("%1 could not be read (%2). Check the name and that you may read it.")
                                 .arg(QFileInfo(path).fileName(), file.errorString()));
        return;
    }
    const QByteArray bytes = file.readAll();
    const QString name = QFileInfo(path).fileName();
    const qint64 planId = m_model->plan().id;
    const auto refused = [this](const PlanSpreadsheet::ImportResult& result) {
        QMessageBox box(QMessageBox::Warning, tr("Plan not imported"),
                        tr("Nothing was imported. Correct the lines below in the spreadsheet and import "
                           "the file again."),
                        QMessageBox::Ok, this);
        QStringList all = result.errors;
        if (result.unlisted() > 0)
            all << tr("… and %1 more errors (%2 in all).").arg(result.unlisted()).arg(result.errorCount);
        box.setDetailedText(all.join(QLatin1Char('\n')));
        box.setInformativeText(result.errors.mid(0, 5).join(QLatin1Char('\n')));
        box.exec();
    };
    // What the file would change, shown before anything is saved.
    const auto preview = PlanSpreadsheet(context().db()).preview(bytes, name, planId);
    if (!preview.ok()) {
        refused(preview);
        return;
    }
    PlanImportDialog dialog(name, preview, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto result = PlanSpreadsheet(context().db()).importCsv(bytes, name, planId);
    if (!result.ok()) {
        refused(result);
        return;
    }
    // One step of Edit ▸ Undo takes the whole import back.
    context().undoStack()->push(new PlanImportCommand(
        context().db(), bytes, name, planId, result,
        [this] {
            refresh();
            context().notifyDataChanged();
        },
        [this](const QString& why) { QMessageBox::warning(this, tr("Plan import"), why); }));
    refresh();
    context().notifyDataChanged();
    QMessageBox::information(this, tr("Plan imported"),
                             tr("%1: %2 milestones added, %3 updated, %4 unchanged; %5 ratings recorded. "
                                "Edit ▸ Undo takes the import back.")
                                     .arg(name)
                                     .arg(result.added)
                                     .arg(result.updated)
                                     .arg(result.unchanged)
                                     .arg(result.ratingsChanged) +
                                 (result.notes.isEmpty()
                                      ? QString()
                                      : QStringLiteral("\n\n") + result.notes.join(QLatin1Char('\n'))));
}

void PlanPage::exportPlan()
{
    const QString excel = tr("Excel workbook (*.xlsx)");
    const QString csv = tr("CSV file (*.csv)");
    QString filter = excel;
    QString path = QFileDialog::getSaveFileName(this, tr("Export Plan"), tr("improvement-plan.xlsx"),
                                                excel + QStringLiteral(";;") + csv, &filter);
    if (path.isEmpty())
        return;
    const bool asCsv =
        filter == csv || QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0;
    if (QFileInfo(path).suffix().isEmpty())
        path += asCsv ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    QString error;
    const bool ok = asCsv ? PlanExport::writeCsv(context().db(), path, m_model->plan().id, &error)
                          : PlanExport::writeXlsx(context().db(), path, m_model->plan().id, &error);
    if (!ok)
        QMessageBox::warning(this, tr("Plan not exported"), error);
}

Page* createPlanPage(AppContext& context, QWidget* parent)
{
    return new PlanPage(context, parent);
}

int planBadge(AppContext& context)
{
    return contextPlan(context).flaggedCount();
}
