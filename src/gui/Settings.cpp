#include "Settings.h"

#include <QFileInfo>
#include <QSettings>

namespace {
constexpr int kSettingsVersion = 1;
constexpr int kMaxRecent = 8;
} // namespace

QString Settings::name(Key key)
{
    switch (key) {
    case Key::LastDatabase:
        return QStringLiteral("database/last");
    case Key::RecentDatabases:
        return QStringLiteral("database/recent");
    case Key::WindowGeometry:
        return QStringLiteral("window/geometry");
    case Key::WindowState:
        return QStringLiteral("window/state");
    case Key::LastPage:
        return QStringLiteral("window/page");
    case Key::LastCommittee:
        return QStringLiteral("context/committee");
    case Key::LastImportFolder:
        return QStringLiteral("folders/import");
    case Key::LastExportFolder:
        return QStringLiteral("folders/export");
    }
    return QString();
}

QVariant Settings::defaultValue(Key key)
{
    switch (key) {
    case Key::RecentDatabases:
        return QStringList();
    case Key::LastPage:
        return 0;
    case Key::LastCommittee:
        return 0;
    default:
        return QVariant();
    }
}

QVariant Settings::value(Key key)
{
    return QSettings().value(name(key), defaultValue(key));
}

void Settings::setValue(Key key, const QVariant& value)
{
    QSettings().setValue(name(key), value);
}

void Settings::migrate()
{
    QSettings s;
    const int version = s.value(QStringLiteral("settings/version"), 0).toInt();
    if (version >= kSettingsVersion)
        return;
    // Version 1 is the first; later versions rename keys here, one step at a time.
    s.setValue(QStringLiteral("settings/version"), kSettingsVersion);
}

QStringList Settings::recentDatabases()
{
    QStringList out;
    for (const QString& p : value(Key::RecentDatabases).toStringList())
        if (QFileInfo::exists(p))
            out << p;
    return out;
}

void Settings::addRecentDatabase(const QString& path)
{
    QStringList list = value(Key::RecentDatabases).toStringList();
    const QString abs = QFileInfo(path).absoluteFilePath();
    list.removeAll(abs);
    list.prepend(abs);
    while (list.size() > kMaxRecent)
        list.removeLast();
    setValue(Key::RecentDatabases, list);
    setValue(Key::LastDatabase, abs);
}
