// The action log as CSV; the workbook is in ActionLogWorkbook.cpp.
#include "ActionLogExport.h"

#include "OutputFile.h"
#include "core/Csv.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace {

// The context of this file's strings, the same for tr() at run time and for lupdate.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ActionLogExport)
};

QString iso(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

namespace ActionLogExport {

QStringList headers()
{
    return {Text::tr("Reference"), Text::tr("Action"),    Text::tr("Owner"),
            Text::tr("Due"),       Text::tr("Status"),    Text::tr("Last update"),
            Text::tr("Meeting"),   Text::tr("Committee"), Text::tr("Overdue")};
}

QStringList cells(const ActionRepository::Row& row, const QDate& today)
{
    return {row.reference,
            row.text,
            row.owner,
            iso(row.due),
            ActionRepository::statusName(row.status),
            iso(row.lastUpdate),
            iso(row.meetingDate),
            row.committee,
            row.isOverdue(today) ? Text::tr("Overdue") : QString()};
}

bool writeCsv(const QList<ActionRepository::Row>& rows, const QString& path, const QDate& today,
              QString* error)
{
    QList<QStringList> records = {headers()};
    for (const auto& r : rows)
        records << cells(r, today);
    const QByteArray out = Csv::document(records);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(out) != out.size() || !file.commit()) {
        if (error)
            *error = OutputFile::cannotWrite(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace ActionLogExport
