// The action log: every action of every meeting, filtered in the store, fetched a page at a time,
// overdue rows marked with ⚠ and a colour, status changed in place with a dated progress note,
// the history beside the table, and "Chase…" for the overdue actions by owner.
#include "Accessible.h"
#include "ActionLogModel.h"
#include "ChaseDialog.h"
#include "Page.h"
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
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>
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

class ActionsPage : public Page
{
    Q_OBJECT
public:
    ActionsPage(AppContext& context, QWidget* parent) : Page(context, parent)
    {
        auto* layout = new QVBoxLayout(this);
        // Two rows, so that the page fits a 1024 px window: who and where, then which.
        auto* filters = new QHBoxLayout;
        auto* which = new QHBoxLayout;
        m_committee = new QComboBox(this);
        m_committee->setObjectName(QStringLiteral("committeeFilter"));
        m_meeting = new QComboBox(this);
        m_meeting->setObjectName(QStringLiteral("meetingFilter"));
        m_owner = new QComboBox(this);
        m_owner->setObjectName(QStringLiteral("ownerFilter"));
        m_status = new QComboBox(this);
        m_status->setObjectName(QStringLiteral("statusFilter"));
        m_status->addItem(tr("Any status"), QString());
        m_status->addItem(tr("Outstanding"), QStringLiteral("outstanding"));
        for (const QString& s : ActionRepository::statuses())
            m_status->addItem(ActionRepository::statusName(s), s);
        m_overdue = new QCheckBox(tr("&Overdue"), this);
        m_overdue->setObjectName(QStringLiteral("overdueFilter"));
        m_soon = new QCheckBox(tr("Due in &14 days"), this);
        m_soon->setObjectName(QStringLiteral("dueSoonFilter"));
        auto label = [this](const QString& text, QWidget* buddy) {
            auto* l = new QLabel(text, this);
            l->setBuddy(buddy);
            return l;
        };
        // Long names are elided in the boxes (their lists show them whole): the page fits 1024 px.
        for (QComboBox* box : {m_committee, m_owner}) {
            box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            box->setMinimumContentsLength(14);
        }
        m_meeting->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_meeting->setMinimumContentsLength(11);
        filters->addWidget(label(tr("Comm&ittee:"), m_committee));
        filters->addWidget(m_committee, 2);
        filters->addWidget(label(tr("Meeti&ng:"), m_meeting));
        filters->addWidget(m_meeting, 1);
        filters->addWidget(label(tr("O&wner:"), m_owner));
        filters->addWidget(m_owner, 2);
        which->addWidget(label(tr("&Status:"), m_status));
        which->addWidget(m_status);
        which->addWidget(m_overdue);
        which->addWidget(m_soon);
        which->addStretch(1);
        auto* chase = new QPushButton(tr("Chase…"), this);
        chase->setObjectName(QStringLiteral("chaseButton"));
        chase->setToolTip(tr("The overdue actions by owner: a printable list and an e-mail draft per owner"));
        which->addWidget(chase);
        layout->addLayout(filters);
        layout->addLayout(which);

        auto* split = new QSplitter(this);
        m_split = split;
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
        m_table = new QTableView(split);
        m_table->setObjectName(QStringLiteral("actionLog"));
        Accessible::nameAfter(m_table, tr("Action log"));
        m_table->setModel(m_model);
        m_table->setItemDelegateForColumn(ActionLogModel::Status, new StatusDelegate(m_table));
        m_table->setItemDelegateForColumn(
            ActionLogModel::Owner,
            new OwnerDelegate([this] { return MinutesRepository(this->context().db()).knownOwners(); },
                              m_table));
        m_table->setItemDelegateForColumn(ActionLogModel::Due, new DueDelegate(m_table));
        m_model->setUndoStack(context.undoStack(PageId::Actions));
        m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                 QAbstractItemView::SelectedClicked);
        m_table->setSortingEnabled(true);
        m_table->horizontalHeader()->setSortIndicator(ActionLogModel::Meeting, Qt::DescendingOrder);
        m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_table->setSelectionMode(QAbstractItemView::SingleSelection);
        m_table->verticalHeader()->hide();
        m_table->setWordWrap(false);
        auto* header = m_table->horizontalHeader();
        header->setSectionResizeMode(QHeaderView::Interactive);
        header->setSectionResizeMode(ActionLogModel::Action, QHeaderView::Stretch);
        header->resizeSection(ActionLogModel::Reference, 80);
        header->resizeSection(ActionLogModel::Owner, 150);
        for (int c : {ActionLogModel::Due, ActionLogModel::Status, ActionLogModel::LastUpdate,
                      ActionLogModel::Meeting})
            header->resizeSection(c, 95);
        header->resizeSection(ActionLogModel::Committee, 120);

        auto* detail = new QWidget(split);
        auto* dl = new QVBoxLayout(detail);
        dl->setContentsMargins(0, 0, 0, 0);
        m_detail = new QTextBrowser(detail);
        m_detail->setObjectName(QStringLiteral("actionHistory"));
        Accessible::nameAfter(m_detail, tr("Progress history"));
        m_addUpdate = new QPushButton(tr("Add &Update…"), detail);
        m_addUpdate->setObjectName(QStringLiteral("addUpdateButton"));
        dl->addWidget(m_detail, 1);
        dl->addWidget(m_addUpdate);
        split->addWidget(m_table);
        split->addWidget(detail);
        split->setStretchFactor(0, 3);
        split->setStretchFactor(1, 1);
        layout->addWidget(split, 1);
        m_count = new QLabel(this);
        m_count->setObjectName(QStringLiteral("actionCount"));
        m_count->setWordWrap(true);
        layout->addWidget(m_count);

        connect(m_committee, &QComboBox::currentIndexChanged, this, [this] { fitColumns(); });
        connect(m_committee, &QComboBox::currentIndexChanged, this, [this] {
            fillMeetingsAndOwners();
            apply();
        });
        // A filter the person changes ends a view opened from the dashboard (actions completed between
        // two meetings).
        const auto chosen = [this] {
            m_completedAfter = m_completedBy = QDate();
            apply();
        };
        for (QComboBox* box : {m_meeting, m_owner, m_status})
            connect(box, &QComboBox::currentIndexChanged, this, chosen);
        for (QCheckBox* box : {m_overdue, m_soon})
            connect(box, &QCheckBox::toggled, this, chosen);
        connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &ActionsPage::showDetail);
        connect(m_model, &QAbstractItemModel::modelReset, this, &ActionsPage::showDetail);
        connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
            showDetail();
            updateCount();
        });
        connect(m_model, &ActionLogModel::errorOccurred, this,
                [this](const QString& message) { QMessageBox::warning(this, tr("Action Log"), message); });
        connect(m_addUpdate, &QPushButton::clicked, this, &ActionsPage::addUpdate);
        connect(chase, &QPushButton::clicked, this, &ActionsPage::chase);

        m_exportAction = new QAction(tr("&Export Action Log…"), this);
        m_exportAction->setObjectName(QStringLiteral("exportActionLogAction"));
        m_exportAction->setStatusTip(
            tr("Save the actions the filters select as an Excel workbook or CSV file"));
        connect(m_exportAction, &QAction::triggered, this, [this] { exportLog(); });
        m_chaseAction = new QAction(tr("&Chase Overdue Actions…"), this);
        connect(m_chaseAction, &QAction::triggered, this, &ActionsPage::chase);
        connect(&context, &AppContext::dataChanged, this, &Page::invalidate);
    }

    QString title() const override { return tr("Actions"); }
    QString menuTitle() const override { return tr("&Actions"); }
    QList<QAction*> menuActions() const override { return {m_exportAction, m_chaseAction}; }

public slots:
    // Writes what the filters select, in the log's order, to `path` (.xlsx or .csv by its suffix).
    // Returns false with a message box (unless the "quiet" property is set) when it cannot.
    bool exportLog(QString path = QString())
    {
        if (path.isEmpty()) {
            const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
            path = QFileDialog::getSaveFileName(
                this, tr("Export Action Log"),
                folder + QLatin1Char('/') + tr("Action log %1.xlsx").arg(today().toString(Qt::ISODate)),
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
                m_count->setText((
                    rows.size() == 1
                        ? tr("1 action saved to %1").arg(QDir::toNativeSeparators(path))
                        : tr("%1 actions saved to %2").arg(rows.size()).arg(QDir::toNativeSeparators(path))));
        } catch (const StoreError& e) {
            error = e.message();
        }
        if (!done && !property("quiet").toBool())
            QMessageBox::warning(this, tr("Export Action Log"), error);
        return done;
    }

public:
    // Overdue today for the committee chosen at the top, counted when asked, so that the side bar is
    // right after every change of committee (whether or not this page has been refreshed since).
    int badge() const override
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

    // "Today" for overdue: the referenceDate property when set (tests), else the current date.
    QDate today() const
    {
        const QDate d = property("referenceDate").toDate();
        return d.isValid() ? d : QDate::currentDate();
    }

    // The action's words get the room: on a narrow window the columns a person can do without
    // (which committee, when one is chosen; the last update, said in the history beside; the
    // meeting, in the reference) give way, widest window first.
    void fitColumns()
    {
        const int width = m_table->viewport()->width();
        auto* header = m_table->horizontalHeader();
        const bool oneCommittee = m_committee->currentData().toLongLong() != 0;
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

    void resizeEvent(QResizeEvent* event) override
    {
        Page::resizeEvent(event);
        // On a narrow window the progress history goes under the log, which then has the width.
        const Qt::Orientation orientation = width() < 900 ? Qt::Vertical : Qt::Horizontal;
        if (m_split->orientation() != orientation) {
            m_split->setOrientation(orientation);
            m_split->setSizes(orientation == Qt::Vertical ? QList<int>{3 * height() / 4, height() / 4}
                                                          : QList<int>{3 * width() / 4, width() / 4});
        }
        QTimer::singleShot(0, this, [this] { fitColumns(); });
    }

    void reload() override
    {
        try {
            const qint64 current =
                m_committee->count() ? m_committee->currentData().toLongLong() : context().committeeId();
            QSignalBlocker block(m_committee);
            m_committee->clear();
            m_committee->addItem(tr("Every committee"), 0);
            for (const auto& c : ContextRepository(context().db()).committees())
                m_committee->addItem(c.name, c.id);
            m_committee->setCurrentIndex(qMax(0, m_committee->findData(current)));
            m_overdueCount = overdueCount(context(), today());
        } catch (const StoreError& e) {
            m_count->setText(e.message());
        }
        fillMeetingsAndOwners();
        apply();
        emit badgeChanged();
    }

    void reveal(const QVariantMap& target) override
    {
        // A filtered view ({"committee": id, "status": "done", "overdue": true}), e.g. from the
        // dashboard's "actions completed" line.
        if (target.contains(QStringLiteral("status")) || target.contains(QStringLiteral("overdue"))) {
            QSignalBlocker b1(m_committee), b2(m_meeting), b3(m_owner), b4(m_status), b5(m_overdue),
                b6(m_soon);
            m_committee->setCurrentIndex(
                qMax(0, m_committee->findData(target.value(QStringLiteral("committee")).toLongLong())));
            fillMeetingsAndOwners();
            m_meeting->setCurrentIndex(0);
            m_owner->setCurrentIndex(0);
            m_status->setCurrentIndex(
                qMax(0, m_status->findData(target.value(QStringLiteral("status")).toString())));
            m_overdue->setChecked(target.value(QStringLiteral("overdue")).toBool());
            m_soon->setChecked(false);
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
                    m_table->selectRow(r);
                    m_table->scrollTo(m_model->index(r, 0));
                    return;
                }
            }
            // Hidden by a filter: clear the filters and look again.
            QSignalBlocker b1(m_committee), b2(m_meeting), b3(m_owner), b4(m_status), b5(m_overdue),
                b6(m_soon);
            m_committee->setCurrentIndex(0);
            fillMeetingsAndOwners();
            m_meeting->setCurrentIndex(0);
            m_owner->setCurrentIndex(0);
            m_status->setCurrentIndex(0);
            m_overdue->setChecked(false);
            m_soon->setChecked(false);
            apply();
        }
    }

private:
    void fillMeetingsAndOwners()
    {
        const qint64 committee = m_committee->currentData().toLongLong();
        const qint64 meeting = m_meeting->currentData().toLongLong();
        const QString owner = m_owner->currentData().toString();
        QSignalBlocker b1(m_meeting), b2(m_owner);
        m_meeting->clear();
        m_meeting->addItem(tr("Any meeting"), 0);
        m_owner->clear();
        m_owner->addItem(tr("Anyone"), QString());
        try {
            if (committee > 0)
                for (const auto& m : ContextRepository(context().db()).meetings(committee))
                    m_meeting->addItem(BritishDate::shortDate(m.startsAt.date()), m.id);
            for (const QString& o : ActionRepository(context().db()).owners(committee))
                m_owner->addItem(o, o);
        } catch (const StoreError& e) {
            m_count->setText(e.message());
        }
        m_meeting->setEnabled(committee > 0);
        m_meeting->setToolTip(committee > 0 ? QString()
                                            : tr("Choose a committee to filter by one of its meetings"));
        m_meeting->setCurrentIndex(qMax(0, m_meeting->findData(meeting)));
        m_owner->setCurrentIndex(qMax(0, m_owner->findData(owner)));
    }

    void apply()
    {
        ActionRepository::Filter f = m_model->filter();
        f.committeeId = m_committee->currentData().toLongLong();
        f.meetingId = m_meeting->currentData().toLongLong();
        f.owner = m_owner->currentData().toString();
        f.status = m_status->currentData().toString();
        f.overdueOnly = m_overdue->isChecked();
        f.dueSoonOnly = m_soon->isChecked();
        f.completedAfter = m_completedAfter;
        f.completedBy = m_completedBy;
        f.today = today();
        m_model->setFilter(f);
        const bool mayUpdate = context().db().mayWrite(QStringLiteral("action_updates"));
        m_addUpdate->setVisible(mayUpdate);
        updateCount();
    }

    void updateCount()
    {
        const QString range = m_completedAfter.isValid()
                                  ? tr("completed after %1 and by %2")
                                            .arg(BritishDate::shortDate(m_completedAfter),
                                                 BritishDate::shortDate(m_completedBy)) +
                                        QStringLiteral(" · ")
                                  : QString();
        m_count->setText(range +
                         (m_model->totalCount() == 1 ? tr("1 action shown")
                                                     : tr("%1 actions shown").arg(m_model->totalCount())) +
                         QStringLiteral(" · ") +
                         tr("%n overdue for the chosen committee (marked ⚠)", nullptr, m_overdueCount) +
                         QStringLiteral(" · ") + tr("as at %1").arg(BritishDate::longDate(today())));
    }

    int currentRow() const
    {
        const QModelIndex i = m_table->currentIndex();
        return i.isValid() ? i.row() : -1;
    }

    void showDetail()
    {
        const int r = currentRow();
        m_addUpdate->setEnabled(r >= 0);
        if (r < 0 || r >= m_model->rowCount()) {
            m_detail->setHtml(QStringLiteral("<p>%1</p>")
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
                         (a.isOverdue(today())
                              ? QStringLiteral(" <b>⚠ %1</b>").arg(tr("overdue").toHtmlEscaped())
                              : QString()),
                     tr("Raised at the meeting of %1")
                         .arg(BritishDate::longDate(a.meetingDate))
                         .toHtmlEscaped());
        html += QStringLiteral("<h4>%1</h4>").arg(tr("Progress").toHtmlEscaped());
        try {
            const auto history = ActionRepository(context().db()).history(a.id);
            if (history.isEmpty())
                html += QStringLiteral("<p>%1</p>").arg(tr("No update recorded yet.").toHtmlEscaped());
            for (auto it = history.crbegin(); it != history.crend(); ++it)
                html += QStringLiteral("<p><b>%1</b>%2 — %3<br>%4</p>")
                            .arg(BritishDate::mediumDate(it->on).toHtmlEscaped(),
                                 it->status.isEmpty()
                                     ? QString()
                                     : QStringLiteral(" · ") +
                                           ActionRepository::statusName(it->status).toHtmlEscaped(),
                                 it->author.toHtmlEscaped(), it->note.toHtmlEscaped());
        } catch (const StoreError& e) {
            html += QStringLiteral("<p>%1</p>").arg(e.message().toHtmlEscaped());
        }
        m_detail->setHtml(html);
    }

    void addUpdate()
    {
        const int r = currentRow();
        if (r < 0)
            return;
        const auto a = m_model->row(r);
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Add Update to %1").arg(a.reference));
        auto* form = new QFormLayout(&dialog);
        auto* on = new QDateEdit(today(), &dialog);
        on->setLocale(Translations::dateLocale()); // "Sep" (never "Sept"), or Welsh names
        on->setDisplayFormat(QStringLiteral("d MMM yyyy"));
        on->setCalendarPopup(true);
        auto* status = new QComboBox(&dialog);
        for (const QString& s : ActionRepository::statuses())
            status->addItem(ActionRepository::statusName(s), s);
        status->setCurrentIndex(qMax(0, status->findData(a.status)));
        auto* note = new QPlainTextEdit(&dialog);
        note->setTabChangesFocus(true);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        form->addRow(tr("&Date:"), on);
        form->addRow(tr("&Status:"), status);
        form->addRow(tr("&Note:"), note);
        form->addRow(buttons);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
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

public:
    // What the chase letters share: the committee the filter chose (none: every committee), the
    // date, its next meeting, and the signed-in clerk who signs them.
    ChaseLetters::Context chaseContext() const
    {
        ChaseLetters::Context c;
        const qint64 committee = m_committee->currentData().toLongLong();
        c.committee = committee > 0 ? m_committee->currentText() : QString();
        c.today = today();
        if (committee > 0) {
            const qint64 id = ContextRepository(context().db()).currentMeeting(committee, today());
            for (const auto& m : ContextRepository(context().db()).meetings(committee))
                if (m.id == id && m.startsAt.date() >= today())
                    c.nextMeeting = m.startsAt.date();
        }
        const UserRepository::Person me = UserRepository(context().db()).signedInPerson();
        c.from = {me.name.isEmpty() ? context().db().login() : me.name, me.jobTitle, me.organisation,
                  me.email};
        return c;
    }

private:
    void chase()
    {
        const qint64 committee = m_committee->currentData().toLongLong();
        try {
            const auto groups = ActionRepository(context().db()).chaseList(committee, today());
            ChaseDialog dialog(groups, chaseContext(), this);
            dialog.exec();
        } catch (const StoreError& e) {
            QMessageBox::warning(this, tr("Chase"), e.message());
        }
    }

    ActionLogModel* m_model;
    QAction* m_exportAction;
    QAction* m_chaseAction;
    QTableView* m_table;
    QSplitter* m_split = nullptr;
    QComboBox* m_committee;
    QComboBox* m_meeting;
    QComboBox* m_owner;
    QComboBox* m_status;
    QCheckBox* m_overdue;
    QCheckBox* m_soon;
    QTextBrowser* m_detail;
    QPushButton* m_addUpdate;
    QLabel* m_count;
    int m_overdueCount = 0;
    QDate m_completedAfter, m_completedBy; // a view of the actions completed between two meetings
};

} // namespace

Page* createActionsPage(AppContext& context, QWidget* parent)
{
    return new ActionsPage(context, parent);
}

int actionsBadge(AppContext& context)
{
    return overdueCount(context, QDate::currentDate());
}

#include "ActionsPage.moc"
