// Prints how long the main window takes to open a database, to show each page for the first time
// (made, loaded and painted), and to refresh the dashboard after a change (of data, of meeting).
// usage: BenchMainWindow DATABASE [RUNS]  (e.g. one made by `scrutineer demo --db thirty.sqlite --scale 30`)
// Acceptance (issue 12): each first show within 100 ms on thirty years, the dashboard's refresh within 50 ms.
#include "gui/AppContext.h"
#include "gui/MainWindow.h"
#include "gui/Page.h"
#include "store/Database.h"
#include "store/QueryPlan.h"
#include "store/StoreSql.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <memory>

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

double msSince(const QElapsedTimer& t)
{
    return t.nsecsElapsed() / 1e6;
}

// Runs the event loop until `page` has loaded (or a second has passed), then paints the window.
void waitForLoad(MainWindow& window, Page* page)
{
    if (!page->isLoaded()) {
        QEventLoop loop;
        QObject::connect(page, &Page::loaded, &loop, &QEventLoop::quit);
        QTimer::singleShot(1000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    window.repaint();
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir settings;
    qputenv("XDG_CONFIG_HOME", settings.path().toUtf8());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ScrutineerBench"));
    QTextStream out(stdout);
    if (argc < 2) {
        out << "usage: BenchMainWindow DATABASE [RUNS]\n";
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int runs = argc > 2 ? qMax(1, QString::fromLocal8Bit(argv[2]).toInt()) : 5;
    QElapsedTimer timer;
    {
        timer.start();
        auto db = Database::open(path);
        out << "open the store: " << msSince(timer) << " ms\n";
    }

    const int pages = 6;
    QList<QList<double>> firstShow(pages);
    QList<double> opening, dataRefresh, meetingRefresh;
    QStringList titles;
    for (int run = 0; run < runs; ++run) {
        MainWindow window;
        timer.restart();
        if (!window.openDatabase(path))
            return 1;
        window.show();
        window.repaint();
        opening << msSince(timer);
        // Every page but the first (shown with the window) for the first time, in side-bar order.
        for (int i = 0; i < pages; ++i) {
            timer.restart();
            window.showPage(PageId(i));
            waitForLoad(window, window.page(PageId(i)));
            if (i > 0)
                firstShow[i] << msSince(timer);
            if (run == 0)
                titles << window.page(PageId(i))->title();
        }
        window.showPage(PageId::Dashboard);
        Page* dashboard = window.page(PageId::Dashboard);
        QApplication::processEvents();
        if (run == 0) {
            // The statements of one dashboard load, each run again on its own: the slowest first.
            QList<Database::Statement> statements;
            {
                QueryPlan::Recorder recorder(*window.database());
                dashboard->refresh();
                statements = recorder.statements();
            }
            QList<QPair<double, QString>> timed;
            for (const Database::Statement& st : std::as_const(statements)) {
                QElapsedTimer t;
                t.start();
                StoreSql::rows(*window.database(), st.sql, st.values);
                timed.append({msSince(t), st.sql.simplified().left(110)});
            }
            std::sort(timed.begin(), timed.end(),
                      [](const auto& a, const auto& b) { return a.first > b.first; });
            double total = 0;
            for (const auto& [ms, sql] : timed)
                total += ms;
            out << statements.size() << " statements in a dashboard load, " << total
                << " ms in all; the slowest:\n";
            for (int i = 0; i < qMin(8, int(timed.size())); ++i)
                out << QStringLiteral("  %1 ms  %2\n")
                           .arg(timed.at(i).first, 6, 'f', 2)
                           .arg(timed.at(i).second);
            timer.restart();
            dashboard->refresh();
            out << "a dashboard load, all told: " << msSince(timer) << " ms\n";
        }
        // A change made elsewhere (a figure saved, a rating changed): the dashboard reloads once.
        timer.restart();
        window.context()->notifyDataChanged();
        waitForLoad(window, dashboard);
        dataRefresh << msSince(timer);
        // Another meeting chosen at the top.
        auto* meetings = window.findChild<QComboBox*>(QStringLiteral("meetingBox"));
        if (meetings && meetings->count() > 1) {
            timer.restart();
            meetings->setCurrentIndex((meetings->currentIndex() + 1) % meetings->count());
            waitForLoad(window, dashboard);
            meetingRefresh << msSince(timer);
        }
    }
    out << "median of " << runs << " runs on " << path << "\n";
    out << QStringLiteral("open the database and paint the window (dashboard): %1 ms\n")
               .arg(median(opening), 0, 'f', 1);
    for (int i = 1; i < pages; ++i)
        out << QStringLiteral("first show of %1: %2 ms\n")
                   .arg(titles.value(i))
                   .arg(median(firstShow.at(i)), 0, 'f', 1);
    out << QStringLiteral("dashboard refresh after a change of data: %1 ms\n")
               .arg(median(dataRefresh), 0, 'f', 1);
    if (!meetingRefresh.isEmpty())
        out << QStringLiteral("dashboard refresh after another meeting is chosen: %1 ms\n")
                   .arg(median(meetingRefresh), 0, 'f', 1);
    return 0;
}
