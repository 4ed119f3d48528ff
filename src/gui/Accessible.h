#pragma once

#include <QString>

class QLabel;
class QWidget;

// Names for screen readers, taken from the words a sighted person reads beside a control (a label,
// a group's title, a tab, a window's title), so that every list, table and field is announced.
namespace Accessible {

// Gives `widget` the accessible name `visibleText` (its mnemonic '&' and a closing ':' removed),
// unless it has one already.
void nameAfter(QWidget* widget, const QString& visibleText);
// The same from `label`, which becomes the widget's buddy (Alt+its letter reaches it).
void nameAfter(QWidget* widget, QLabel* label);

} // namespace Accessible
