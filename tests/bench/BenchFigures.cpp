// How long the Figures page's grid and charts take on a big database (prints the times).
// Usage: BenchFigures [DB]   (default: a ten-year synthetic database made in memory)
#include "gui/AppContext.h"
#include "gui/FigureImportDialog.h"
#include "gui/FiguresModel.h"
#include "gui/IndicatorCatalogueDialog.h"
#include "gui/Page.h"
#include "reports/FigureChart.h"
#include "store/Database.h"
#include "store/DemoData.h"
#include "store/FigureImport.h"
#include "store/IndicatorRepository.h"
#include "store/StoreSql.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTableView>
#include <QTemporaryDir>
#include <cstdio>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<Database> db;
    if (argc > 1) {
        db = Database::open(QString::fromLocal8Bit(argv[1]), QStringLiteral("admin"));
        std::printf("opened %s: %lld ms\n", argv[1], clock.restart());
    } else {
        db = Database::open(QStringLiteral(":memory:"), QStringLiteral("admin"));
        DemoData::createScaled(*db, 10, 1);
        std::printf("ten-year synthetic database made: %lld ms\n", clock.restart());
    }
    const qint64 values =
        StoreSql::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM indicator_values")).toLongLong();
    IndicatorRepository repo(*db);
    const auto teams = repo.teams();
    const auto indicators = repo.indicators();
    std::printf("%lld figures, %lld teams, %lld indicators, %lld months\n", values, qint64(teams.size()),
                qint64(indicators.size()), qint64(repo.periods().size()));
    if (teams.isEmpty() || indicators.isEmpty())
        return 1;

    FiguresModel model(*db);
    clock.restart();
    model.load(teams.first().id);
    std::printf("grid model for one team: %lld ms (%d rows x %d months)\n", clock.restart(), model.rowCount(),
                model.columnCount());
    for (const auto& t : teams)
        model.load(t.id);
    std::printf("grid model for all %lld teams: %lld ms\n", qint64(teams.size()), clock.restart());

    AppContext context(*db);
    clock.restart();
    std::unique_ptr<Page> page(createFiguresPage(context, nullptr));
    page->resize(1280, 800);
    page->show();
    QApplication::processEvents();
    std::printf("Figures page opened and shown (grid and first chart): %lld ms\n", clock.restart());

    qint64 worst = 0, total = 0;
    for (const auto& ind : indicators) {
        QElapsedTimer one;
        one.start();
        const QImage image =
            FigureChart::render(*db, ind.key, {teams.first().id}, QSize(900, 420), {true, true, 0});
        const qint64 ms = one.elapsed();
        worst = qMax(worst, ms);
        total += ms;
        if (image.isNull())
            return 1;
    }
    std::printf("chart of each indicator, every month, other teams drawn (%lld charts): mean %.1f ms, worst "
                "%lld ms\n",
                qint64(indicators.size()), double(total) / indicators.size(), worst);
    clock.restart();
    for (const auto& ind : indicators)
        renderIndicatorChart(*db, ind.key, {teams.first().id}, QSize(600, 300));
    std::printf("briefing-pack charts (24 months): %.1f ms each\n",
                double(clock.elapsed()) / indicators.size());

    clock.restart();
    {
        IndicatorCatalogueDialog dialog(*db);
        dialog.show();
        QApplication::processEvents();
        std::printf("indicator catalogue dialog opened: %lld ms\n", clock.restart());
    }

    // A year of every typed indicator for every team: the preview of a large CSV export.
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("figures.csv"));
    int lines = 0;
    {
        QFile f(csv);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write("period,team,indicator,value\n");
        for (const auto& t : teams)
            for (const auto& ind : indicators)
                if (!ind.derived())
                    for (int m = 1; m <= 12; ++m, ++lines)
                        f.write(QStringLiteral("2099-%1,\"%2\",%3,%4\n")
                                    .arg(m, 2, 10, QLatin1Char('0'))
                                    .arg(t.name, ind.key)
                                    .arg(10 + m)
                                    .toUtf8());
    }
    clock.restart();
    {
        QFile f(csv);
        if (!f.open(QIODevice::ReadOnly))
            return 1;
        const auto checked = FigureImport::check(*db, QString::fromUtf8(f.readAll()));
        std::printf("CSV check of %d rows (store only): %lld ms, %lld errors\n", lines, clock.restart(),
                    qint64(checked.errors.size()));
    }
    {
        FigureImportDialog dialog(*db);
        dialog.setFile(csv);
        std::printf("CSV import preview of %d rows: %lld ms\n", lines, clock.restart());
    }
    return 0;
}
