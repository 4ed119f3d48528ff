// Meetings: the committee's meetings, newest first; for the chosen one its agenda with minutes,
// numbered resolutions and the actions beneath, and its attendance. The layout: ui/MeetingsPage.ui.
#include "MeetingsPage.h"

#include "Accessible.h"
#include "core/BritishDate.h"
#include "store/ContextRepository.h"
#include "store/Database.h"
#include "ui_MeetingsPage.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUrl>

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

} // namespace

MeetingsPage::MeetingsPage(AppContext& context, QWidget* parent)
    : Page(context, parent), m_ui(std::make_unique<Ui::MeetingsPage>())
{
    m_ui->setupUi(this); // the layout: ui/MeetingsPage.ui
    QHeaderView* header = m_ui->agendaTree->header();
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    // The minute number and the owner as wide as they need, the rest for the title.
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    Accessible::nameAfter(m_ui->agendaTree, tr("&Items"));
    m_ui->attendanceTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->documentTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    connect(m_ui->openDocument, &QPushButton::clicked, this, [this] { openDocument(); });
    connect(m_ui->documentTable, &QTableWidget::cellActivated, this, [this] { openDocument(); });
    connect(m_ui->saveDocument, &QPushButton::clicked, this, [this] { saveDocument(); });
    connect(m_ui->meetingList, &QListWidget::currentRowChanged, this, [this] { showMeeting(); });
    connect(m_ui->agendaTree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        m_ui->minutesText->setPlainText(item ? item->data(0, Qt::UserRole + 2).toString() : QString());
    });
    connect(&context, &AppContext::committeeChanged, this, &Page::invalidate);
    // The meeting chosen at the top is shown; until the page is loaded, its load does that.
    connect(&context, &AppContext::meetingChanged, this, [this](qint64 id) {
        if (isLoaded())
            selectMeeting(id);
    });
}

MeetingsPage::~MeetingsPage() = default;

QString MeetingsPage::title() const
{
    return tr("Meetings");
}

void MeetingsPage::reload()
{
    const qint64 current = m_ui->meetingList->currentItem()
                               ? m_ui->meetingList->currentItem()->data(IdRole).toLongLong()
                               : context().meetingId();
    QSignalBlocker block(m_ui->meetingList);
    m_ui->meetingList->clear();
    try {
        for (const auto& m : ContextRepository(context().db()).meetings(context().committeeId())) {
            auto* item = new QListWidgetItem(
                QStringLiteral("%1\n%2").arg(BritishDate::longDate(m.startsAt.date()), statusName(m.status)),
                m_ui->meetingList);
            item->setData(IdRole, m.id);
        }
    } catch (const StoreError& e) {
        m_ui->heading->setText(e.message());
    }
    block.unblock();
    selectMeeting(current);
}

void MeetingsPage::reveal(const QVariantMap& target)
{
    selectMeeting(target.value(QStringLiteral("meeting")).toLongLong());
    const qint64 item = target.value(QStringLiteral("item")).toLongLong();
    m_ui->tabs->setCurrentIndex(0);
    for (int i = 0; i < m_ui->agendaTree->topLevelItemCount(); ++i)
        if (m_ui->agendaTree->topLevelItem(i)->data(0, IdRole).toLongLong() == item) {
            m_ui->agendaTree->setCurrentItem(m_ui->agendaTree->topLevelItem(i));
            m_ui->agendaTree->scrollToItem(m_ui->agendaTree->topLevelItem(i));
        }
}

bool MeetingsPage::writeDocument(const QString& path, QString* error) const
{
    const QTableWidgetItem* item = m_ui->documentTable->item(m_ui->documentTable->currentRow(), 0);
    if (!item) {
        *error = tr("Choose a document in the list first.");
        return false;
    }
    const QByteArray bytes = ContextRepository(context().db()).documentBytes(item->data(IdRole).toLongLong());
    if (bytes.isEmpty()) {
        *error = tr("Only the details of %1 were kept, not the file itself. Import it again to keep a copy.")
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

QString MeetingsPage::selectedDocumentName() const
{
    const QTableWidgetItem* item = m_ui->documentTable->item(m_ui->documentTable->currentRow(), 0);
    return item ? item->text() : QString();
}

void MeetingsPage::openDocument()
{
    const QString name = selectedDocumentName();
    QString error;
    const QString folder =
        QStandardPaths::writableLocation(QStandardPaths::TempLocation) + QStringLiteral("/Scrutineer");
    QDir().mkpath(folder);
    const QString path =
        QDir(folder).filePath(name.isEmpty() ? QStringLiteral("document.pdf") : QFileInfo(name).fileName());
    if (!writeDocument(path, &error)) {
        QMessageBox::warning(this, tr("Open Document"), error);
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        QMessageBox::information(
            this, tr("Open Document"),
            tr("No program is set to open %1. A copy is in %2.").arg(name, QDir::toNativeSeparators(path)));
}

void MeetingsPage::saveDocument()
{
    const QString name = selectedDocumentName();
    if (name.isEmpty()) {
        QMessageBox::information(this, tr("Save a Copy"), tr("Choose a document in the list first."));
        return;
    }
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save a Copy"),
                                     QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                         .filePath(QFileInfo(name).fileName()));
    if (path.isEmpty())
        return;
    QString error;
    if (!writeDocument(path, &error))
        QMessageBox::warning(this, tr("Save a Copy"), error);
}

void MeetingsPage::showDocuments(const ContextRepository& repo, qint64 meetingId)
{
    const auto docs = repo.documents(meetingId);
    m_ui->documentTable->setRowCount(int(docs.size()));
    for (int r = 0; r < docs.size(); ++r) {
        const auto& d = docs.at(r);
        auto* name = new QTableWidgetItem(d.fileName);
        name->setData(IdRole, d.id);
        m_ui->documentTable->setItem(r, 0, name);
        m_ui->documentTable->setItem(r, 1, new QTableWidgetItem(d.kind));
        auto* pages = new QTableWidgetItem(d.pages ? QString::number(d.pages) : QString());
        pages->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_ui->documentTable->setItem(r, 2, pages);
        auto* size = new QTableWidgetItem(d.size ? locale().formattedDataSize(d.size, 0) : tr("not kept"));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_ui->documentTable->setItem(r, 3, size);
        m_ui->documentTable->setItem(
            r, 4,
            new QTableWidgetItem(
                d.importedAt.isValid()
                    ? tr("%1 by %2").arg(BritishDate::shortDate(d.importedAt.date()), d.importedBy)
                    : QString()));
    }
    if (!docs.isEmpty())
        m_ui->documentTable->selectRow(0);
    m_ui->documentTable->resizeColumnsToContents();
    m_ui->documentTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->noDocuments->setText(docs.isEmpty() ? tr("No documents are kept with this meeting. Minutes "
                                                   "imported from a PDF keep the PDF here.")
                                              : QString());
}

void MeetingsPage::selectMeeting(qint64 id)
{
    for (int i = 0; i < m_ui->meetingList->count(); ++i)
        if (m_ui->meetingList->item(i)->data(IdRole).toLongLong() == id) {
            m_ui->meetingList->setCurrentRow(i);
            return;
        }
    if (m_ui->meetingList->currentRow() < 0 && m_ui->meetingList->count() > 0)
        m_ui->meetingList->setCurrentRow(0);
    else
        showMeeting();
}

void MeetingsPage::showMeeting()
{
    m_ui->agendaTree->clear();
    m_ui->attendanceTable->setRowCount(0);
    m_ui->documentTable->setRowCount(0);
    m_ui->minutesText->clear();
    QListWidgetItem* current = m_ui->meetingList->currentItem();
    if (!current) {
        m_ui->heading->setText(tr("This committee has no meetings recorded."));
        return;
    }
    const qint64 id = current->data(IdRole).toLongLong();
    m_ui->heading->setText(current->text().section(QLatin1Char('\n'), 0, 0));
    try {
        ContextRepository repo(context().db());
        for (const auto& it : repo.items(id)) {
            auto* top = new QTreeWidgetItem(
                m_ui->agendaTree,
                {it.number, it.title + (it.exempt ? tr("  [Part 2 – exempt]") : QString()), it.reportRefs});
            top->setData(0, IdRole, it.id);
            top->setData(0, Qt::UserRole + 2, it.text);
            QFont f = top->font(1);
            f.setBold(true);
            top->setFont(1, f);
            if (it.exempt)
                top->setToolTip(1, tr("Exempt from publication (Part 2)"));
            for (const auto& r : it.resolutions) {
                auto* res =
                    new QTreeWidgetItem(top, {QString(), tr("Resolved (%1): %2").arg(r.first).arg(r.second)});
                res->setData(0, Qt::UserRole + 2, r.second);
            }
            for (const auto& a : it.actions) {
                auto* act = new QTreeWidgetItem(top, {QString(), tr("ACTION: %1").arg(a.first), a.second});
                act->setData(0, Qt::UserRole + 2, a.first);
            }
        }
        m_ui->agendaTree->expandAll();
        m_ui->agendaTree->resizeColumnToContents(0);
        const auto people = repo.attendance(id);
        m_ui->attendanceTable->setRowCount(int(people.size()));
        for (int r = 0; r < people.size(); ++r) {
            m_ui->attendanceTable->setItem(r, 0, new QTableWidgetItem(people.at(r).name));
            m_ui->attendanceTable->setItem(r, 1, new QTableWidgetItem(people.at(r).status));
            m_ui->attendanceTable->setItem(r, 2, new QTableWidgetItem(people.at(r).capacity));
        }
        showDocuments(repo, id);
    } catch (const StoreError& e) {
        m_ui->heading->setText(e.message());
    }
}

Page* createMeetingsPage(AppContext& context, QWidget* parent)
{
    return new MeetingsPage(context, parent);
}
