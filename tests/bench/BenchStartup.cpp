// Benchmark: launch to first painted window, and peak memory, of the real executable against a bare
// Qt main window (BareWindow, built beside this benchmark), in the same run, alternating, on the
// demo, ten-year and thirty-year databases, offscreen and (when Xvfb is installed) under Xvfb.
//
//   BenchStartup [--runs N] [--dir DIR] [--no-xvfb] [--app PATH]
//
// --app measures another build of scrutineer (an older one, to compare); it must honour
// SCRUTINEER_FIRST_PAINT=exit.
// DIR (default /tmp/scrutineer-bench) keeps demo.sqlite, ten.sqlite and thirty.sqlite, made with
// `scrutineer demo` when missing. Both programs are started with SCRUTINEER_FIRST_PAINT=exit: each
// prints "first-paint" when its main window has painted for the first time, then quits. The time is
// taken from fork() to that line; the memory is the child's ru_maxrss (wait4). Settings and data
// folders are fresh, so the application opens on its first page (the dashboard).
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <algorithm>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace {

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

struct Sample
{
    double paintMs = -1; // -1: no first paint within the time allowed
    double maxRssMiB = 0;
};

double nowMs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

// Runs `program args` with `env` (NAME=value strings), stdout to a pipe, stderr to /dev/null.
Sample launch(const QString& program, const QStringList& args, const QStringList& env)
{
    QList<QByteArray> argStore{program.toLocal8Bit()};
    for (const QString& a : args)
        argStore << a.toLocal8Bit();
    QList<QByteArray> envStore;
    for (const QString& e : env)
        envStore << e.toLocal8Bit();
    std::vector<char*> argv, envp;
    for (QByteArray& a : argStore)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    for (QByteArray& e : envStore)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    int fds[2];
    if (pipe(fds) != 0)
        return {};
    const double start = nowMs();
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(fds[1], STDOUT_FILENO);
        const int null = open("/dev/null", O_WRONLY);
        dup2(null, STDERR_FILENO);
        close(fds[0]);
        close(fds[1]);
        execve(argv[0], argv.data(), envp.data());
        _exit(127);
    }
    close(fds[1]);
    Sample s;
    QByteArray seen;
    pollfd p{fds[0], POLLIN, 0};
    while (s.paintMs < 0) {
        const int left = int(60000 - (nowMs() - start));
        if (left <= 0 || poll(&p, 1, left) <= 0)
            break;
        char buf[256];
        const ssize_t n = read(fds[0], buf, sizeof buf);
        if (n <= 0)
            break;
        seen.append(buf, n);
        if (seen.contains("first-paint"))
            s.paintMs = nowMs() - start;
    }
    if (s.paintMs < 0)
        kill(pid, SIGKILL);
    close(fds[0]);
    int status = 0;
    rusage ru{};
    while (wait4(pid, &status, 0, &ru) < 0 && errno == EINTR) {
    }
    s.maxRssMiB = ru.ru_maxrss / 1024.0;
    return s;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

bool makeDatabase(const QString& scrutineer, const QString& path, int years)
{
    if (QFileInfo::exists(path))
        return true;
    QStringList args{QStringLiteral("demo"), QStringLiteral("--db"), path};
    if (years > 0)
        args << QStringLiteral("--scale") << QString::number(years);
    out() << "making " << path << " with scrutineer " << args.join(QLatin1Char(' ')) << " …\n";
    out().flush();
    QProcess demo;
    demo.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    demo.start(scrutineer, args);
    return demo.waitForFinished(-1) && demo.exitCode() == 0 && QFileInfo::exists(path);
}

// An Xvfb server of our own, for as long as the benchmark runs.
struct Xvfb
{
    QProcess process;
    QString display;
    bool start()
    {
        const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
        if (xvfb.isEmpty())
            return false;
        for (int n = 140 + int(getpid() % 50); n < 240; ++n) {
            if (QFileInfo::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(n)) ||
                QFileInfo::exists(QStringLiteral("/tmp/.X%1-lock").arg(n)))
                continue;
            display = QStringLiteral(":%1").arg(n);
            process.start(xvfb, {display, QStringLiteral("-screen"), QStringLiteral("0"),
                                 QStringLiteral("1600x1000x24"), QStringLiteral("-nolisten"),
                                 QStringLiteral("tcp")});
            if (!process.waitForStarted(5000))
                return false;
            for (int i = 0; i < 100; ++i) {
                if (QFileInfo::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(n)))
                    return true;
                QThread::msleep(50);
            }
            process.kill();
            process.waitForFinished();
            return false;
        }
        return false;
    }
    ~Xvfb()
    {
        if (process.state() != QProcess::NotRunning) {
            process.terminate();
            process.waitForFinished(3000);
        }
    }
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList args = application.arguments();
    int runs = 9;
    QString dir = QStringLiteral("/tmp/scrutineer-bench");
    bool xvfbWanted = true;
    QString app;
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--runs") && i + 1 < args.size())
            runs = qMax(1, args.at(++i).toInt());
        else if (args.at(i) == QLatin1String("--dir") && i + 1 < args.size())
            dir = args.at(++i);
        else if (args.at(i) == QLatin1String("--no-xvfb"))
            xvfbWanted = false;
        else if (args.at(i) == QLatin1String("--app") && i + 1 < args.size())
            app = args.at(++i);
    }
    const QString benchDir = QCoreApplication::applicationDirPath();
    const QString scrutineer = app.isEmpty()
                                   ? QDir(benchDir).absoluteFilePath(QStringLiteral("../bin/scrutineer"))
                                   : QFileInfo(app).absoluteFilePath();
    const QString bare = QDir(benchDir).absoluteFilePath(QStringLiteral("BareWindow"));
    if (!QFileInfo(scrutineer).isExecutable() || !QFileInfo(bare).isExecutable()) {
        out() << "BenchStartup needs " << scrutineer << " and " << bare << " (build everything first)\n";
        return 2;
    }
    QDir().mkpath(dir);
    struct Db
    {
        const char* label;
        QString file;
        int years;
    };
    const QList<Db> dbs{{"demo", QDir(dir).filePath(QStringLiteral("demo.sqlite")), 0},
                        {"ten years", QDir(dir).filePath(QStringLiteral("ten.sqlite")), 10},
                        {"thirty years", QDir(dir).filePath(QStringLiteral("thirty.sqlite")), 30}};
    for (const Db& db : dbs)
        if (!makeDatabase(scrutineer, db.file, db.years)) {
            out() << "could not make " << db.file << "\n";
            return 1;
        }

    Xvfb xvfb;
    QList<QPair<QString, QString>> platforms{{QStringLiteral("offscreen"), QString()}};
    if (xvfbWanted && xvfb.start())
        platforms.append({QStringLiteral("xcb"), xvfb.display});
    else
        out() << "Xvfb not available: offscreen only\n";

    QTemporaryDir home;
    QStringList baseEnv;
    const QStringList dropped{QStringLiteral("QT_QPA_PLATFORM="),       QStringLiteral("DISPLAY="),
                              QStringLiteral("WAYLAND_DISPLAY="),       QStringLiteral("XDG_CONFIG_HOME="),
                              QStringLiteral("XDG_DATA_HOME="),         QStringLiteral("XDG_CACHE_HOME="),
                              QStringLiteral("SCRUTINEER_FIRST_PAINT=")};
    for (char** e = environ; *e; ++e) {
        const QString kv = QString::fromLocal8Bit(*e);
        if (std::none_of(dropped.begin(), dropped.end(),
                         [&kv](const QString& d) { return kv.startsWith(d); }))
            baseEnv << kv;
    }
    baseEnv << QStringLiteral("SCRUTINEER_FIRST_PAINT=exit")
            << QStringLiteral("XDG_CONFIG_HOME=%1/config").arg(home.path())
            << QStringLiteral("XDG_DATA_HOME=%1/data").arg(home.path())
            << QStringLiteral("XDG_CACHE_HOME=%1/cache").arg(home.path());

    out() << "median of " << runs
          << " runs each, alternating; time from fork to the first painted window\n\n";
    out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                 .arg(QStringLiteral("platform"), -10)
                 .arg(QStringLiteral("database"), -13)
                 .arg(QStringLiteral("app ms"), 8)
                 .arg(QStringLiteral("bare ms"), 8)
                 .arg(QStringLiteral("ratio"), 6)
                 .arg(QStringLiteral("app MiB"), 8)
                 .arg(QStringLiteral("bare MiB"), 9)
                 .arg(QStringLiteral("ratio"), 6);
    out().flush();
    for (const auto& [platform, display] : platforms) {
        QStringList env = baseEnv;
        env << QStringLiteral("QT_QPA_PLATFORM=%1").arg(platform);
        if (!display.isEmpty())
            env << QStringLiteral("DISPLAY=%1").arg(display);
        QHash<QString, double> appMedians;
        for (const Db& db : dbs) {
            // Settings start fresh for each database: the first page is the dashboard.
            QDir(home.path() + QStringLiteral("/config")).removeRecursively();
            const QStringList appArgs{QStringLiteral("--db"), db.file};
            launch(scrutineer, appArgs, env); // warm the page cache and the settings
            launch(bare, {}, env);
            QList<double> appMs, bareMs, appMiB, bareMiB;
            int failures = 0;
            for (int i = 0; i < runs; ++i) {
                const Sample a = launch(scrutineer, appArgs, env);
                const Sample b = launch(bare, {}, env);
                if (a.paintMs < 0 || b.paintMs < 0) {
                    ++failures;
                    continue;
                }
                appMs << a.paintMs;
                bareMs << b.paintMs;
                appMiB << a.maxRssMiB;
                bareMiB << b.maxRssMiB;
            }
            if (appMs.isEmpty()) {
                out() << platform << " " << db.label << ": no first paint seen\n";
                continue;
            }
            const double am = median(appMs), bm = median(bareMs), ar = median(appMiB), br = median(bareMiB);
            appMedians.insert(QString::fromLatin1(db.label), am);
            out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8%9\n")
                         .arg(platform, -10)
                         .arg(QString::fromLatin1(db.label), -13)
                         .arg(am, 8, 'f', 1)
                         .arg(bm, 8, 'f', 1)
                         .arg(am / bm, 5, 'f', 2)
                         .arg(ar, 8, 'f', 1)
                         .arg(br, 9, 'f', 1)
                         .arg(ar / br, 5, 'f', 2)
                         .arg(failures ? QStringLiteral("  (%1 runs without a paint)").arg(failures)
                                       : QString());
            out().flush();
        }
        const double ten = appMedians.value(QStringLiteral("ten years"));
        const double thirty = appMedians.value(QStringLiteral("thirty years"));
        if (ten > 0 && thirty > 0)
            out() << QStringLiteral("%1: thirty years / ten years = %2\n\n")
                         .arg(platform)
                         .arg(thirty / ten, 0, 'f', 2);
        out().flush();
    }
    return 0;
}
