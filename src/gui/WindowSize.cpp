#include "WindowSize.h"

#include <QGuiApplication>
#include <QScreen>
#include <QStyle>
#include <QWidget>

namespace WindowSize {

namespace {

QScreen* screenOf(const QWidget* widget)
{
    if (widget && widget->parentWidget() && widget->parentWidget()->window()->screen())
        return widget->parentWidget()->window()->screen();
    if (widget && widget->screen())
        return widget->screen();
    return QGuiApplication::primaryScreen();
}

// Room left for the title bar and borders the window manager adds around the window.
constexpr int kFrameWidth = 16;
constexpr int kFrameHeight = 48;

} // namespace

QSize available(const QWidget* widget)
{
    const QScreen* screen = screenOf(widget);
    const QSize room = screen ? screen->availableGeometry().size() : QSize(1024, 700);
    return {qMax(320, room.width() - kFrameWidth), qMax(240, room.height() - kFrameHeight)};
}

void fit(QWidget* widget, QSize preferred)
{
    const QSize room = available(widget);
    const QSize size = preferred.boundedTo(room).expandedTo(widget->minimumSizeHint().boundedTo(room));
    widget->resize(size);
    const QScreen* screen = screenOf(widget);
    if (!screen || widget->parentWidget())
        return; // a dialog is centred on its parent by the window manager (and by Qt on show)
    const QRect area = screen->availableGeometry();
    widget->move(area.center() - QPoint(size.width() / 2, size.height() / 2));
}

} // namespace WindowSize
