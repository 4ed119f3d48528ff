#pragma once

// The window tests' shared set-up: settings of their own (never the person's) and the demo database
// made by the real program, in `dir`.
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <functional>

namespace DemoWindow {

// Returns the database's path, or an empty string with the reason in `error`.
inline QString prepare(const QTemporaryDir& dir, const QString& name, QString* error)
{
    qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toUtf8());
    QCoreApplication::setOrganizationName(name);
    QCoreApplication::setApplicationName(name);
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    QProcess demo;
    demo.start(QStringLiteral(SCRUTINEER_BINARY), {QStringLiteral("demo"), QStringLiteral("--db"), db});
    if (!demo.waitForFinished(120000) || demo.exitCode() != 0) {
        *error = QString::fromLocal8Bit(demo.readAllStandardError());
        return {};
    }
    return db;
}

// The inputs of `top` that a screen reader cannot name: no accessible name, no label for it, no text.
inline QStringList unnamed(QWidget* top)
{
    QStringList out;
    for (QWidget* w : top->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(top) || !w->focusPolicy() || w->window() != top)
            continue;
        if (!(qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w) ||
              qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QAbstractItemView*>(w) ||
              qobject_cast<QTextEdit*>(w) || qobject_cast<QPlainTextEdit*>(w) ||
              qobject_cast<QAbstractButton*>(w)))
            continue;
        if (qobject_cast<QLineEdit*>(w) && qobject_cast<QAbstractSpinBox*>(w->parentWidget()))
            continue;
        if (qobject_cast<QLineEdit*>(w) && qobject_cast<QComboBox*>(w->parentWidget()))
            continue;
        QAccessibleInterface* a = QAccessible::queryAccessibleInterface(w);
        if (a && !a->text(QAccessible::Name).trimmed().isEmpty())
            continue;
        out << QStringLiteral("%1 %2").arg(QString::fromLatin1(w->metaObject()->className()),
                                           w->objectName());
    }
    return out;
}

// A menu item's text without its mnemonic and ellipsis: "Record Minutes".
inline QString plain(QString text)
{
    text.remove(QLatin1Char('&'));
    text.remove(QStringLiteral("…"));
    return text.trimmed();
}

// The actions that show the pages (View ▸ Dashboard …), found by name in any language.
inline QList<QAction*> pageActions(QMainWindow& window)
{
    QList<QAction*> pages;
    for (QAction* a : window.menuBar()->actions())
        if (a->menu())
            for (QAction* page : a->menu()->actions())
                if (page->objectName().startsWith(QLatin1String("pageAction")))
                    pages << page;
    return pages;
}

// Every action of a menu and its submenus, in order.
inline void actionsOf(QMenu* menu, QList<QAction*>& out)
{
    for (QAction* a : menu->actions()) {
        if (a->menu())
            actionsOf(a->menu(), out);
        else if (!a->isSeparator())
            out << a;
    }
}

// On each page in turn (pages add their own menu), every enabled menu item that opens a window
// ("…"), once each: the window it opens is handed to `look`, then cancelled, with whatever it opened
// on its way out (a question), so that nothing is changed. A dialog opened with exec() is met inside
// trigger(); one opened with open() or show() just after it.
inline void eachMenuDialog(QMainWindow& window, const std::function<void(QAction*, QWidget*)>& look)
{
    QSet<QString> tried;
    for (QAction* page : pageActions(window)) {
        page->trigger();
        QTest::qWait(150); // a page reads its rows once it has painted
        QList<QAction*> actions;
        for (QAction* top : window.menuBar()->actions())
            if (top->menu() && top->isVisible())
                actionsOf(top->menu(), actions);
        for (QAction* a : actions) {
            const QString what = plain(a->text());
            // Leaving, and what is not ours or opens no window.
            if (!a->isEnabled() || !a->isVisible() || a->menuRole() == QAction::QuitRole ||
                !a->text().contains(QStringLiteral("…")) || tried.contains(what))
                continue;
            tried.insert(what);
            bool seen = false;
            auto meet = [&] {
                QWidget* dialog = QApplication::activeModalWidget();
                if (!dialog)
                    for (QWidget* w : QApplication::topLevelWidgets())
                        if (w != &window && w->isVisible() && qobject_cast<QDialog*>(w))
                            dialog = w;
                if (!dialog || seen)
                    return;
                seen = true;
                QTest::qWait(100);
                look(a, dialog);
                if (auto* d = qobject_cast<QDialog*>(dialog))
                    d->reject();
                else
                    dialog->close();
            };
            QTimer poll;
            QObject::connect(&poll, &QTimer::timeout, &window, meet);
            poll.start(50);
            a->trigger();
            QElapsedTimer waited;
            waited.start();
            while (!seen && waited.elapsed() < 1500)
                QTest::qWait(50);
            poll.stop();
            while (QWidget* left = QApplication::activeModalWidget()) {
                if (auto* d = qobject_cast<QDialog*>(left))
                    d->reject();
                else
                    left->close();
                QTest::qWait(20);
            }
        }
    }
}

} // namespace DemoWindow
