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

QString tr(const char* text)
{
    return QCoreApplication::translate("ActionLogExport", text);
}

QString iso(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

namespace ActionLogExport {

QStringList headers()
{
    return {tr("Reference"),   tr("Action"),  tr("Owner"),     tr("Due"),    tr("Status"),
            tr("Last update"), tr("Meeting"), tr("Committee"), tr("Overdue")};
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
            row.isOverdue(today) ? tr("Overdue") : QString()};
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
