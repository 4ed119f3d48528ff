// The action log (ActionsPage.h); its layout: ui/ActionsPage.ui.
#include "ActionsPage.h"

#include "Accessible.h"
#include "ActionLogModel.h"
#include "ChaseDialog.h"
#include "core/BritishDate.h"
#include "core/Role.h"
#include "core/Translations.h"
#include "reports/ActionLogExport.h"
#include "store/ActionRepository.h"
#include "store/ContextRepository.h"
#include "store/Database.h"
#include "store/MinutesRepository.h"
#include "store/StoreError.h"
#include "store/UserRepository.h"
#include "ui_ActionUpdateDialog.h"
#include "ui_ActionsPage.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <functional>

namespace {

// Outstanding actions of the committee chosen at the top, due before `today`.
int overdueCount(AppContext& context, const QDate& today)
{
    ActionRepository::Filter overdue;
    overdue.today = today;
    overdue.overdueOnly = true;
    overdue.committeeId = context.committeeId();
    return ActionRepository(context.db()).count(overdue);
}

// Status edited in place with a list of the four statuses.
class StatusDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        auto* box = new QComboBox(parent);
        for (const QString& s : ActionRepository::statuses())
            box->addItem(ActionRepository::statusName(s), s);
        return box;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        auto* box = static_cast<QComboBox*>(editor);
        box->setCurrentIndex(qMax(0, box->findData(index.data(Qt::EditRole))));
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        model->setData(index, static_cast<QComboBox*>(editor)->currentData(), Qt::EditRole);
    }
};

// The owner typed in place, completing from the people known and their job titles. The names are
// read when an owner is edited, not when the page opens: every owner ever named is a read of the
// whole action log, which opening the page must not cost.
class OwnerDelegate : public QStyledItemDelegate
{
public:
    OwnerDelegate(std::function<QStringList()> names, QObject* parent)
        : QStyledItemDelegate(parent), m_names(std::move(names))
    {
    }
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        auto* edit = new QLineEdit(parent);
        QStringList names;
        try {
            names = m_names();
        } catch (const StoreError&) {
            // No completion; the owner can still be typed.
        }
        auto* c = new QCompleter(names, edit);
        c->setCaseSensitivity(Qt::CaseInsensitive);
        c->setFilterMode(Qt::MatchContains);
        edit->setCompleter(c);
        return edit;
    }

private:
    std::function<QStringList()> m_names;
};

// The due date chosen in place; its earliest date stands for "no due date".
class DueDelegate : public QStyledItemDelegate
{
    Q_DECLARE_TR_FUNCTIONS(ActionsPage)

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    static inline const QDate kNone{2000, 1, 1};
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        auto* edit = new QDateEdit(parent);
        edit->setLocale(Translations::dateLocale()); // "Sep" (never "Sept"), or Welsh names
        edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
        edit->setCalendarPopup(true);
        edit->setMinimumDate(kNone);
        edit->setSpecialValueText(tr("no due date"));
        return edit;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        const QDate d = index.data(Qt::EditRole).toDate();
        static_cast<QDateEdit*>(editor)->setDate(d.isValid() ? d : QDate::currentDate());
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        const QDate d = static_cast<QDateEdit*>(editor)->date();
        model->setData(index, d == kNone ? QDate() : d, Qt::EditRole);
    }
};

} // namespace

ActionsPage::ActionsPage(AppContext& context, QWidget* parent)
    : Page(context, parent), m_ui(std::make_unique<Ui::ActionsPage>())
{
    // The layout: ui/ActionsPage.ui. Two rows of filters, so that the page fits a 1024 px window: who
    // and where, then which; long names are elided in the boxes (their lists show them whole).
    m_ui->setupUi(this);
    m_ui->statusFilter->addItem(tr("Any status"), QString());
    m_ui->statusFilter->addItem(tr("Outstanding"), QStringLiteral("outstanding"));
    for (const QString& s : ActionRepository::statuses())
        m_ui->statusFilter->addItem(ActionRepository::statusName(s), s);

    m_model = new ActionLogModel(context.db(), this);
    m_model->noteProvider = [this](const ActionRepository::Row& row, const QString& status) {
        bool ok = false;
        const QString note = QInputDialog::getMultiLineText(
            this, tr("Progress Note"),
            tr("Action %1 becomes \"%2\". What has happened? (Recorded with today's date.)")
                .arg(row.reference, ActionRepository::statusName(status)),
            QString(), &ok);
        return ok ? note : QString();
    };
    Accessible::nameAfter(m_ui->actionLog, tr("Action log"));
    m_ui->actionLog->setModel(m_model);
    m_ui->actionLog->setItemDelegateForColumn(ActionLogModel::Status, new StatusDelegate(m_ui->actionLog));
    m_ui->actionLog->setItemDelegateForColumn(
        ActionLogModel::Owner,
        new OwnerDelegate([this] { return MinutesRepository(this->context().db()).knownOwners(); },
                          m_ui->actionLog));
    m_ui->actionLog->setItemDelegateForColumn(ActionLogModel::Due, new DueDelegate(m_ui->actionLog));
    m_model->setUndoStack(context.undoStack(PageId::Actions));
    m_ui->actionLog->horizontalHeader()->setSortIndicator(ActionLogModel::Meeting, Qt::DescendingOrder);
    auto* header = m_ui->actionLog->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ActionLogModel::Action, QHeaderView::Stretch);
    header->resizeSection(ActionLogModel::Reference, 80);
    header->resizeSection(ActionLogModel::Owner, 150);
    for (int c :
         {ActionLogModel::Due, ActionLogModel::Status, ActionLogModel::LastUpdate, ActionLogModel::Meeting})
        header->resizeSection(c, 95);
    header->resizeSection(ActionLogModel::Committee, 120);
    Accessible::nameAfter(m_ui->actionHistory, tr("Progress history"));

    connect(m_ui->committeeFilter, &QComboBox::currentIndexChanged, this, [this] { fitColumns(); });
    connect(m_ui->committeeFilter, &QComboBox::currentIndexChanged, this, [this] {
        fillMeetingsAndOwners();
        apply();
    });
    // A filter the person changes ends a view opened from the dashboard (actions completed between
    // two meetings).
    const auto chosen = [this] {
        m_completedAfter = m_completedBy = QDate();
        apply();
    };
    for (QComboBox* box : {m_ui->meetingFilter, m_ui->ownerFilter, m_ui->statusFilter})
        connect(box, &QComboBox::currentIndexChanged, this, chosen);
    for (QCheckBox* box : {m_ui->overdueFilter, m_ui->dueSoonFilter})
        connect(box, &QCheckBox::toggled, this, chosen);
    connect(m_ui->actionLog->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ActionsPage::showDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActionsPage::showDetail);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        showDetail();
        updateCount();
    });
    connect(m_model, &ActionLogModel::errorOccurred, this,
            [this](const QString& message) { QMessageBox::warning(this, tr("Action Log"), message); });
    connect(m_ui->addUpdateButton, &QPushButton::clicked, this, &ActionsPage::addUpdate);
    connect(m_ui->chaseButton, &QPushButton::clicked, this, &ActionsPage::chase);

    m_exportAction = new QAction(tr("&Export Action Log…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportActionLogAction"));
    m_exportAction->setStatusTip(tr("Save the actions the filters select as an Excel workbook or CSV file"));
    connect(m_exportAction, &QAction::triggered, this, [this] { exportLog(); });
    m_chaseAction = new QAction(tr("&Chase Overdue Actions…"), this);
    connect(m_chaseAction, &QAction::triggered, this, &ActionsPage::chase);
    connect(&context, &AppContext::dataChanged, this, &Page::invalidate);
}

ActionsPage::~ActionsPage() = default;

QString ActionsPage::title() const
{
    return tr("Actions");
}

QString ActionsPage::menuTitle() const
{
    return tr("&Actions");
}

QList<QAction*> ActionsPage::menuActions() const
{
    return {m_exportAction, m_chaseAction};
}

bool ActionsPage::exportLog(QString path)
{
    if (path.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        path = QFileDialog::getSaveFileName(this, tr("Export Action Log"),
                                            folder + QLatin1Char('/') +
                                                tr("Action log %1.xlsx").arg(today().toString(Qt::ISODate)),
                                            tr("Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)"));
        if (path.isEmpty())
            return false;
    }
    QString error;
    bool done = false;
    try {
        ActionRepository::Filter filter = m_model->filter();
        filter.today = today();
        filter.withExempt = false; // a file leaves the building: exempt (Part 2) business stays out
        const QList<ActionRepository::Row> rows = ActionRepository(context().db()).rows(filter);
        done = ActionLogExport::write(rows, path, filter.today, &error);
        if (done)
            m_ui->actionCount->setText(
                (rows.size() == 1
                     ? tr("1 action saved to %1").arg(QDir::toNativeSeparators(path))
                     : tr("%1 actions saved to %2").arg(rows.size()).arg(QDir::toNativeSeparators(path))));
    } catch (const StoreError& e) {
        error = e.message();
    }
    if (!done && !property("quiet").toBool())
        QMessageBox::warning(this, tr("Export Action Log"), error);
    return done;
}

int ActionsPage::badge() const
{
    try {
        ActionRepository::Filter overdue;
        overdue.today = today();
        overdue.overdueOnly = true;
        overdue.committeeId = context().committeeId();
        return ActionRepository(context().db()).count(overdue);
    } catch (const StoreError&) {
        return m_overdueCount;
    }
}

QDate ActionsPage::today() const
{
    const QDate d = property("referenceDate").toDate();
    return d.isValid() ? d : QDate::currentDate();
}

void ActionsPage::fitColumns()
{
    const int width = m_ui->actionLog->viewport()->width();
    auto* header = m_ui->actionLog->horizontalHeader();
    const bool oneCommittee = m_ui->committeeFilter->currentData().toLongLong() != 0;
    header->setSectionHidden(ActionLogModel::Committee, oneCommittee || width < 1100);
    header->setSectionHidden(ActionLogModel::LastUpdate, width < 900);
    header->setSectionHidden(ActionLogModel::Meeting, width < 760);
    // Still short of room: the owner's column narrows (its full text is in its tooltip and in
    // the history beside), down to a post's first words.
    int others = 0;
    for (int c = 0; c < ActionLogModel::ColumnCount; ++c)
        if (c != ActionLogModel::Action && c != ActionLogModel::Owner && !header->isSectionHidden(c))
            others += header->sectionSize(c);
    header->resizeSection(ActionLogModel::Owner, qBound(110, width - others - 240, 150));
}

void ActionsPage::resizeEvent(QResizeEvent* event)
{
    Page::resizeEvent(event);
    // On a narrow window the progress history goes under the log, which then has the width.
    const Qt::Orientation orientation = width() < 900 ? Qt::Vertical : Qt::Horizontal;
    if (m_ui->split->orientation() != orientation) {
        m_ui->split->setOrientation(orientation);
        m_ui->split->setSizes(orientation == Qt::Vertical ? QList<int>{3 * height() / 4, height() / 4}
                                                          : QList<int>{3 * width() / 4, width() / 4});
    }
    QTimer::singleShot(0, this, [this] { fitColumns(); });
}

void ActionsPage::reload()
{
    try {
        const qint64 current = m_ui->committeeFilter->count()
                                   ? m_ui->committeeFilter->currentData().toLongLong()
                                   : context().committeeId();
        QSignalBlocker block(m_ui->committeeFilter);
        m_ui->committeeFilter->clear();
        m_ui->committeeFilter->addItem(tr("Every committee"), 0);
        for (const auto& c : ContextRepository(context().db()).committees())
            m_ui->committeeFilter->addItem(c.name, c.id);
        m_ui->committeeFilter->setCurrentIndex(qMax(0, m_ui->committeeFilter->findData(current)));
        m_overdueCount = overdueCount(context(), today());
    } catch (const StoreError& e) {
        m_ui->actionCount->setText(e.message());
    }
    fillMeetingsAndOwners();
    apply();
    emit badgeChanged();
}

void ActionsPage::reveal(const QVariantMap& target)
{
    // A filtered view ({"committee": id, "status": "done", "overdue": true}), e.g. from the
    // dashboard's "actions completed" line.
    if (target.contains(QStringLiteral("status")) || target.contains(QStringLiteral("overdue"))) {
        QSignalBlocker b1(m_ui->committeeFilter), b2(m_ui->meetingFilter), b3(m_ui->ownerFilter),
            b4(m_ui->statusFilter), b5(m_ui->overdueFilter), b6(m_ui->dueSoonFilter);
        m_ui->committeeFilter->setCurrentIndex(
            qMax(0, m_ui->committeeFilter->findData(target.value(QStringLiteral("committee")).toLongLong())));
        fillMeetingsAndOwners();
        m_ui->meetingFilter->setCurrentIndex(0);
        m_ui->ownerFilter->setCurrentIndex(0);
        m_ui->statusFilter->setCurrentIndex(
            qMax(0, m_ui->statusFilter->findData(target.value(QStringLiteral("status")).toString())));
        m_ui->overdueFilter->setChecked(target.value(QStringLiteral("overdue")).toBool());
        m_ui->dueSoonFilter->setChecked(false);
        m_completedAfter = target.value(QStringLiteral("completedAfter")).toDate();
        m_completedBy = target.value(QStringLiteral("completedBy")).toDate();
        apply();
        return;
    }
    const qint64 id = target.value(QStringLiteral("action")).toLongLong();
    if (!id)
        return;
    for (int pass = 0; pass < 2; ++pass) {
        for (int r = 0;; ++r) {
            if (r >= m_model->rowCount()) {
                if (!m_model->canFetchMore({}))
                    break;
                m_model->fetchMore({});
                if (r >= m_model->rowCount())
                    break;
            }
            if (m_model->row(r).id == id) {
                m_ui->actionLog->selectRow(r);
                m_ui->actionLog->scrollTo(m_model->index(r, 0));
                return;
            }
        }
        // Hidden by a filter: clear the filters and look again.
        QSignalBlocker b1(m_ui->committeeFilter), b2(m_ui->meetingFilter), b3(m_ui->ownerFilter),
            b4(m_ui->statusFilter), b5(m_ui->overdueFilter), b6(m_ui->dueSoonFilter);
        m_ui->committeeFilter->setCurrentIndex(0);
        fillMeetingsAndOwners();
        m_ui->meetingFilter->setCurrentIndex(0);
        m_ui->ownerFilter->setCurrentIndex(0);
        m_ui->statusFilter->setCurrentIndex(0);
        m_ui->overdueFilter->setChecked(false);
        m_ui->dueSoonFilter->setChecked(false);
        apply();
    }
}

void ActionsPage::fillMeetingsAndOwners()
{
    const qint64 committee = m_ui->committeeFilter->currentData().toLongLong();
    const qint64 meeting = m_ui->meetingFilter->currentData().toLongLong();
    const QString owner = m_ui->ownerFilter->currentData().toString();
    QSignalBlocker b1(m_ui->meetingFilter), b2(m_ui->ownerFilter);
    m_ui->meetingFilter->clear();
    m_ui->meetingFilter->addItem(tr("Any meeting"), 0);
    m_ui->ownerFilter->clear();
    m_ui->ownerFilter->addItem(tr("Anyone"), QString());
    try {
        if (committee > 0)
            for (const auto& m : ContextRepository(context().db()).meetings(committee))
                m_ui->meetingFilter->addItem(BritishDate::shortDate(m.startsAt.date()), m.id);
        for (const QString& o : ActionRepository(context().db()).owners(committee))
            m_ui->ownerFilter->addItem(o, o);
    } catch (const StoreError& e) {
        m_ui->actionCount->setText(e.message());
    }
    m_ui->meetingFilter->setEnabled(committee > 0);
    m_ui->meetingFilter->setToolTip(
        committee > 0 ? QString() : tr("Choose a committee to filter by one of its meetings"));
    m_ui->meetingFilter->setCurrentIndex(qMax(0, m_ui->meetingFilter->findData(meeting)));
    m_ui->ownerFilter->setCurrentIndex(qMax(0, m_ui->ownerFilter->findData(owner)));
}

void ActionsPage::apply()
{
    ActionRepository::Filter f = m_model->filter();
    f.committeeId = m_ui->committeeFilter->currentData().toLongLong();
    f.meetingId = m_ui->meetingFilter->currentData().toLongLong();
    f.owner = m_ui->ownerFilter->currentData().toString();
    f.status = m_ui->statusFilter->currentData().toString();
    f.overdueOnly = m_ui->overdueFilter->isChecked();
    f.dueSoonOnly = m_ui->dueSoonFilter->isChecked();
    f.completedAfter = m_completedAfter;
    f.completedBy = m_completedBy;
    f.today = today();
    m_model->setFilter(f);
    const bool mayUpdate = context().db().mayWrite(QStringLiteral("action_updates"));
    m_ui->addUpdateButton->setVisible(mayUpdate);
    updateCount();
}

void ActionsPage::updateCount()
{
    const QString range = m_completedAfter.isValid() ? tr("completed after %1 and by %2")
                                                               .arg(BritishDate::shortDate(m_completedAfter),
                                                                    BritishDate::shortDate(m_completedBy)) +
                                                           QStringLiteral(" · ")
                                                     : QString();
    m_ui->actionCount->setText(range +
                               (m_model->totalCount() == 1
                                    ? tr("1 action shown")
                                    : tr("%1 actions shown").arg(m_model->totalCount())) +
                               QStringLiteral(" · ") +
                               tr("%n overdue for the chosen committee (marked ⚠)", nullptr, m_overdueCount) +
                               QStringLiteral(" · ") + tr("as at %1").arg(BritishDate::longDate(today())));
}

int ActionsPage::currentRow() const
{
    const QModelIndex i = m_ui->actionLog->currentIndex();
    return i.isValid() ? i.row() : -1;
}

void ActionsPage::showDetail()
{
    const int r = currentRow();
    m_ui->addUpdateButton->setEnabled(r >= 0);
    if (r < 0 || r >= m_model->rowCount()) {
        m_ui->actionHistory->setHtml(
            QStringLiteral("<p>%1</p>")
                .arg(tr("Choose an action to see its progress history.").toHtmlEscaped()));
        return;
    }
    const auto& a = m_model->row(r);
    QString html =
        QStringLiteral("<h3>%1</h3><p>%2</p>").arg(a.reference.toHtmlEscaped(), a.text.toHtmlEscaped());
    html +=
        QStringLiteral("<p>%1<br>%2<br>%3</p>")
            .arg(tr("Owner: %1").arg(a.owner.isEmpty() ? tr("none recorded") : a.owner).toHtmlEscaped(),
                 tr("Due: %1")
                         .arg(a.due.isValid() ? BritishDate::longDate(a.due) : tr("no date set"))
                         .toHtmlEscaped() +
                     (a.isOverdue(today()) ? QStringLiteral(" <b>⚠ %1</b>").arg(tr("overdue").toHtmlEscaped())
                                           : QString()),
                 tr("Raised at the meeting of %1").arg(BritishDate::longDate(a.meetingDate)).toHtmlEscaped());
    html += QStringLiteral("<h4>%1</h4>").arg(tr("Progress").toHtmlEscaped());
    try {
        const auto history = ActionRepository(context().db()).history(a.id);
        if (history.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(tr("No update recorded yet.").toHtmlEscaped());
        for (auto it = history.crbegin(); it != history.crend(); ++it)
            html +=
                QStringLiteral("<p><b>%1</b>%2 — %3<br>%4</p>")
                    .arg(BritishDate::mediumDate(it->on).toHtmlEscaped(),
                         it->status.isEmpty() ? QString()
                                              : QStringLiteral(" · ") +
                                                    ActionRepository::statusName(it->status).toHtmlEscaped(),
                         it->author.toHtmlEscaped(), it->note.toHtmlEscaped());
    } catch (const StoreError& e) {
        html += QStringLiteral("<p>%1</p>").arg(e.message().toHtmlEscaped());
    }
    m_ui->actionHistory->setHtml(html);
}

void ActionsPage::addUpdate()
{
    const int r = currentRow();
    if (r < 0)
        return;
    const auto a = m_model->row(r);
    QDialog dialog(this);
    Ui::ActionUpdateDialog form; // the layout: ui/ActionUpdateDialog.ui
    form.setupUi(&dialog);
    dialog.setWindowTitle(tr("Add Update to %1").arg(a.reference));
    QDateEdit* on = form.updateDate;
    on->setLocale(Translations::dateLocale()); // "Sep" (never "Sept"), or Welsh names
    on->setDate(today());
    QComboBox* status = form.updateStatus;
    for (const QString& s : ActionRepository::statuses())
        status->addItem(ActionRepository::statusName(s), s);
    status->setCurrentIndex(qMax(0, status->findData(a.status)));
    QPlainTextEdit* note = form.updateNote;
    note->setFocus();
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        const QString chosen = status->currentData().toString();
        ActionRepository(context().db())
            .addUpdate(a.id, on->date(), chosen == a.status ? QString() : chosen, note->toPlainText());
    } catch (const StoreError& e) {
        QMessageBox::warning(this, tr("Add Update"), e.message());
        return;
    }
    m_model->reloadRow(r);
    context().notifyDataChanged();
}

ChaseLetters::Context ActionsPage::chaseContext() const
{
    ChaseLetters::Context c;
    const qint64 committee = m_ui->committeeFilter->currentData().toLongLong();
    c.committee = committee > 0 ? m_ui->committeeFilter->currentText() : QString();
    c.today = today();
    if (committee > 0) {
        const qint64 id = ContextRepository(context().db()).currentMeeting(committee, today());
        for (const auto& m : ContextRepository(context().db()).meetings(committee))
            if (m.id == id && m.startsAt.date() >= today())
                c.nextMeeting = m.startsAt.date();
    }
    const UserRepository::Person me = UserRepository(context().db()).signedInPerson();
    c.from = {me.name.isEmpty() ? context().db().login() : me.name, me.jobTitle, me.organisation, me.email};
    return c;
}

void ActionsPage::chase()
{
    const qint64 committee = m_ui->committeeFilter->currentData().toLongLong();
    try {
        const auto groups = ActionRepository(context().db()).chaseList(committee, today());
        ChaseDialog dialog(groups, chaseContext(), this);
        dialog.exec();
    } catch (const StoreError& e) {
        QMessageBox::warning(this, tr("Chase"), e.message());
    }
}

Page* createActionsPage(AppContext& context, QWidget* parent)
{
    return new ActionsPage(context, parent);
}

int actionsBadge(AppContext& context)
{
    return overdueCount(context, QDate::currentDate());
}
