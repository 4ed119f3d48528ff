#pragma once

#include <QSize>

class QWidget;

// Every window opens fitting the screen it opens on, down to 1024×700: its preferred size when there
// is room, else as much of the screen as is available (less a margin for the window frame), never
// below what its contents need, and centred on its parent (or the screen).
namespace WindowSize {

// The room on the screen `widget` opens on (its parent's screen, else the primary one).
QSize available(const QWidget* widget);
// Resizes `widget` to `preferred` bounded by the room available, and places it on the screen.
void fit(QWidget* widget, QSize preferred);

} // namespace WindowSize
