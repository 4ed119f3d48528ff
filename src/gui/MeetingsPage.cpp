// Meetings: the committee's meetings, newest first; for the chosen one its agenda with minutes,
// numbered resolutions and the actions beneath, and its attendance.
#include "Page.h"
#include "core/BritishDate.h"
#include "store/ContextRepository.h"
#include "store/Database.h"

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int IdRole = Qt::UserRole + 1;

class MeetingsPage : public Page
{
    Q_OBJECT
public:
    MeetingsPage(AppContext& context, QWidget* parent) : Page(context, parent)
    {
        auto* layout = new QVBoxLayout(this);
        auto* splitter = new QSplitter(this);
        m_meetings = new QListWidget(splitter);
        m_meetings->setObjectName(QStringLiteral("meetingList"));
        m_meetings->setAccessibleName(tr("Meetings, newest first"));
        auto* right = new QWidget(splitter);
        auto* rl = new QVBoxLayout(right);
        rl->setContentsMargins(0, 0, 0, 0);
        m_heading = new QLabel(right);
        m_heading->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: 600;"));
        m_heading->setWordWrap(true);
        rl->addWidget(m_heading);
        m_tabs = new QTabWidget(right);
        auto* itemsTab = new QSplitter(Qt::Vertical, m_tabs);
        m_items = new QTreeWidget(itemsTab);
        m_items->setObjectName(QStringLiteral("agendaTree"));
        m_items->setHeaderLabels({tr("Minute"), tr("Item, resolution or action"), tr("Owner")});
        m_items->header()->setSectionResizeMode(1, QHeaderView::Stretch);
        m_items->setWordWrap(true);
        m_text = new QTextBrowser(itemsTab);
        itemsTab->addWidget(m_items);
        itemsTab->addWidget(m_text);
        itemsTab->setStretchFactor(0, 2);
        itemsTab->setStretchFactor(1, 1);
        m_tabs->addTab(itemsTab, tr("&Items"));
        m_attendance = new QTableWidget(m_tabs);
        m_attendance->setObjectName(QStringLiteral("attendanceTable"));
        m_attendance->setColumnCount(3);
        m_attendance->setHorizontalHeaderLabels({tr("Name"), tr("Attendance"), tr("Capacity")});
        m_attendance->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        m_attendance->verticalHeader()->hide();
        m_attendance->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_tabs->addTab(m_attendance, tr("&Attendance"));
        rl->addWidget(m_tabs, 1);
        splitter->addWidget(m_meetings);
        splitter->addWidget(right);
        splitter->setStretchFactor(1, 3);
        layout->addWidget(splitter);

        connect(m_meetings, &QListWidget::currentRowChanged, this, [this] { showMeeting(); });
        connect(m_items, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
            m_text->setPlainText(item ? item->data(0, Qt::UserRole + 2).toString() : QString());
        });
        connect(&context, &AppContext::committeeChanged, this, &MeetingsPage::refresh);
        connect(&context, &AppContext::meetingChanged, this, [this](qint64 id) { selectMeeting(id); });
        refresh();
    }

    QString title() const override { return tr("Meetings"); }

    void refresh() override
    {
        const qint64 current = m_meetings->currentItem() ? m_meetings->currentItem()->data(IdRole).toLongLong() : context().meetingId();
        QSignalBlocker block(m_meetings);
        m_meetings->clear();
        try {
            for (const auto& m : ContextRepository(context().db()).meetings(context().committeeId())) {
                auto* item = new QListWidgetItem(QStringLiteral("%1\n%2").arg(BritishDate::longDate(m.startsAt.date()), m.status), m_meetings);
                item->setData(IdRole, m.id);
            }
        } catch (const StoreError& e) {
            m_heading->setText(e.message());
        }
        block.unblock();
        selectMeeting(current);
    }

    void reveal(const QVariantMap& target) override
    {
        selectMeeting(target.value(QStringLiteral("meeting")).toLongLong());
        const qint64 item = target.value(QStringLiteral("item")).toLongLong();
        m_tabs->setCurrentIndex(0);
        for (int i = 0; i < m_items->topLevelItemCount(); ++i)
            if (m_items->topLevelItem(i)->data(0, IdRole).toLongLong() == item) {
                m_items->setCurrentItem(m_items->topLevelItem(i));
                m_items->scrollToItem(m_items->topLevelItem(i));
            }
    }

private:
    void selectMeeting(qint64 id)
    {
        for (int i = 0; i < m_meetings->count(); ++i)
            if (m_meetings->item(i)->data(IdRole).toLongLong() == id) {
                m_meetings->setCurrentRow(i);
                return;
            }
        if (m_meetings->currentRow() < 0 && m_meetings->count() > 0)
            m_meetings->setCurrentRow(0);
        else
            showMeeting();
    }

    void showMeeting()
    {
        m_items->clear();
        m_attendance->setRowCount(0);
        m_text->clear();
        QListWidgetItem* current = m_meetings->currentItem();
        if (!current) {
            m_heading->setText(tr("This committee has no meetings recorded."));
            return;
        }
        const qint64 id = current->data(IdRole).toLongLong();
        m_heading->setText(current->text().section(QLatin1Char('\n'), 0, 0));
        try {
            ContextRepository repo(context().db());
            for (const auto& it : repo.items(id)) {
                auto* top = new QTreeWidgetItem(m_items, {it.number, it.title + (it.exempt ? tr("  [Part 2 – exempt]") : QString()),
                                                          it.reportRefs});
                top->setData(0, IdRole, it.id);
                top->setData(0, Qt::UserRole + 2, it.text);
                QFont f = top->font(1);
                f.setBold(true);
                top->setFont(1, f);
                if (it.exempt)
                    top->setToolTip(1, tr("Exempt from publication (Part 2)"));
                for (const auto& r : it.resolutions) {
                    auto* res = new QTreeWidgetItem(top, {QString(), tr("Resolved (%1): %2").arg(r.first).arg(r.second)});
                    res->setData(0, Qt::UserRole + 2, r.second);
                }
                for (const auto& a : it.actions) {
                    auto* act = new QTreeWidgetItem(top, {QString(), tr("ACTION: %1").arg(a.first), a.second});
                    act->setData(0, Qt::UserRole + 2, a.first);
                }
            }
            m_items->expandAll();
            m_items->resizeColumnToContents(0);
            const auto people = repo.attendance(id);
            m_attendance->setRowCount(int(people.size()));
            for (int r = 0; r < people.size(); ++r) {
                m_attendance->setItem(r, 0, new QTableWidgetItem(people.at(r).name));
                m_attendance->setItem(r, 1, new QTableWidgetItem(people.at(r).status));
                m_attendance->setItem(r, 2, new QTableWidgetItem(people.at(r).capacity));
            }
        } catch (const StoreError& e) {
            m_heading->setText(e.message());
        }
    }

    QListWidget* m_meetings;
    QLabel* m_heading;
    QTabWidget* m_tabs;
    QTreeWidget* m_items;
    QTextBrowser* m_text;
    QTableWidget* m_attendance;
};

} // namespace

Page* createMeetingsPage(AppContext& context, QWidget* parent) { return new MeetingsPage(context, parent); }

#include "MeetingsPage.moc"
