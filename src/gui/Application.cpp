#include "Application.h"

#include "MainWindow.h"
#include "Settings.h"
#include "core/Identity.h"
#include "store/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>
#include <cstdio>

namespace Application {

void setIdentity()
{
    Identity::set();
}

int runGui(int argc, char* argv[])
{
    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Scrutineer"));
    QApplication::setDesktopFileName(QStringLiteral("org.scrutineer.Scrutineer"));
    // The icon installed in the theme under the application id (data/CMakeLists.txt), else the built-in one.
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.scrutineer.Scrutineer"),
                                                 QIcon(QStringLiteral(":/icons/scrutineer.svg"))));
    Settings::migrate();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Application", "Scrutiny of a children's services improvement plan."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QCoreApplication::translate("Application",
                                    "Open FILE, or a server's postgresql://user@host[:port]/dbname."),
        QStringLiteral("FILE|URL"));
    const QCommandLineOption shotsOption(
        QStringLiteral("screenshots"),
        QCoreApplication::translate("Application", "Save a screenshot of every page in DIR, then quit."),
        QStringLiteral("DIR"));
    parser.addOption(dbOption);
    parser.addOption(shotsOption);
    parser.process(app);

    QString path = parser.value(dbOption);
    if (path.isEmpty())
        path = Settings::value(Settings::Key::LastDatabase).toString();
    if (path.isEmpty() || (!ServerAddress::isServerUrl(path) && !QFileInfo::exists(path))) {
        const QString demo = Database::defaultPath();
        Database::makePrivateFolder(QFileInfo(demo).absolutePath());
        if (parser.value(dbOption).isEmpty())
            path = demo;
    }

    MainWindow window;
    if (parser.isSet(shotsOption))
        window.setScreenshotMode(true); // the person's saved window and page are left alone
    // SCRUTINEER_FIRST_PAINT=exit (the start-up benchmark): once the window has painted for the first
    // time, say so on standard output and quit, so that launch-to-first-paint can be timed from
    // outside the process, the same way as a bare Qt window's.
    if (qEnvironmentVariable("SCRUTINEER_FIRST_PAINT") == QLatin1String("exit"))
        QObject::connect(&window, &MainWindow::firstPainted, &app, [] {
            QTimer::singleShot(0, qApp, [] {
                std::fputs("first-paint\n", stdout);
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        });
    if (!window.openDatabase(path))
        window.showWithoutDatabase();
    window.show();
    if (parser.isSet(shotsOption)) {
        const QString dir = parser.value(shotsOption);
        QTimer::singleShot(300, &window, [&window, dir] {
            window.saveScreenshots(dir);
            QApplication::quit();
        });
    }
    return app.exec();
}

} // namespace Application
