#include "OutputFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace OutputFile {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("OutputFile", text);
}

void set(QString* error, const QString& message)
{
    if (error)
        *error = message;
}
} // namespace

QString cannotWrite(const QString& path, const QString& why)
{
    return tr("%1 could not be written (%2). Choose a folder you may write to, and close the file if another "
              "program has it open.")
        .arg(QDir::toNativeSeparators(path), why);
}

QString temporaryFor(const QString& path)
{
    return path + QStringLiteral(".part");
}

bool replace(const QString& temporary, const QString& path, QString* error)
{
    QFile::remove(path);
    if (!QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        set(error, cannotWrite(path, tr("the finished file could not be moved into place")));
        return false;
    }
    return true;
}

} // namespace OutputFile
