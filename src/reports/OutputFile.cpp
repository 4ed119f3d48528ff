#include "OutputFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <xlsxwriter.h>

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

lxw_workbook* newWorkbook(const QString& path, QString* error)
{
    if (!QFileInfo(path).absoluteDir().exists()) {
        set(error, cannotWrite(path, tr("the folder does not exist")));
        return nullptr;
    }
    lxw_workbook* book = workbook_new(QFile::encodeName(temporaryFor(path)).constData());
    if (!book)
        set(error, cannotWrite(path, tr("the workbook could not be created")));
    return book;
}

bool finishWorkbook(lxw_workbook* book, const QString& path, QString* error)
{
    const lxw_error result = workbook_close(book);
    if (result != LXW_NO_ERROR) {
        QFile::remove(temporaryFor(path));
        set(error, cannotWrite(path, QString::fromUtf8(lxw_strerror(result))));
        return false;
    }
    return replace(temporaryFor(path), path, error);
}

} // namespace OutputFile
