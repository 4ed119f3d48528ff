#pragma once
// Runs the scrutineer binary as a person would from a shell, for the tests of its commands.
#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

struct CliRun
{
    int exitCode = -1; // -1: it did not finish within two minutes
    QByteArray out;
    QByteArray err;
};

inline CliRun runScrutineer(const QStringList& args,
                            const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SCRUTINEER_BINARY), args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}
