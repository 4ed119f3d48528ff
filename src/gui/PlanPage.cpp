// The improvement plan: priorities and milestones with ratings, flags, evidence and the rating timeline.
#include "NotesWidget.h"
#include "Page.h"
#include "PlanModel.h"
#include "RagDelegate.h"
#include "core/BritishDate.h"
#include "store/ContextRepository.h"
#include "store/Database.h"
#include "store/PlanRepository.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

class ChangeRatingDialog : public QDialog
{
public:
    ChangeRatingDialog(const PlanRepository::Plan& plan, const PlanRepository::Milestone& m,
                       const QList<ContextRepository::Meeting>& meetings, qint64 currentMeeting, QWidget* parent)
        : QDialog(parent)
    {
        setWindowTitle(tr("Change Rating of %1").arg(m.code));
        auto* form = new QFormLayout(this);
        auto* title = new QLabel(QStringLiteral("<b>%1 %2</b>").arg(m.code, m.title.toHtmlEscaped()), this);
        title->setWordWrap(true);
        form->addRow(title);
        status = new QComboBox(this);
        for (const auto& s : plan.statuses)
            status->addItem(QStringLiteral("%1 – %2").arg(s.letter, s.name), s.id);
        status->setCurrentIndex(qMax(0, status->findData(m.statusId)));
        form->addRow(tr("&New rating:"), status);
        rationale = new QPlainTextEdit(this);
        rationale->setPlaceholderText(tr("Why the rating changes, and the evidence behind it (required)"));
        rationale->setTabChangesFocus(true);
        form->addRow(tr("&Rationale:"), rationale);
        meeting = new QComboBox(this);
        meeting->addItem(tr("(not yet reported)"), 0);
        for (const auto& mt : meetings)
            meeting->addItem(BritishDate::longDate(mt.startsAt.date()), mt.id);
        meeting->setCurrentIndex(qMax(0, meeting->findData(currentMeeting)));
        form->addRow(tr("Reported &to:"), meeting);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
        ok->setText(tr("Change Rating"));
        ok->setEnabled(false);
        connect(rationale, &QPlainTextEdit::textChanged, this,
                [this, ok] { ok->setEnabled(!rationale->toPlainText().trimmed().isEmpty()); });
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        form->addRow(buttons);
        resize(520, 320);
    }
    QComboBox* status;
    QPlainTextEdit* rationale;
    QComboBox* meeting;
};

class PlanPage : public Page
{
    Q_OBJECT
public:
    PlanPage(AppContext& context, QWidget* parent) : Page(context, parent)
    {
        auto* layout = new QVBoxLayout(this);
        m_heading = new QLabel(this);
        m_heading->setObjectName(QStringLiteral("planHeading"));
        m_heading->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: 600;"));
        layout->addWidget(m_heading);
        auto* splitter = new QSplitter(this);
        m_model = new PlanModel(this);
        m_proxy = new QSortFilterProxyModel(this);
        m_proxy->setSourceModel(m_model);
        m_proxy->setSortRole(PlanModel::SortRole);
        m_tree = new QTreeView(splitter);
        m_tree->setObjectName(QStringLiteral("planTree"));
        m_tree->setModel(m_proxy);
        m_tree->setItemDelegateForColumn(PlanModel::Rating, new RagDelegate(m_tree));
        m_tree->setSortingEnabled(true);
        m_tree->sortByColumn(PlanModel::Title, Qt::AscendingOrder);
        m_tree->setAlternatingRowColors(true);
        m_tree->setUniformRowHeights(true);
        m_tree->header()->setMinimumSectionSize(40);
        m_tree->header()->setStretchLastSection(true);
        m_tree->setAccessibleName(tr("Improvement plan"));
        auto* side = new QWidget(splitter);
        auto* sideLayout = new QVBoxLayout(side);
        sideLayout->setContentsMargins(0, 0, 0, 0);
        m_details = new QTextBrowser(side);
        m_details->setObjectName(QStringLiteral("milestoneDetails"));
        m_details->setOpenLinks(false);
        auto* sideSplit = new QSplitter(Qt::Vertical, side);
        sideSplit->addWidget(m_details);
        m_notes = new NotesWidget(context, sideSplit);
        sideSplit->addWidget(m_notes);
        sideSplit->setStretchFactor(0, 3);
        sideSplit->setStretchFactor(1, 1);
        sideLayout->addWidget(sideSplit);
        m_change = new QPushButton(tr("&Change Rating…"), side);
        m_change->setEnabled(false);
        m_change->setVisible(Roles::mayChangeRatings(context.db().role()));
        sideLayout->addWidget(m_change);
        splitter->addWidget(m_tree);
        splitter->addWidget(side);
        splitter->setStretchFactor(0, 3);
        splitter->setStretchFactor(1, 1);
        side->setMaximumWidth(380);
        layout->addWidget(splitter, 1);
        connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &PlanPage::showDetails);
        connect(m_change, &QPushButton::clicked, this, &PlanPage::changeRating);
        connect(&context, &AppContext::committeeChanged, this, &PlanPage::refresh);
        connect(&context, &AppContext::meetingChanged, this, &PlanPage::refresh);
        refresh();
    }

    QString title() const override { return tr("Improvement Plan"); }
    int badge() const override { return m_model->flaggedCount(); }

    void refresh() override
    {
        const qint64 selected = currentMilestoneId();
        try {
            // Flags are judged as at the meeting being prepared for (today when none is chosen).
            QDate asAt = QDate::currentDate();
            for (const auto& mt : ContextRepository(context().db()).meetings(context().committeeId()))
                if (mt.id == context().meetingId())
                    asAt = mt.startsAt.date();
            m_model->setPlan(PlanRepository(context().db()).planFor(context().committeeId(), asAt));
        } catch (const StoreError& e) {
            m_heading->setText(e.message());
            return;
        }
        const auto& plan = m_model->plan();
        int onTrack = 0, total = 0;
        for (const auto& p : plan.priorities)
            for (const auto& m : p.milestones) {
                ++total;
                if (const auto* s = plan.status(m.statusId); s && s->onTrack)
                    ++onTrack;
            }
        m_heading->setText(plan.id == 0 ? tr("No improvement plan has been recorded.")
                                        : tr("%1 — %2 on track, %3 not; %4 flagged")
                                              .arg(plan.title)
                                              .arg(onTrack)
                                              .arg(total - onTrack)
                                              .arg(m_model->flaggedCount()));
        m_tree->expandAll();
        for (int c : {PlanModel::Completion, PlanModel::Due, PlanModel::LastChange, PlanModel::Flags})
            m_tree->resizeColumnToContents(c);
        m_tree->setColumnWidth(PlanModel::Title, 330);
        m_tree->setColumnWidth(PlanModel::Rating, 110);
        m_tree->setColumnWidth(PlanModel::Owner, 150);
        m_tree->setColumnWidth(PlanModel::Evidence, 110);
        if (selected)
            reveal({{QStringLiteral("milestone"), selected}});
        else if (m_proxy->rowCount() > 0 && m_proxy->rowCount(m_proxy->index(0, 0)) > 0)
            m_tree->setCurrentIndex(m_proxy->index(0, 0, m_proxy->index(0, 0)));
        emit badgeChanged();
    }

    void reveal(const QVariantMap& target) override
    {
        const QModelIndex source = m_model->indexOfMilestone(target.value(QStringLiteral("milestone")).toLongLong());
        if (!source.isValid())
            return;
        const QModelIndex index = m_proxy->mapFromSource(source);
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
    }

private:
    qint64 currentMilestoneId() const
    {
        return m_tree->currentIndex().data(PlanModel::MilestoneIdRole).toLongLong();
    }

    const PlanRepository::Milestone* currentMilestone() const
    {
        return m_model->milestone(m_proxy->mapToSource(m_tree->currentIndex().siblingAtColumn(0)));
    }

    void showDetails()
    {
        const PlanRepository::Milestone* m = currentMilestone();
        m_change->setEnabled(m != nullptr);
        if (!m) {
            m_details->clear();
            m_notes->clearTarget();
            return;
        }
        m_notes->setTarget(Note::Target::Milestone, m->id, QStringLiteral("%1 %2").arg(m->code, m->title));
        const auto& plan = m_model->plan();
        QString html = QStringLiteral("<h3>%1 %2</h3>").arg(m->code.toHtmlEscaped(), m->title.toHtmlEscaped());
        const auto* s = plan.status(m->statusId);
        if (s)
            html += QStringLiteral("<p><span style='background:%1;color:%2;font-weight:bold'>&nbsp;%3&nbsp;</span> %4 · %5</p>")
                        .arg(s->colour, RagDelegate::textColourOn(QColor(s->colour)).name(), s->letter, s->name.toHtmlEscaped(),
                             m->completion.toHtmlEscaped());
        html += tr("<p><b>Owner:</b> %1<br><b>Due:</b> %2<br><b>Evidence:</b> %3</p>")
                    .arg(m->owner.toHtmlEscaped(), BritishDate::mediumDate(m->due),
                         m->evidence.isEmpty() ? tr("<i>none recorded</i>") : m->evidence.toHtmlEscaped());
        if (!m->definitionOfDone.isEmpty())
            html += tr("<p><b>Done when:</b> %1</p>").arg(m->definitionOfDone.toHtmlEscaped());
        for (const auto& p : plan.priorities)
            if (p.id == m->priorityId && !p.recommendations.isEmpty()) {
                html += tr("<p><b>Answers recommendations:</b></p><ul>");
                for (int r : p.recommendations)
                    html += QStringLiteral("<li>%1. %2</li>").arg(r).arg(
                        PlanRepository(context().db()).recommendationText(plan.id, r).toHtmlEscaped());
                html += QStringLiteral("</ul>");
            }
        if (!m->flags.isEmpty()) {
            html += tr("<p><b>⚑ Question this rating:</b></p><ul>");
            for (const auto& f : m->flags)
                html += QStringLiteral("<li>%1</li>").arg(f.reason.toHtmlEscaped());
            html += QStringLiteral("</ul>");
        }
        html += tr("<p><b>Rating timeline</b></p><table cellspacing='0' cellpadding='3'>");
        try {
            for (const auto& c : PlanRepository(context().db()).history(m->id)) {
                const auto* from = plan.status(c.fromStatusId);
                const auto* to = plan.status(c.toStatusId);
                html += QStringLiteral("<tr><td>%1</td><td><b>%2 → %3</b></td><td>%4</td></tr><tr><td></td><td colspan='2'>%5%6</td></tr>")
                            .arg(BritishDate::shortDate(c.on), from ? from->letter : QStringLiteral("–"),
                                 to ? to->letter : QStringLiteral("?"), c.by.toHtmlEscaped(),
                                 c.rationale.isEmpty() ? tr("<i>no rationale given</i>") : c.rationale.toHtmlEscaped(),
                                 c.meetingDate.isValid() ? tr(" (reported %1)").arg(BritishDate::shortDate(c.meetingDate)) : QString());
            }
        } catch (const StoreError& e) {
            html += QStringLiteral("<tr><td>%1</td></tr>").arg(e.message().toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
        m_details->setHtml(html);
    }

    void changeRating()
    {
        const PlanRepository::Milestone* m = currentMilestone();
        if (!m)
            return;
        QList<ContextRepository::Meeting> meetings;
        try {
            meetings = ContextRepository(context().db()).meetings(context().committeeId());
        } catch (const StoreError&) {
        }
        ChangeRatingDialog dialog(m_model->plan(), *m, meetings, context().meetingId(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        try {
            PlanRepository(context().db())
                .changeRating(*m, dialog.status->currentData().toLongLong(), dialog.rationale->toPlainText(),
                              dialog.meeting->currentData().toLongLong());
        } catch (const StoreError& e) {
            QMessageBox::warning(this, tr("Rating not changed"), e.message());
        }
        refresh();
        context().notifyDataChanged();
    }

    PlanModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTreeView* m_tree;
    QLabel* m_heading;
    QTextBrowser* m_details;
    QPushButton* m_change;
    NotesWidget* m_notes;
};

} // namespace

Page* createPlanPage(AppContext& context, QWidget* parent) { return new PlanPage(context, parent); }

#include "PlanPage.moc"
