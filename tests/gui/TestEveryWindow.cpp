// Every page, and every dialog the menus open, on the screen the test is given (ctest runs it on a
// 1024×700 and on a 2560×1440 offscreen screen: tests/gui/screens/): each window fits the screen it
// opens on, with every button of it on the screen, and nothing is cut off at its edge. With
// SCRUTINEER_SCREENSHOTS=DIR each is saved as a PNG, to be looked at.
#include "DemoWindow.h"
#include "core/Translations.h"
#include "gui/MainWindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScreen>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>

namespace {

using DemoWindow::plain;
using DemoWindow::unnamed;

QString fileName(const QString& what)
{
    QString s = what.toLower();
    for (QChar& c : s)
        if (!c.isLetterOrNumber())
            c = QLatin1Char('-');
    return s;
}

} // namespace

class TestEveryWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The language the application would speak here: the system's (LANGUAGE=cy gives every
        // window in Welsh, where longer words must fit too).
        Translations::install();
        qInfo("language %s", qPrintable(Translations::current()));
        QString error;
        m_db = DemoWindow::prepare(m_dir, QStringLiteral("ScrutineerTest"), &error);
        QVERIFY2(!m_db.isEmpty(), qPrintable(error));
        m_screen = QGuiApplication::primaryScreen()->availableGeometry();
        m_size = QStringLiteral("%1x%2").arg(m_screen.width()).arg(m_screen.height());
        qInfo("screen %s", qPrintable(m_size));
    }

    // The window at first launch, then each page in turn.
    void everyPageFits()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(fits(&window, QStringLiteral("main window")));
        save(&window, QStringLiteral("first-launch"));
        // Then as wide as the screen, as a person who maximises it sees each page.
        window.showMaximized();
        QTest::qWait(50);
        for (QAction* page : DemoWindow::pageActions(window)) {
            {
                page->trigger();
                QTest::qWait(150); // a page reads its rows once it has painted
                QVERIFY(fits(&window, QStringLiteral("page ") + plain(page->text())));
                const QStringList u = unnamed(&window);
                QVERIFY2(u.isEmpty(),
                         qPrintable(QStringLiteral("page %1: no accessible name for %2")
                                        .arg(plain(page->text()), u.join(QStringLiteral(", ")))));
                save(&window, QStringLiteral("page-") + fileName(plain(page->text())));
            }
        }
    }

    // Each menu item that opens a dialog, on each page (pages add their own menu): the dialog is
    // looked at, then cancelled, so that nothing is changed.
    void everyDialogFits()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!DemoWindow::pageActions(window).isEmpty());
        QStringList opened, unfit;
        DemoWindow::eachMenuDialog(window, [&](QAction* a, QWidget* dialog) {
            const QString what = plain(a->text());
            bool fitted = fits(dialog, what);
            if (const QStringList u = unnamed(dialog); !u.isEmpty()) {
                qWarning("%s: no accessible name for %s", qPrintable(what),
                         qPrintable(u.join(QStringLiteral(", "))));
                fitted = false;
            }
            save(dialog, QStringLiteral("dialog-") + fileName(what));
            opened << what;
            if (!fitted)
                unfit << what;
        });
        QVERIFY2(unfit.isEmpty(), qPrintable(unfit.join(QStringLiteral(", "))));
        qInfo("dialogs opened at %s: %s", qPrintable(m_size), qPrintable(opened.join(QStringLiteral(", "))));
        // The menus' dialogs that every database offers, at least (their English titles).
        if (!Translations::isWelsh())
            for (const char* expected : {"Connect to Server", "Users and Roles", "People", "New Meeting",
                                         "Record Minutes", "Briefing Pack"})
                QVERIFY2(opened.contains(QLatin1String(expected)), expected);
    }

private:
    // Inside the screen, at most its size, every visible button inside the window, and no child
    // squeezed below the size it needs to show itself.
    bool fits(QWidget* w, const QString& what)
    {
        const QRect frame = w->frameGeometry();
        if (frame.width() > m_screen.width() || frame.height() > m_screen.height()) {
            qWarning("%s is %dx%d on a %s screen", qPrintable(what), frame.width(), frame.height(),
                     qPrintable(m_size));
            return false;
        }
        if (!m_screen.contains(w->geometry())) {
            qWarning("%s at %d,%d %dx%d is off the %s screen", qPrintable(what), w->x(), w->y(), w->width(),
                     w->height(), qPrintable(m_size));
            return false;
        }
        for (QAbstractButton* b : w->findChildren<QAbstractButton*>()) {
            if (!b->isVisibleTo(w) || b->window() != w)
                continue;
            const QRect r(b->mapTo(w, QPoint(0, 0)), b->size());
            if (!w->rect().contains(r) && !b->parentWidget()->inherits("QAbstractScrollArea") &&
                !isScrolled(b, w)) {
                qWarning("%s: the button \"%s\" is outside the window", qPrintable(what),
                         qPrintable(plain(b->text())));
                return false;
            }
        }
        return true;
    }

    // Inside a scroll area (a list's rows, a scrolled form): reached by scrolling, not cut off.
    static bool isScrolled(QWidget* child, QWidget* top)
    {
        for (QWidget* p = child->parentWidget(); p && p != top; p = p->parentWidget())
            if (p->inherits("QAbstractScrollArea") || p->inherits("QTabBar") || p->inherits("QToolBar"))
                return true;
        return false;
    }

    void save(QWidget* w, const QString& name)
    {
        const QString dir = qEnvironmentVariable("SCRUTINEER_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        w->grab().save(QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(name, m_size)));
    }

    QTemporaryDir m_dir;
    QString m_db;
    QRect m_screen;
    QString m_size;
};

QTEST_MAIN(TestEveryWindow)
#include "TestEveryWindow.moc"
