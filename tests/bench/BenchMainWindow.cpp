// Prints how long the main window takes to open a database and to show each page.
// usage: BenchMainWindow DATABASE   (e.g. one made by `scrutineer demo --db ten.sqlite --scale 10`)
#include "gui/AppContext.h"
#include "gui/MainWindow.h"
#include "gui/Page.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <memory>

#include "store/Database.h"

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ScrutineerBench"));
    QTextStream out(stdout);
    if (argc < 2) {
        out << "usage: BenchMainWindow DATABASE\n";
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    QElapsedTimer timer;
    // Each page made on its own, to see which one the opening waits for.
    {
        timer.start();
        auto db = Database::open(path);
        out << "open the store: " << timer.elapsed() << " ms\n";
        AppContext context(*db);
        const std::pair<const char*, Page* (*)(AppContext&, QWidget*)> makers[] = {
            {"Dashboard", createDashboardPage}, {"Meetings", createMeetingsPage}, {"Actions", createActionsPage},
            {"Improvement plan", createPlanPage}, {"Figures", createFiguresPage}, {"Search", createSearchPage}};
        for (const auto& [name, make] : makers) {
            timer.restart();
            std::unique_ptr<Page> page(make(context, nullptr));
            out << "make the " << name << " page: " << timer.elapsed() << " ms\n";
        }
    }
    timer.restart();
    MainWindow window;
    if (!window.openDatabase(path))
        return 1;
    window.show();
    QApplication::processEvents();
    out << "open database and build pages: " << timer.elapsed() << " ms\n";
    for (int i = 0; i < 6; ++i) {
        timer.restart();
        window.showPage(PageId(i));
        window.page(PageId(i))->refresh();
        QApplication::processEvents();
        out << "show and refresh " << window.page(PageId(i))->title() << ": " << timer.elapsed() << " ms\n";
    }
    return 0;
}
