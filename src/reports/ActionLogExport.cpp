// The action log as CSV; the workbook is in ActionLogWorkbook.cpp.
#include "ActionLogExport.h"

#include "OutputFile.h"

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

QString csvField(QString text)
{
    // Text that a spreadsheet would run as a formula is kept as text.
    if (!text.isEmpty() && QStringLiteral("=+@").contains(text.at(0)))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')))
        return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return text;
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
    QByteArray out("\xEF\xBB\xBF");
    auto line = [&out](const QStringList& fields) {
        QStringList quoted;
        for (const QString& f : fields)
            quoted << csvField(f);
        out += quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
    };
    line(headers());
    for (const auto& r : rows)
        line(cells(r, today));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(out) != out.size() || !file.commit()) {
        if (error)
            *error = OutputFile::cannotWrite(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace ActionLogExport
