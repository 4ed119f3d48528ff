// The anchor of BenchStartup: a bare Qt main window, the size of Scrutineer's, that says when it has
// first painted (SCRUTINEER_FIRST_PAINT=exit) and quits, exactly as the application does.
#include <QApplication>
#include <QMainWindow>
#include <QTimer>
#include <cstdio>

namespace {

class Window : public QMainWindow
{
protected:
    void paintEvent(QPaintEvent* event) override
    {
        QMainWindow::paintEvent(event);
        if (m_seen || qEnvironmentVariable("SCRUTINEER_FIRST_PAINT") != QLatin1String("exit"))
            return;
        m_seen = true;
        QTimer::singleShot(0, qApp, [] {
            std::fputs("first-paint\n", stdout);
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }

private:
    bool m_seen = false;
};

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    Window window;
    window.setWindowTitle(QStringLiteral("Bare window"));
    window.resize(1280, 820);
    window.show();
    return app.exec();
}
