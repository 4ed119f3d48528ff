#include "Identity.h"

#include <QCoreApplication>

namespace Identity {

void set()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Scrutineer"));
    QCoreApplication::setApplicationName(QStringLiteral("Scrutineer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SCRUTINEER_VERSION));
}

} // namespace Identity
