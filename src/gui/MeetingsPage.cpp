// Meetings: the committee's meetings, newest first; for the chosen one its agenda with minutes,
// numbered resolutions and the actions beneath, and its attendance.
#include "Accessible.h"
#include "Page.h"
#include "core/BritishDate.h"
#include "store/ContextRepository.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace {

constexpr int IdRole = Qt::UserRole + 1;

QString statusName(const QString& status)
{
    if (status == QLatin1String("scheduled"))
        return QCoreApplication::translate("MeetingsPage", "Scheduled");
    if (status == QLatin1String("held"))
        return QCoreApplication::translate("MeetingsPage", "Held, minutes to approve");
    if (status == QLatin1String("approved") || status == QLatin1String("minutes approved"))
        return QCoreApplication::translate("MeetingsPage", "Minutes approved");
    return status;
}

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
        m_meetings->setSpacing(3);
        m_meetings->setAlternatingRowColors(true);
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
        m_items->setHeaderLabels({tr("Minute"), tr("Item, resolution or action"), tr("Owner or report")});
        m_items->header()->setSectionResizeMode(1, QHeaderView::Stretch);
        // The minute number and the owner as wide as they need, the rest for the title.
        m_items->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
        m_items->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
        m_items->header()->setStretchLastSection(false);
        m_items->setWordWrap(true);
        m_text = new QTextBrowser(itemsTab);
        m_text->setPlaceholderText(tr("Choose an item to read its minutes."));
        itemsTab->addWidget(m_items);
        itemsTab->addWidget(m_text);
        itemsTab->setStretchFactor(0, 2);
        itemsTab->setStretchFactor(1, 1);
        m_tabs->addTab(itemsTab, tr("&Items"));
        Accessible::nameAfter(m_items, tr("&Items"));
        Accessible::nameAfter(m_text, tr("Minutes of the chosen item"));
        m_attendance = new QTableWidget(m_tabs);
        m_attendance->setObjectName(QStringLiteral("attendanceTable"));
        m_attendance->setColumnCount(3);
        m_attendance->setHorizontalHeaderLabels({tr("Name"), tr("Attendance"), tr("Capacity")});
        m_attendance->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        m_attendance->verticalHeader()->hide();
        m_attendance->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_tabs->addTab(m_attendance, tr("Atte&ndance"));
        auto* docsTab = new QWidget(m_tabs);
        auto* dl = new QVBoxLayout(docsTab);
        m_documents = new QTableWidget(docsTab);
        m_documents->setObjectName(QStringLiteral("documentTable"));
        m_documents->setColumnCount(5);
        m_documents->setHorizontalHeaderLabels(
            {tr("File"), tr("Kind"), tr("Pages"), tr("Size"), tr("Kept since")});
        m_documents->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        m_documents->verticalHeader()->hide();
        m_documents->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_documents->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_documents->setSelectionMode(QAbstractItemView::SingleSelection);
        m_documents->setAccessibleName(tr("Documents kept with the meeting"));
        dl->addWidget(m_documents, 1);
        auto* buttons = new QHBoxLayout;
        m_noDocuments = new QLabel(docsTab);
        m_noDocuments->setWordWrap(true);
        buttons->addWidget(m_noDocuments, 1);
        auto* open = new QPushButton(tr("&Open"), docsTab);
        auto* save = new QPushButton(tr("Save a Cop&y…"), docsTab);
        buttons->addWidget(open);
        buttons->addWidget(save);
        dl->addLayout(buttons);
        m_tabs->addTab(docsTab, tr("&Documents"));
        connect(open, &QPushButton::clicked, this, [this] { openDocument(); });
        connect(m_documents, &QTableWidget::cellActivated, this, [this] { openDocument(); });
        connect(save, &QPushButton::clicked, this, [this] { saveDocument(); });
        rl->addWidget(m_tabs, 1);
        splitter->addWidget(m_meetings);
        splitter->addWidget(right);
        splitter->setStretchFactor(1, 3);
        layout->addWidget(splitter);

        connect(m_meetings, &QListWidget::currentRowChanged, this, [this] { showMeeting(); });
        connect(m_items, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
            m_text->setPlainText(item ? item->data(0, Qt::UserRole + 2).toString() : QString());
        });
        connect(&context, &AppContext::committeeChanged, this, &Page::invalidate);
        // The meeting chosen at the top is shown; until the page is loaded, its load does that.
        connect(&context, &AppContext::meetingChanged, this, [this](qint64 id) {
            if (isLoaded())
                selectMeeting(id);
        });
    }

    QString title() const override { return tr("Meetings"); }

    void reload() override
    {
        const qint64 current = m_meetings->currentItem()
                                   ? m_meetings->currentItem()->data(IdRole).toLongLong()
                                   : context().meetingId();
        QSignalBlocker block(m_meetings);
        m_meetings->clear();
        try {
            for (const auto& m : ContextRepository(context().db()).meetings(context().committeeId())) {
                auto* item =
                    new QListWidgetItem(QStringLiteral("%1\n%2").arg(BritishDate::longDate(m.startsAt.date()),
                                                                     statusName(m.status)),
                                        m_meetings);
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

public slots:
    // Writes the selected document's original bytes to `path`; false (with the reason in `error`)
    // when there is no selection, nothing was kept, or the file cannot be written.
    bool writeDocument(const QString& path, QString* error) const
    {
        const QTableWidgetItem* item = m_documents->item(m_documents->currentRow(), 0);
        if (!item) {
            *error = tr("Choose a document in the list first.");
            return false;
        }
        const QByteArray bytes =
            ContextRepository(context().db()).documentBytes(item->data(IdRole).toLongLong());
        if (bytes.isEmpty()) {
            *error =
                tr("Only the details of %1 were kept, not the file itself. Import it again to keep a copy.")
                    .arg(item->text());
            return false;
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            *error = tr("%1 could not be written (%2). Choose another folder, or free some space.")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
            return false;
        }
        return true;
    }

private:
    QString selectedDocumentName() const
    {
        const QTableWidgetItem* item = m_documents->item(m_documents->currentRow(), 0);
        return item ? item->text() : QString();
    }

    void openDocument()
    {
        const QString name = selectedDocumentName();
        QString error;
        const QString folder =
            QStandardPaths::writableLocation(QStandardPaths::TempLocation) + QStringLiteral("/Scrutineer");
        QDir().mkpath(folder);
        const QString path = QDir(folder).filePath(name.isEmpty() ? QStringLiteral("document.pdf")
                                                                  : QFileInfo(name).fileName());
        if (!writeDocument(path, &error)) {
            QMessageBox::warning(this, tr("Open Document"), error);
            return;
        }
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
            QMessageBox::information(this, tr("Open Document"),
                                     tr("No program is set to open %1. A copy is in %2.")
                                         .arg(name, QDir::toNativeSeparators(path)));
    }

    void saveDocument()
    {
        const QString name = selectedDocumentName();
        if (name.isEmpty()) {
            QMessageBox::information(this, tr("Save a Copy"), tr("Choose a document in the list first."));
            return;
        }
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save a Copy"),
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(QFileInfo(name).fileName()));
        if (path.isEmpty())
            return;
        QString error;
        if (!writeDocument(path, &error))
            QMessageBox::warning(this, tr("Save a Copy"), error);
    }

    void showDocuments(const ContextRepository& repo, qint64 meetingId)
    {
        const auto docs = repo.documents(meetingId);
        m_documents->setRowCount(int(docs.size()));
        for (int r = 0; r < docs.size(); ++r) {
            const auto& d = docs.at(r);
            auto* name = new QTableWidgetItem(d.fileName);
            name->setData(IdRole, d.id);
            m_documents->setItem(r, 0, name);
            m_documents->setItem(r, 1, new QTableWidgetItem(d.kind));
            auto* pages = new QTableWidgetItem(d.pages ? QString::number(d.pages) : QString());
            pages->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_documents->setItem(r, 2, pages);
            auto* size =
                new QTableWidgetItem(d.size ? locale().formattedDataSize(d.size, 0) : tr("not kept"));
            size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_documents->setItem(r, 3, size);
            m_documents->setItem(
                r, 4,
                new QTableWidgetItem(
                    d.importedAt.isValid()
                        ? tr("%1 by %2").arg(BritishDate::shortDate(d.importedAt.date()), d.importedBy)
                        : QString()));
        }
        if (!docs.isEmpty())
            m_documents->selectRow(0);
        m_documents->resizeColumnsToContents();
        m_documents->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        m_noDocuments->setText(docs.isEmpty() ? tr("No documents are kept with this meeting. Minutes "
                                                   "imported from a PDF keep the PDF here.")
                                              : QString());
    }

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
        m_documents->setRowCount(0);
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
                auto* top = new QTreeWidgetItem(
                    m_items, {it.number, it.title + (it.exempt ? tr("  [Part 2 – exempt]") : QString()),
                              it.reportRefs});
                top->setData(0, IdRole, it.id);
                top->setData(0, Qt::UserRole + 2, it.text);
                QFont f = top->font(1);
                f.setBold(true);
                top->setFont(1, f);
                if (it.exempt)
                    top->setToolTip(1, tr("Exempt from publication (Part 2)"));
                for (const auto& r : it.resolutions) {
                    auto* res = new QTreeWidgetItem(
                        top, {QString(), tr("Resolved (%1): %2").arg(r.first).arg(r.second)});
                    res->setData(0, Qt::UserRole + 2, r.second);
                }
                for (const auto& a : it.actions) {
                    auto* act =
                        new QTreeWidgetItem(top, {QString(), tr("ACTION: %1").arg(a.first), a.second});
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
            showDocuments(repo, id);
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
    QTableWidget* m_documents;
    QLabel* m_noDocuments;
};

} // namespace

Page* createMeetingsPage(AppContext& context, QWidget* parent)
{
    return new MeetingsPage(context, parent);
}

#include "MeetingsPage.moc"
