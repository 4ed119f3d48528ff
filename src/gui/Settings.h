#pragma once

#include <QVariant>

// Typed settings keys with defaults, stored with QSettings. A versioned migrate() renames old keys.
class Settings
{
public:
    enum class Key
    {
        LastDatabase,
        RecentDatabases,
        WindowGeometry,
        WindowState,
        LastPage,
        LastCommittee,
        LastImportFolder,
        LastExportFolder,
    };

    static QVariant value(Key key);
    static void setValue(Key key, const QVariant& value);
    static void migrate();

    static QStringList recentDatabases();
    static void addRecentDatabase(const QString& path);

private:
    static QString name(Key key);
    static QVariant defaultValue(Key key);
};
