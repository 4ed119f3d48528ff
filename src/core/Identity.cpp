#include "Identity.h"

#include "Translations.h"

#include <QCoreApplication>

namespace Identity {

void set()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Scrutineer"));
    QCoreApplication::setApplicationName(QStringLiteral("Scrutineer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SCRUTINEER_VERSION));
    Translations::install(); // the language chosen in Settings, now that they can be read
}

} // namespace Identity
