#include "MainWindow.h"

#include "BriefingDialog.h"
#include "ConnectDialog.h"
#include "ImportFlow.h"
#include "MeetingEditor.h"
#include "Page.h"
#include "PeopleDialog.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "UndoCommands.h"
#include "UsersDialog.h"
#include "WindowSize.h"
#include "core/BritishDate.h"
#include "reports/CalendarExport.h"
#include "reports/MinutesPdf.h"
#include "store/ChangeFeed.h"
#include "store/ContextRepository.h"
#include "store/Database.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

// What the window knows of a page before it is made: its place in the side bar (title, icon), its
// menu's title, and how to count its badge from the store.
struct PageInfo
{
    PageId id;
    Page* (*create)(AppContext&, QWidget*);
    const char* icon;
    const char* title;
    const char* menu;          // null: the page has no menu of its own
    int (*badge)(AppContext&); // null: the page shows no badge
};

const PageInfo kPages[] = {
    {PageId::Dashboard, createDashboardPage, ":/icons/dashboard.svg",
     QT_TRANSLATE_NOOP("MainWindow", "Dashboard"), nullptr, nullptr},
    {PageId::Meetings, createMeetingsPage, ":/icons/meetings.svg",
     QT_TRANSLATE_NOOP("MainWindow", "Meetings"), nullptr, nullptr},
    {PageId::Actions, createActionsPage, ":/icons/actions.svg", QT_TRANSLATE_NOOP("MainWindow", "Actions"),
     QT_TRANSLATE_NOOP("MainWindow", "&Actions"), actionsBadge},
    {PageId::Plan, createPlanPage, ":/icons/plan.svg", QT_TRANSLATE_NOOP("MainWindow", "Improvement Plan"),
     QT_TRANSLATE_NOOP("MainWindow", "&Plan"), planBadge},
    {PageId::Figures, createFiguresPage, ":/icons/figures.svg", QT_TRANSLATE_NOOP("MainWindow", "Figures"),
     QT_TRANSLATE_NOOP("MainWindow", "Fi&gures"), nullptr},
    {PageId::Search, createSearchPage, ":/icons/search.svg", QT_TRANSLATE_NOOP("MainWindow", "Search"),
     nullptr, nullptr},
};

QString translated(const char* text)
{
    return QCoreApplication::translate("MainWindow", text);
}

} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Scrutineer"));
    setAcceptDrops(true);

    auto* splitter = new QSplitter(this);
    m_sideBar = new QListWidget(splitter);
    m_sideBar->setObjectName(QStringLiteral("sideBar"));
    m_sideBar->setIconSize(QSize(20, 20));
    m_sideBar->setFrameShape(QFrame::NoFrame);
    m_sideBar->setMinimumWidth(160);
    m_sideBar->setMaximumWidth(320);
    m_sideBar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sideBar->setAccessibleName(tr("Pages"));
    m_sideBar->setStyleSheet(
        QStringLiteral("QListWidget#sideBar { background: palette(window); font-size: 11pt; }"
                       "QListWidget#sideBar::item { padding: 8px 6px; }"));
    m_stack = new QStackedWidget(splitter);
    splitter->addWidget(m_sideBar);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(1, false);
    setCentralWidget(splitter);
    // The side bar paints with the window's first paint: what is not on the first page is read after it.
    m_sideBar->viewport()->installEventFilter(this);
    connect(m_sideBar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_pages.size()) {
            makePage(row);
            m_stack->setCurrentIndex(row);
            if (!m_screenshots)
                Settings::setValue(Settings::Key::LastPage, row);
            // Edit ▸ Undo works on this page's own steps.
            if (m_context)
                m_context->setCurrentPage(PageId(row));
        }
    });

    m_statusLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusLabel, 1);

    buildToolBar();
    buildMenus();

    // The first launch fits the screen (down to 1024×700); later ones come back as they were left,
    // unless the screen has shrunk since.
    WindowSize::fit(this, {1280, 820});
    if (restoreGeometry(Settings::value(Settings::Key::WindowGeometry).toByteArray())) {
        const QSize room = WindowSize::available(this);
        if (width() > room.width() || height() > room.height())
            WindowSize::fit(this, size());
    }
    restoreState(Settings::value(Settings::Key::WindowState).toByteArray());
}

void MainWindow::setScreenshotMode(bool on)
{
    m_screenshots = on;
    // Screenshots show the window as large as the screen allows, so that one screen's pictures
    // (1024×700, 2560×1440) show how the pages use its room.
    if (on)
        WindowSize::fit(this, WindowSize::available(this));
}

MainWindow::~MainWindow()
{
    clearPages();
}

void MainWindow::buildToolBar()
{
    auto* bar = addToolBar(tr("Context"));
    bar->setObjectName(QStringLiteral("contextToolBar"));
    bar->setMovable(false);
    auto* committeeLabel = new QLabel(tr("&Committee:"), bar);
    m_committeeBox = new QComboBox(bar);
    m_committeeBox->setObjectName(QStringLiteral("committeeBox"));
    // Long committee names are elided in the box (the list shows them whole): the window fits 1024 px.
    m_committeeBox->setMinimumContentsLength(28);
    m_committeeBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    committeeLabel->setBuddy(m_committeeBox);
    auto* meetingLabel = new QLabel(tr("  Mee&ting:"), bar);
    m_meetingBox = new QComboBox(bar);
    m_meetingBox->setObjectName(QStringLiteral("meetingBox"));
    m_meetingBox->setMinimumContentsLength(12);
    m_meetingBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    meetingLabel->setBuddy(m_meetingBox);
    bar->addWidget(committeeLabel);
    bar->addWidget(m_committeeBox);
    bar->addWidget(meetingLabel);
    bar->addWidget(m_meetingBox);
    auto* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_searchBox = new QLineEdit(bar);
    m_searchBox->setObjectName(QStringLiteral("searchBox"));
    m_searchBox->setPlaceholderText(tr("Search minutes…"));
    m_searchBox->setClearButtonEnabled(true);
    m_searchBox->setMinimumWidth(160);
    m_searchBox->setAccessibleName(tr("Search minutes"));
    bar->addWidget(m_searchBox);

    connect(m_committeeBox, &QComboBox::currentIndexChanged, this, [this](int) {
        if (!m_context)
            return;
        const qint64 id = m_committeeBox->currentData().toLongLong();
        if (!m_screenshots)
            Settings::setValue(Settings::Key::LastCommittee, id);
        m_context->setCommittee(id);
        reloadMeetings();
    });
    connect(m_meetingBox, &QComboBox::currentIndexChanged, this, [this](int) {
        if (m_context)
            m_context->setMeeting(m_meetingBox->currentData().toLongLong());
    });
    connect(m_searchBox, &QLineEdit::returnPressed, this, [this] {
        showPage(PageId::Search, {{QStringLiteral("query"), m_searchBox->text()}});
    });
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Database…"), QKeySequence::New, this, &MainWindow::newDatabase);
    file->addAction(tr("&Open Database…"), QKeySequence::Open, this, [this] { openDatabaseDialog(); });
    file->addAction(tr("Open &Read-Only…"), this, [this] { openDatabaseDialog(true); })
        ->setStatusTip(tr("Open a database to read it, with no risk of changing it"));
    file->addAction(tr("Connect to &Server…"), QKeySequence(tr("Ctrl+Shift+O")), this,
                    [this] { connectToServer(); });
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    m_importAction = file->addAction(tr("&Import Minutes…"), QKeySequence(tr("Ctrl+I")), this,
                                     [this] { importMinutes(); });
    m_importAction->setObjectName(QStringLiteral("importMinutesAction"));
    m_databaseActions << m_importAction;
    m_databaseActions << file->addAction(tr("&Briefing Pack…"), QKeySequence(tr("Ctrl+Shift+B")), this,
                                         [this] {
                                             if (m_context)
                                                 showBriefingPackDialog(this, *m_context);
                                         });
    m_databaseActions << file->addAction(tr("&Back Up Database…"), this, &MainWindow::backUpDatabase);
    m_usersAction = file->addAction(tr("&Users and Roles…"), this, [this] {
        if (!m_db)
            return;
        UsersDialog dialog(*m_db, this);
        dialog.exec();
        m_db->signIn(m_db->login());
        updateStatusBar();
    });
    m_peopleAction = file->addAction(tr("&People…"), this, [this] {
        if (!m_db)
            return;
        PeopleDialog dialog(*m_db, this);
        dialog.exec();
        if (m_context)
            m_context->notifyDataChanged();
    });
    m_peopleAction->setObjectName(QStringLiteral("peopleAction"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    m_undoAction = edit->addAction(tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setEnabled(false);
    m_redoAction = edit->addAction(tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setEnabled(false);
    connect(m_undoAction, &QAction::triggered, this, [this] { undoOrRedo(true); });
    connect(m_redoAction, &QAction::triggered, this, [this] { undoOrRedo(false); });
    edit->addSeparator();
    QAction* settings = edit->addAction(tr("&Settings…"), QKeySequence::Preferences, this, [this] {
        SettingsDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted && dialog.save())
            statusBar()->showMessage(tr("The new language takes effect the next time Scrutineer starts."));
    });
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setMenuRole(QAction::PreferencesRole);

    QMenu* meeting = menuBar()->addMenu(tr("&Meeting"));
    m_minutesActions << meeting->addAction(
        tr("&New Meeting…"), QKeySequence(tr("Ctrl+Shift+N")), this, [this] {
            if (!m_context)
                return;
            if (const qint64 id = MeetingEditor::createMeeting(*m_context, this)) {
                reloadMeetings();
                const int i = m_meetingBox->findData(id);
                if (i >= 0)
                    m_meetingBox->setCurrentIndex(i);
                openMeetingEditor(id);
            }
        });
    m_minutesActions << meeting->addAction(tr("&Record Minutes…"), QKeySequence(tr("Ctrl+Shift+R")), this,
                                           [this] {
                                               if (m_context && m_context->meetingId())
                                                   openMeetingEditor(m_context->meetingId());
                                           });

    meeting->addSeparator();
    m_databaseActions << meeting->addAction(tr("Export &Minutes as PDF…"), this, [this] { exportMinutes(); });
    m_databaseActions << meeting->addAction(tr("Export Minutes with &Exempt Items…"), this,
                                            [this] { exportMinutes(QString(), true); });
    m_databaseActions << meeting->addAction(tr("Export &Calendar…"), this, [this] { exportCalendar(); });

    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_viewMenu = view;
    int n = 1;
    for (const PageInfo& info : kPages) {
        const PageId id = info.id;
        QAction* a = view->addAction(QString(), QKeySequence(QStringLiteral("Ctrl+%1").arg(n++)), this,
                                     [this, id] { showPage(id); });
        a->setObjectName(QStringLiteral("pageAction%1").arg(int(id)));
    }
    view->addSeparator();
    view->addAction(tr("&Find in Minutes"), QKeySequence::Find, this, [this] {
        m_searchBox->setFocus();
        m_searchBox->selectAll();
    });
    view->addAction(tr("Re&fresh"), QKeySequence::Refresh, this, &MainWindow::refreshAll);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Scrutineer"), this, &MainWindow::about);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    connect(file, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = Settings::recentDatabases();
    for (const QString& path : recent)
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openDatabase(path); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

Page* MainWindow::page(PageId id)
{
    Page* p = makePage(int(id));
    if (p)
        p->ensureLoaded();
    return p;
}

Page* MainWindow::makePage(int index)
{
    if (index < 0 || index >= m_pages.size() || !m_context)
        return nullptr;
    if (Page* made = m_pages.at(index))
        return made;
    const PageInfo& info = kPages[index];
    QWidget* slot = m_pageSlots.at(index);
    Page* p = info.create(*m_context, slot);
    slot->layout()->addWidget(p);
    m_pages[index] = p;
    // The first page is read once the window has painted (its frame shows at once, then its rows).
    if (!m_painted) {
        p->holdLoad(true);
        statusBar()->showMessage(tr("Loading %1…").arg(p->title()));
        connect(
            p, &Page::loaded, this, [this] { statusBar()->clearMessage(); }, Qt::SingleShotConnection);
    }
    connect(p, &Page::badgeChanged, this, &MainWindow::scheduleBadges);
    if (QMenu* menu = m_pageMenu.at(index))
        menu->addActions(p->menuActions());
    return p;
}

PageId MainWindow::currentPage() const
{
    return PageId(qMax(0, m_stack->currentIndex()));
}

void MainWindow::showPage(PageId id, const QVariantMap& target)
{
    if (!makePage(int(id)))
        return;
    m_sideBar->setCurrentRow(int(id));
    if (!target.isEmpty())
        page(id)->reveal(target);
}

void MainWindow::clearPages()
{
    m_sideBar->clear();
    qDeleteAll(m_pageMenus);
    m_pageMenus.clear();
    m_pageMenu.clear();
    for (QWidget* slot : std::as_const(m_pageSlots)) {
        m_stack->removeWidget(slot);
        delete slot;
    }
    m_pageSlots.clear();
    m_pages.clear();
    if (m_context) {
        m_context->undoGroup()->disconnect(this);
        m_context->undoGroup()->disconnect(m_undoAction);
        m_context->undoGroup()->disconnect(m_redoAction);
        delete m_context;
        m_context = nullptr;
    }
}

bool MainWindow::openDatabase(const QString& path, bool readOnly)
{
    std::unique_ptr<Database> db;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        db = readOnly ? Database::openReadOnly(path) : Database::open(path);
    } catch (const StoreError& e) {
        QApplication::restoreOverrideCursor();
        // A server that wants a password (or another one) asks for it.
        if (e.kind() == StoreError::Kind::Authentication && ServerAddress::isServerUrl(path)) {
            if (const auto address = ServerAddress::parse(path))
                return connectToServer(*address, e.message());
        }
        QMessageBox::warning(this, tr("Database not opened"), e.message());
        return false;
    }
    QApplication::restoreOverrideCursor();
    return adoptDatabase(std::move(db), path);
}

bool MainWindow::connectToServer(const ServerAddress& start, const QString& problem)
{
    ConnectDialog dialog(this);
    dialog.setAddress(start);
    dialog.setProblem(problem);
    while (dialog.exec() == QDialog::Accepted) {
        const ServerAddress address = dialog.address();
        QApplication::setOverrideCursor(Qt::WaitCursor);
        try {
            auto db = Database::openServer(address);
            QApplication::restoreOverrideCursor();
            return adoptDatabase(std::move(db), address.url());
        } catch (const StoreError& e) {
            QApplication::restoreOverrideCursor();
            dialog.setProblem(e.message()); // and ask again, the fields as typed
        }
    }
    return false;
}

bool MainWindow::adoptDatabase(std::unique_ptr<Database> db, const QString& path)
{
    clearPages();
    m_db = std::move(db);
    Settings::addRecentDatabase(path);
    m_context = new AppContext(*m_db, this);
    // Edit ▸ Undo and Redo follow the stack of where the person is (the page, the meeting): their
    // text names the step and its place ("Undo Change Rating of 3.2 (improvement plan)").
    QUndoGroup* undo = m_context->undoGroup();
    connect(undo, &QUndoGroup::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(undo, &QUndoGroup::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(undo, &QUndoGroup::undoTextChanged, this, [this](const QString& t) {
        m_undoAction->setText(t.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(t));
    });
    connect(undo, &QUndoGroup::redoTextChanged, this, [this](const QString& t) {
        m_redoAction->setText(t.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(t));
    });
    m_undoAction->setEnabled(false);
    m_redoAction->setEnabled(false);
    connect(m_context, &AppContext::navigateRequested, this, &MainWindow::showPage);
    connect(m_context, &AppContext::dataChanged, this, [this] {
        scheduleBadges();
        updateStatusBar();
    });
    // On a server, what colleagues change shows here within moments, without F5.
    if (m_db->isServer()) {
        auto* feed = new ChangeFeed(*m_db, m_context);
        connect(feed, &ChangeFeed::changed, this, &MainWindow::refreshForColleagues);
        connect(feed, &ChangeFeed::connectionChanged, this, [this](bool connected, const QString& message) {
            statusBar()->showMessage(message, 15000);
            if (connected)
                emit m_context->serverReachable();
        });
    }
    // The badges count for the committee chosen: recounted once the pages have had the change.
    connect(m_context, &AppContext::committeeChanged, this, [this] {
        if (m_painted)
            scheduleBadges();
    });
    connect(m_context, &AppContext::meetingChanged, this, [this] {
        if (m_painted)
            scheduleBadges();
    });
    buildPages();
    reloadCommittees();
    for (QAction* a : std::as_const(m_databaseActions))
        a->setEnabled(true);
    m_usersAction->setVisible(m_db->may(Roles::mayManageUsers));
    m_peopleAction->setVisible(m_db->may(Roles::mayManageUsers));
    for (QAction* a : std::as_const(m_minutesActions))
        a->setEnabled(m_db->may(Roles::mayRecordMinutes));
    // What a role may not do is not offered: members are never shown File ▸ Import Minutes.
    m_importAction->setVisible(m_db->may(Roles::mayRecordMinutes));
    m_importAction->setEnabled(m_db->may(Roles::mayRecordMinutes));
    // A file that cannot be written is said to be so at once, before anything is typed into it.
    // (the store opens a file, or a folder, this user may not write for reading only; on a server
    // the server's roles decide, change by change)
    m_readOnly = m_db->isReadOnly() || (!m_db->isServer() && path != QLatin1String(":memory:") &&
                                        QFileInfo::exists(path) && !QFileInfo(path).isWritable());
    const QString name = m_db->isServer() ? m_db->serverAddress().displayName() : QFileInfo(path).fileName();
    setWindowTitle(m_readOnly ? tr("%1 (read-only) – Scrutineer").arg(name)
                              : tr("%1 – Scrutineer").arg(name));
    if (m_readOnly) {
        for (QAction* a : std::as_const(m_minutesActions))
            a->setEnabled(false);
        m_importAction->setEnabled(false);
    }
    setWindowFilePath(path);
    showPage(PageId(qBound(0, Settings::value(Settings::Key::LastPage).toInt(), int(m_pages.size()) - 1)));
    updateStatusBar();
    // Said once, on opening, that the audit trail has been tampered with (the file is still read);
    // read-only is said by the title and the status bar.
    if (!m_db->auditCheck().intact)
        QTimer::singleShot(0, this, [this, message = m_db->auditCheck().message] {
            QMessageBox::warning(this, tr("Audit trail tampered with"), message);
        });
    return true;
}

void MainWindow::showWithoutDatabase()
{
    for (QAction* a : std::as_const(m_databaseActions))
        a->setEnabled(false);
    for (QAction* a : std::as_const(m_minutesActions))
        a->setEnabled(false);
    m_statusLabel->setText(tr("No database open. Use File ▸ Open Database… or File ▸ New Database…"));
    // Not a blank grey window: what to do next, in the middle of it.
    if (!m_placeholder) {
        m_placeholder = new QLabel(m_stack);
        m_placeholder->setObjectName(QStringLiteral("noDatabase"));
        m_placeholder->setAlignment(Qt::AlignCenter);
        m_placeholder->setWordWrap(true);
        m_placeholder->setText(
            tr("<h2>No database is open</h2><p>Open one with File ▸ Open Database… (Ctrl+O), "
               "or make a new one with File ▸ New Database… (Ctrl+N).</p>"));
        m_stack->addWidget(m_placeholder);
    }
    m_stack->setCurrentWidget(m_placeholder);
}

// The side bar, the stack's places and the pages' menus; each page itself is made when first needed.
void MainWindow::buildPages()
{
    if (m_placeholder) {
        m_stack->removeWidget(m_placeholder);
        delete m_placeholder;
        m_placeholder = nullptr;
    }
    QList<QAction*> viewActions = findChildren<QAction*>(QRegularExpression(QStringLiteral("^pageAction")));
    for (const PageInfo& info : kPages) {
        const QString title = translated(info.title);
        auto* slot = new QWidget(m_stack);
        auto* layout = new QVBoxLayout(slot);
        layout->setContentsMargins(0, 0, 0, 0);
        m_stack->addWidget(slot);
        m_pageSlots.append(slot);
        m_pages.append(nullptr);
        auto* item = new QListWidgetItem(QIcon(QString::fromLatin1(info.icon)), title, m_sideBar);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(title).arg(int(info.id) + 1));
        for (QAction* a : viewActions)
            if (a->objectName() == QStringLiteral("pageAction%1").arg(int(info.id)))
                a->setText(title);
        // Wide enough for the longest title with a four-figure badge, never elided.
        m_sideBar->ensurePolished();
        m_sideBar->setMinimumWidth(
            qMax(m_sideBar->minimumWidth(),
                 QFontMetrics(m_sideBar->font()).horizontalAdvance(title + QStringLiteral("  (000)")) +
                     m_sideBar->iconSize().width() + 28));
        QMenu* menu = nullptr;
        if (info.menu) {
            menu = new QMenu(translated(info.menu), this);
            // Opening the menu makes the page, whose commands it holds, and loads it (their state
            // depends on what the page shows).
            const int index = int(info.id);
            connect(menu, &QMenu::aboutToShow, this, [this, index] { page(PageId(index)); });
            menuBar()->insertMenu(m_viewMenu->menuAction(), menu);
            m_pageMenus.append(menu);
        }
        m_pageMenu.append(menu);
    }
    // The side bar as wide as its titles need, the rest for the page (a list's own preferred
    // width took a quarter of a 1024-pixel window).
    if (auto* splitter = qobject_cast<QSplitter*>(centralWidget()))
        splitter->setSizes(
            {m_sideBar->minimumWidth(), qMax(1, splitter->width() - m_sideBar->minimumWidth())});
    if (m_painted)
        scheduleBadges();
}

void MainWindow::reloadCommittees()
{
    const ContextRepository repo(*m_db);
    const qint64 remembered = Settings::value(Settings::Key::LastCommittee).toLongLong();
    QSignalBlocker block(m_committeeBox);
    m_committeeBox->clear();
    int chosen = 0;
    try {
        const auto committees = repo.committees();
        for (const auto& c : committees) {
            if (c.id == remembered)
                chosen = m_committeeBox->count();
            m_committeeBox->addItem(c.name, c.id);
        }
        // Without a remembered choice, the committee with most meetings.
        if (remembered == 0) {
            int most = -1;
            for (int i = 0; i < committees.size(); ++i)
                if (committees.at(i).meetings > most) {
                    most = committees.at(i).meetings;
                    chosen = i;
                }
        }
    } catch (const StoreError& e) {
        statusBar()->showMessage(e.message(), 10000);
    }
    m_committeeBox->setCurrentIndex(chosen);
    m_context->setCommittee(m_committeeBox->currentData().toLongLong());
    reloadMeetings();
}

void MainWindow::reloadMeetings()
{
    if (!m_db)
        return;
    const ContextRepository repo(*m_db);
    const qint64 committee = m_committeeBox->currentData().toLongLong();
    QSignalBlocker block(m_meetingBox);
    m_meetingBox->clear();
    try {
        const qint64 current = repo.currentMeeting(committee, QDate::currentDate());
        for (const auto& m : repo.meetings(committee)) {
            m_meetingBox->addItem(BritishDate::shortDate(m.startsAt.date()), m.id);
            if (m.id == current)
                m_meetingBox->setCurrentIndex(m_meetingBox->count() - 1);
        }
    } catch (const StoreError& e) {
        statusBar()->showMessage(e.message(), 10000);
    }
    m_context->setMeeting(m_meetingBox->currentData().toLongLong());
}

// A colleague's change: everything is read again, as F5 does, unless a cell is being edited (that
// typing is kept: the refresh waits until the editor closes).
void MainWindow::refreshForColleagues()
{
    // A cell's editor is a child of its view's viewport.
    for (QWidget* w = QApplication::focusWidget(); w && w->parentWidget(); w = w->parentWidget()) {
        auto* view = qobject_cast<QAbstractItemView*>(w->parentWidget()->parentWidget());
        if (view && w->parentWidget() == view->viewport()) {
            QTimer::singleShot(1000, this, &MainWindow::refreshForColleagues);
            return;
        }
    }
    if (QApplication::activeModalWidget())
        QTimer::singleShot(1000, this, &MainWindow::refreshForColleagues);
    else
        refreshAll();
}

void MainWindow::refreshAll()
{
    if (!m_db)
        return;
    const qint64 committee = m_context->committeeId();
    const qint64 meeting = m_context->meetingId();
    reloadCommittees();
    const int ci = m_committeeBox->findData(committee);
    if (ci >= 0)
        m_committeeBox->setCurrentIndex(ci);
    const int mi = m_meetingBox->findData(meeting);
    if (mi >= 0)
        m_meetingBox->setCurrentIndex(mi);
    for (Page* p : std::as_const(m_pages))
        if (p)
            p->invalidate();
    scheduleBadges();
    updateStatusBar();
}

// Badges are counted once per turn of the event loop, however many pages asked.
void MainWindow::scheduleBadges()
{
    if (m_badgesQueued)
        return;
    m_badgesQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_badgesQueued = false;
        updateBadges();
    });
}

void MainWindow::updateBadges()
{
    if (!m_context)
        return;
    for (int i = 0; i < m_pages.size(); ++i) {
        QListWidgetItem* item = m_sideBar->item(i);
        if (!item)
            continue;
        const PageInfo& info = kPages[i];
        const QString title = translated(info.title);
        Page* p = m_pages.at(i);
        int badge = 0;
        try {
            // A page in use counts what it shows; one not yet made (or out of date) is counted from the
            // store.
            badge = p && p->isLoaded() ? p->badge() : info.badge ? info.badge(*m_context) : 0;
        } catch (const StoreError& e) {
            statusBar()->showMessage(e.message(), 10000);
        }
        item->setText(badge > 0 ? QStringLiteral("%1  (%2)").arg(title).arg(badge) : title);
        item->setData(Qt::AccessibleTextRole,
                      badge > 0 ? tr("%1, %2 needing attention").arg(title).arg(badge) : title);
    }
}

void MainWindow::updateStatusBar()
{
    if (!m_db)
        return;
    int meetings = 0;
    try {
        meetings = ContextRepository(*m_db).meetingCount();
    } catch (const StoreError&) {
    }
    const QString count = meetings == 1 ? tr("1 meeting") : tr("%1 meetings").arg(meetings);
    m_statusLabel->setText(tr("%1 · %2 · signed in as %3 (%4)")
                               .arg(QDir::toNativeSeparators(m_db->path()), count, m_db->login(),
                                    Roles::displayName(m_db->role()).toLower()) +
                           (m_readOnly ? tr(" · ⚠ read-only: nothing can be changed or saved here; copy the "
                                            "file somewhere you may write to change it")
                                       : QString()));
}

void MainWindow::newDatabase()
{
    const QString dir = QFileInfo(Settings::value(Settings::Key::LastDatabase).toString()).absolutePath();
    QString path = QFileDialog::getSaveFileName(this, tr("New Database"), dir,
                                                tr("Scrutineer databases (*.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    if (QFileInfo::exists(path)) {
        QMessageBox::information(this, tr("New Database"),
                                 tr("%1 already exists; it has been opened instead of replaced.")
                                     .arg(QDir::toNativeSeparators(path)));
    }
    openDatabase(path);
}

void MainWindow::openDatabaseDialog(bool readOnly)
{
    const QString dir = QFileInfo(Settings::value(Settings::Key::LastDatabase).toString()).absolutePath();
    const QString path =
        QFileDialog::getOpenFileName(this, readOnly ? tr("Open Database Read-Only") : tr("Open Database"),
                                     dir, tr("Scrutineer databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path, readOnly);
}

void MainWindow::backUpDatabase()
{
    if (!m_db)
        return;
    const QFileInfo info(m_db->path());
    const QString suggested = info.absoluteDir().filePath(
        info.completeBaseName() +
        QStringLiteral("-backup-%1.sqlite").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Back Up Database"), suggested,
                                                      tr("Scrutineer databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).absoluteFilePath() == info.absoluteFilePath()) {
        QMessageBox::warning(this, tr("Back Up Database"),
                             tr("A backup cannot replace the open database. Choose another name."));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        m_db->backupTo(path);
        QApplication::restoreOverrideCursor();
        statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(path)), 8000);
    } catch (const StoreError& e) {
        QApplication::restoreOverrideCursor();
        QMessageBox::warning(this, tr("Backup failed"), e.message());
    }
}

static QString documentsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

bool MainWindow::exportMinutes(const QString& chosen, bool confidential)
{
    if (!m_context)
        return false;
    const qint64 meetingId = m_context->meetingId();
    const QString title = confidential ? tr("Export Minutes with Exempt Items") : tr("Export Minutes");
    if (!meetingId) {
        QMessageBox::information(this, title, tr("Choose a meeting at the top of the window first."));
        return false;
    }
    QString path = chosen;
    if (path.isEmpty()) {
        const QString name = tr("Minutes %1%2.pdf")
                                 .arg(m_meetingBox->currentText().replace(QLatin1Char('/'), QLatin1Char('-')),
                                      confidential ? tr(" (confidential)") : QString());
        path = QFileDialog::getSaveFileName(this, title, QDir(documentsFolder()).filePath(name),
                                            tr("PDF documents (*.pdf)"));
        if (path.isEmpty())
            return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    const bool done = MinutesPdf::writePdf(*m_db, meetingId, confidential, path, &error);
    QApplication::restoreOverrideCursor();
    if (!done) {
        QMessageBox::warning(this, title, error);
        return false;
    }
    statusBar()->showMessage(tr("Minutes saved to %1").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

bool MainWindow::exportCalendar(const QString& chosen)
{
    if (!m_context)
        return false;
    QString path = chosen;
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(
            this, tr("Export Calendar"),
            QDir(documentsFolder()).filePath(m_committeeBox->currentText() + QStringLiteral(".ics")),
            tr("iCalendar files (*.ics)"));
        if (path.isEmpty())
            return false;
    }
    QString error;
    if (!CalendarExport::write(*m_db, m_context->committeeId(), path, &error)) {
        QMessageBox::warning(this, tr("Export Calendar"), error);
        return false;
    }
    statusBar()->showMessage(
        tr("Meetings saved to %1 (open it with your calendar program)").arg(QDir::toNativeSeparators(path)),
        8000);
    return true;
}

void MainWindow::importMinutes(const QStringList& files)
{
    if (!m_context)
        return;
    if (!m_db->may(Roles::mayRecordMinutes)) {
        statusBar()->showMessage(tr("Only a clerk or an administrator may import minutes."), 10000);
        return;
    }
    QStringList chosen = files;
    if (chosen.isEmpty()) {
        chosen = QFileDialog::getOpenFileNames(
            this, tr("Import Minutes"), Settings::value(Settings::Key::LastImportFolder).toString(),
            tr("Minutes (*.pdf *.txt);;PDF documents (*.pdf);;Text (*.txt)"));
        if (chosen.isEmpty())
            return;
        Settings::setValue(Settings::Key::LastImportFolder, QFileInfo(chosen.first()).absolutePath());
    }
    if (!m_db->may(Roles::mayRecordMinutes)) {
        // Not offered in the menu; a file dropped on the window is refused before anything is read.
        statusBar()->showMessage(tr("Only a clerk or an administrator may import minutes."), 10000);
        return;
    }
    importMinutesInteractively(this, *m_context, chosen);
    reloadCommittees();
}

void MainWindow::openMeetingEditor(qint64 meetingId)
{
    auto* editor = new MeetingEditor(*m_context, meetingId, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QObject::destroyed, this, &MainWindow::refreshAll);
    editor->show();
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Scrutineer"),
        tr("<h3>Scrutineer %1</h3><p>Meetings, actions, improvement-plan ratings and performance figures for "
           "the "
           "scrutiny of children's services, in one place.</p><p>Free software under the GNU General Public "
           "Licence, version 3 or later.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && !m_painted && watched == m_sideBar->viewport()) {
        m_painted = true;
        emit firstPainted();
        // After this paint has reached the screen: the pages made before it, then the badges.
        QTimer::singleShot(0, this, [this] {
            for (Page* p : std::as_const(m_pages))
                if (p)
                    p->holdLoad(false);
            scheduleBadges();
        });
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Screenshots leave the person's own window size and page as they were.
    if (!m_screenshots) {
        Settings::setValue(Settings::Key::WindowGeometry, saveGeometry());
        Settings::setValue(Settings::Key::WindowState, saveState());
    }
    event->accept();
}

void MainWindow::changeEvent(QEvent* event)
{
    // Back in front (after the meeting editor): Edit ▸ Undo works on the page shown again.
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && m_context)
        m_context->restoreUndo();
    QMainWindow::changeEvent(event);
}

void MainWindow::undoOrRedo(bool undo)
{
    if (!m_context)
        return;
    emit m_context->aboutToUndo();
    QUndoStack* stack = m_context->undoStack();
    const LocatedCommand* step = undo ? LocatedCommand::toUndo(stack) : LocatedCommand::toRedo(stack);
    const Place where = step ? step->where() : Place();
    undo ? stack->undo() : stack->redo();
    if (const QString failure = StoreCommand::takeFailure(); !failure.isEmpty()) {
        // Said in a message that does not stop the program (and tests) until it is read.
        auto* box = new QMessageBox(QMessageBox::Warning, undo ? tr("Not undone") : tr("Not redone"), failure,
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("undoFailure"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        statusBar()->showMessage(QStringLiteral("⚠ ") + failure, 15000);
        return;
    }
    // The person is taken to what was undone, so that nothing changes out of their sight.
    if (where.isValid())
        showPage(where.page, where.target);
    if (!(undo ? stack->redoText() : stack->undoText()).isEmpty())
        statusBar()->showMessage(
            undo ? tr("Undone: %1").arg(stack->redoText()) : tr("Redone: %1").arg(stack->undoText()), 6000);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!m_db || !event->mimeData()->hasUrls() || !m_db->may(Roles::mayRecordMinutes))
        return;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile() && (url.toLocalFile().endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ||
                                  url.toLocalFile().endsWith(QLatin1String(".txt"), Qt::CaseInsensitive))) {
            event->acceptProposedAction();
            return;
        }
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList files;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            files << url.toLocalFile();
    if (!files.isEmpty()) {
        event->acceptProposedAction();
        importMinutes(files);
    }
}

void MainWindow::saveScreenshots(const QString& dir)
{
    setScreenshotMode(true);
    QDir().mkpath(dir);
    for (int i = 0; i < m_pages.size(); ++i) {
        // The search page is shown answering a question a member would ask.
        showPage(PageId(i), PageId(i) == PageId::Search
                                ? QVariantMap{{QStringLiteral("query"), tr("caseload*")}}
                                : QVariantMap());
        for (int k = 0; k < 5; ++k)
            QApplication::processEvents();
        const QString name =
            QStringLiteral("%1-%2.png")
                .arg(i + 1)
                .arg(page(PageId(i))->title().toLower().replace(QLatin1Char(' '), QLatin1Char('-')));
        grab().save(QDir(dir).filePath(name));
    }
    // The windows of their own that the pages open: the meeting editor and the people.
    if (m_context && m_context->meetingId() && m_db->may(Roles::mayRecordMinutes)) {
        MeetingEditor editor(*m_context, m_context->meetingId(), this);
        editor.show();
        for (int k = 0; k < 5; ++k)
            QApplication::processEvents();
        editor.grab().save(QDir(dir).filePath(QStringLiteral("7-record-minutes.png")));
        editor.hide();
    }
    if (m_db && m_db->may(Roles::mayManageUsers)) {
        PeopleDialog people(*m_db, this);
        people.show();
        for (int k = 0; k < 5; ++k)
            QApplication::processEvents();
        people.grab().save(QDir(dir).filePath(QStringLiteral("8-people.png")));
        people.hide();
    }
    // File ▸ Connect to Server…, as it first opens.
    ConnectDialog server(this);
    server.show();
    for (int k = 0; k < 5; ++k)
        QApplication::processEvents();
    server.grab().save(QDir(dir).filePath(QStringLiteral("9-connect-to-server.png")));
    server.hide();
}
