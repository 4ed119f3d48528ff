#include "Accessible.h"

#include <QLabel>
#include <QWidget>

namespace Accessible {

void nameAfter(QWidget* widget, const QString& visibleText)
{
    if (!widget || !widget->accessibleName().isEmpty())
        return;
    QString name;
    for (int i = 0; i < visibleText.size(); ++i) {
        if (visibleText.at(i) == QLatin1Char('&') && i + 1 < visibleText.size()) {
            name += visibleText.at(++i); // "&&" is an ampersand; "&x" is x
            continue;
        }
        name += visibleText.at(i);
    }
    name = name.trimmed();
    if (name.endsWith(QLatin1Char(':')))
        name.chop(1);
    widget->setAccessibleName(name.trimmed());
}

void nameAfter(QWidget* widget, QLabel* label)
{
    if (!label)
        return;
    label->setBuddy(widget);
    nameAfter(widget, label->text());
}

} // namespace Accessible
