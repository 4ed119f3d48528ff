// The workbook half of OutputFile (libxlsxwriter), kept apart so that the text exports link without it.
#include "OutputFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <xlsxwriter.h>

namespace OutputFile {

namespace {
// The context of this file's strings, the same for tr() at run time and for lupdate.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)
};

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}
} // namespace

QByteArray cellText(const QString& text)
{
    // Excel refuses cells longer than 32,767 characters.
    return (text.size() > 32000 ? text.left(32000) + QStringLiteral("…") : text).toUtf8();
}

lxw_workbook* newWorkbook(const QString& path, QString* error)
{
    if (!QFileInfo(path).absoluteDir().exists()) {
        setError(error, cannotWrite(path, Text::tr("the folder does not exist")));
        return nullptr;
    }
    lxw_workbook* book = workbook_new(QFile::encodeName(temporaryFor(path)).constData());
    if (!book)
        setError(error, cannotWrite(path, Text::tr("the workbook could not be created")));
    return book;
}

bool finishWorkbook(lxw_workbook* book, const QString& path, QString* error)
{
    const lxw_error result = workbook_close(book);
    if (result != LXW_NO_ERROR) {
        QFile::remove(temporaryFor(path));
        setError(error, cannotWrite(path, QString::fromUtf8(lxw_strerror(result))));
        return false;
    }
    return replace(temporaryFor(path), path, error);
}

} // namespace OutputFile
