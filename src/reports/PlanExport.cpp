// The improvement plan as CSV; the workbook is in PlanWorkbook.cpp.
#include "PlanExport.h"

#include "OutputFile.h"
#include "store/Database.h"
#include "store/PlanSpreadsheet.h"

#include <QSaveFile>

namespace PlanExport {

bool writeCsv(const Database& db, const QString& path, qint64 planId, QString* error)
{
    try {
        const QByteArray csv = PlanSpreadsheet(const_cast<Database&>(db)).toCsv(planId);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
            if (error)
                *error = OutputFile::cannotWrite(path, file.errorString());
            return false;
        }
        return true;
    } catch (const StoreError& e) {
        if (error)
            *error = e.message();
        return false;
    }
}

} // namespace PlanExport
