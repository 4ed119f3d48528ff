#include "OutputFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace OutputFile {

namespace {
// The context of this file's strings, the same for tr() at run time and for lupdate.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)
};

void set(QString* error, const QString& message)
{
    if (error)
        *error = message;
}
} // namespace

QString cannotWrite(const QString& path, const QString& why)
{
    return Text::tr("%1 could not be written (%2). Choose a folder you may write to, and close the file if "
                    "another program has it open.")
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
        set(error, cannotWrite(path, Text::tr("the finished file could not be moved into place")));
        return false;
    }
    return true;
}

} // namespace OutputFile
