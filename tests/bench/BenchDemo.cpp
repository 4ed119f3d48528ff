// Benchmark: how long the demo and the synthetic databases take to make, and how big they are.
//
//   BenchDemo [YEARS]      (default 10)
//
// Writes to files in a temporary folder (WAL, as the command does) and prints, for the demo and
// for 1 and YEARS years of synthetic data: seconds, file size, and rows per second.
#include "store/Database.h"
#include "store/DemoData.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

double megabytes(const QString& path)
{
    qint64 size = 0;
    for (const char* suffix : {"", "-wal"})
        size += QFileInfo(path + QString::fromLatin1(suffix)).size();
    return double(size) / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int years = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10;
    QTemporaryDir dir;
    {
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        QElapsedTimer t;
        t.start();
        {
            auto db = Database::open(path, QStringLiteral("bench"));
            DemoData::create(*db);
        }
        out() << "demo: " << t.elapsed() << " ms, " << QString::number(megabytes(path), 'f', 2) << " MB"
              << Qt::endl;
    }
    for (int y : {1, years}) {
        const QString path = dir.filePath(QStringLiteral("scale%1.sqlite").arg(y));
        QElapsedTimer t;
        t.start();
        DemoData::ScaleCounts c;
        {
            auto db = Database::open(path, QStringLiteral("bench"));
            c = DemoData::createScaled(*db, y, 1);
        }
        const double seconds = double(t.elapsed()) / 1000;
        const qint64 rows = qint64(c.meetings) + c.items + c.actions + c.milestones + c.figures;
        out() << "scale " << y << ": " << QString::number(seconds, 'f', 2) << " s, "
              << QString::number(megabytes(path), 'f', 1) << " MB; " << c.meetings << " meetings, " << c.items
              << " items, " << c.actions << " actions, " << c.milestones << " milestones, " << c.figures
              << " figures, " << QString::number(double(c.textBytes) / 1e6, 'f', 1)
              << " M characters of minutes; " << qint64(rows / seconds) << " rows/s" << Qt::endl;
    }
    return 0;
}
