// libFuzzer target: the CSV readers. Each input is read as Csv::decode/parse do, then as a file of
// figures (FigureImport::check) and as an improvement plan (PlanSpreadsheet::preview) against the
// demo database held in memory; neither writes, so every input meets the same database.
//   build-fuzz/bin/FuzzCsv -runs=10000000 build-fuzz/fuzz-corpus/csv
#include "core/Csv.h"
#include "store/Database.h"
#include "store/DemoData.h"
#include "store/FigureImport.h"
#include "store/PlanSpreadsheet.h"

#include <QCoreApplication>

namespace {
Database* g_db = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    static auto db = Database::open(QStringLiteral(":memory:"), QStringLiteral("officer"));
    DemoData::create(*db);
    g_db = db.get();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > 256 * 1024)
        return -1;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const Csv::Decoded decoded = Csv::decode(bytes);
    const Csv::Table table = Csv::parse(decoded.text);
    for (const Csv::Record& r : table.records)
        for (const QString& cell : r.cells)
            if (Csv::unguarded(Csv::guarded(cell)) != cell) // the guard must round-trip
                __builtin_trap();
    const FigureImport::Result figures = FigureImport::check(*g_db, bytes);
    if (figures.errors.size() > Csv::kErrorLimit || (figures.ok() && figures.errorCount != 0))
        __builtin_trap();
    const PlanSpreadsheet::ImportResult plan =
        PlanSpreadsheet(*g_db).preview(bytes, QStringLiteral("fuzz.csv"));
    if (plan.errors.size() > Csv::kErrorLimit)
        __builtin_trap();
    return 0;
}
