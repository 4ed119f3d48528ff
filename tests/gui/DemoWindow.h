#pragma once

// The window tests' shared set-up: settings of their own (never the person's) and the demo database
// made by the real program, in `dir`.
#include <QCoreApplication>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

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

} // namespace DemoWindow
