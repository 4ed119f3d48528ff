#pragma once

#include "AppContext.h"
#include "store/Engine.h"

#include <QList>
#include <QMainWindow>
#include <memory>

class Database;
namespace Scrutineer {
class Page;
}
using Scrutineer::Page;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QStackedWidget;

// The main window: the committee and meeting that set every page's context, the side bar of
// pages with their badges, the menus, and the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates) the database at `path`; shows a message and returns false when it cannot.
    // Opens the database at `path` in the window; `readOnly` opens it for reading only whoever may
    // write it (File ▸ Open Read-Only…). False, with the reason said, when it cannot be opened.
    bool openDatabase(const QString& path, bool readOnly = false);
    void showWithoutDatabase();

    Database* database() const { return m_db.get(); }
    AppContext* context() const { return m_context; }
    // The page, made and loaded on first use (pages are made when first shown, not with the window).
    Page* page(PageId id);
    PageId currentPage() const;
    void showPage(PageId id, const QVariantMap& target = {});

    // Saves a PNG of every page into `dir` (the --screenshots option). The window is then at its
    // first-launch size and leaves the person's saved window size, page and committee alone.
    void saveScreenshots(const QString& dir);
    void setScreenshotMode(bool on);

    // Meeting ▸ Export Minutes as PDF… for the meeting chosen at the top; with an empty path, asks
    // where. Returns false (after saying why, in a message box) when nothing was written.
    bool exportMinutes(const QString& path = QString(), bool confidential = false);
    // Meeting ▸ Export Calendar…: the chosen committee's meetings as an iCalendar file.
    bool exportCalendar(const QString& path = QString());

signals:
    // The window has painted for the first time (what is not on the first page is read after it).
    void firstPainted();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildMenus();
    void buildToolBar();
    void buildPages();
    Page* makePage(int index);
    void scheduleBadges();
    void clearPages();
    void reloadCommittees();
    void reloadMeetings();
    void refreshAll();
    void refreshForColleagues();
    bool adoptDatabase(std::unique_ptr<Database> db, const QString& path);
    bool connectToServer(const ServerAddress& start = {}, const QString& problem = {});
    void updateBadges();
    void updateStatusBar();
    void updateRecentMenu();
    void newDatabase();
    void openDatabaseDialog(bool readOnly = false);
    void backUpDatabase();
    void importMinutes(const QStringList& files = {});
    void about();
    void openMeetingEditor(qint64 meetingId);
    void undoOrRedo(bool undo);

    std::unique_ptr<Database> m_db;
    AppContext* m_context = nullptr;
    QList<Page*> m_pages;        // one per side-bar row; null until the page is first needed
    QList<QWidget*> m_pageSlots; // the stack's place for each page
    QList<QMenu*> m_pageMenu;    // per page: its menu, filled when the page is made (or null)
    bool m_badgesQueued = false;
    bool m_painted = false;
    QListWidget* m_sideBar = nullptr;
    QStackedWidget* m_stack = nullptr;
    QComboBox* m_committeeBox = nullptr;
    QComboBox* m_meetingBox = nullptr;
    QLineEdit* m_searchBox = nullptr;
    QLabel* m_statusLabel = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QList<QMenu*> m_pageMenus;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QList<QAction*> m_databaseActions;
    QAction* m_usersAction = nullptr;
    QAction* m_peopleAction = nullptr;
    QAction* m_importAction = nullptr;
    bool m_screenshots = false;
    bool m_readOnly = false;         // the file cannot be written
    QLabel* m_placeholder = nullptr; // shown when no database is open
    QList<QAction*> m_minutesActions;
};
