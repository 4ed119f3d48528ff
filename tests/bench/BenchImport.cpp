// Import benchmark: Scrutineer's import and `pdftotext -layout`, each timed as whole processes on
// the same files, in alternating runs, the median of several:
//   - the good PDFs of the labelled corpus in one batch: one `scrutineer import --dry-run --json
//     FILE...` against `pdftotext -layout FILE -` run on each file in turn;
//   - each document of the real corpus on its own: `scrutineer import --dry-run --json FILE`
//     against `pdftotext -layout FILE -`.
// It prints both times and their ratio (targets: batch <= 1.5, each real document <= 2), and the
// start-up of each program on an empty file, which bounds what small files can reach.
//
// usage: BenchImport [--runs N] [CORPUS_DIR [REAL_DIR]]
//        (defaults ../shared/corpus/minutes and ../shared/corpus/real, from the project root)
#include "importer/MinutesParser.h"
#include "importer/MinutesSource.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <functional>

namespace {

// Milliseconds of one process from start to exit, its output read and thrown away.
double runMs(const QString& program, const QStringList& args)
{
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    p.setStandardErrorFile(QProcess::nullDevice());
    p.start(program, args);
    p.waitForFinished(600000);
    return t.nsecsElapsed() / 1e6;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty()    ? 0
           : v.size() % 2 ? v.at(v.size() / 2)
                          : (v.at(v.size() / 2 - 1) + v.at(v.size() / 2)) / 2;
}

// Runs `ours` and `theirs` alternately `runs` times (after one warm-up of each) and gives the medians.
QPair<double, double> alternate(int runs, const std::function<double()>& ours,
                                const std::function<double()>& theirs)
{
    ours();
    theirs();
    QList<double> a, b;
    for (int r = 0; r < runs; ++r) {
        a << ours();
        b << theirs();
    }
    return {median(a), median(b)};
}

int pagesOf(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    p.waitForFinished(30000);
    for (const QByteArray& line : p.readAllStandardOutput().split('\n'))
        if (line.startsWith("Pages:"))
            return line.mid(6).trimmed().toInt();
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QStringList args = app.arguments().mid(1);
    int runs = 7;
    if (args.size() >= 2 && args.first() == QLatin1String("--runs")) {
        runs = qMax(1, args.at(1).toInt());
        args = args.mid(2);
    }
    const QString corpus = args.value(0, QStringLiteral("../shared/corpus/minutes"));
    const QString real = args.value(1, QStringLiteral("../shared/corpus/real"));
    const QString binary =
        QDir(app.applicationDirPath()).absoluteFilePath(QStringLiteral("../bin/scrutineer"));
    if (!QFileInfo::exists(binary)) {
        out << "Build the scrutineer target first (" << binary << ")." << Qt::endl;
        return 1;
    }
    const QString pdftotext = QStringLiteral("pdftotext");
    const QStringList importArgs{QStringLiteral("import"), QStringLiteral("--dry-run"),
                                 QStringLiteral("--json")};

    // The good PDFs of the labelled corpus: those whose label expects no error.
    QStringList good;
    int goodPages = 0;
    for (const QFileInfo& f :
         QDir(corpus).entryInfoList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name)) {
        QFile label(f.absolutePath() + QLatin1Char('/') + f.completeBaseName() +
                    QStringLiteral(".expected.json"));
        if (!label.open(QIODevice::ReadOnly))
            continue;
        if (QJsonDocument::fromJson(label.readAll()).object().contains(QStringLiteral("error")))
            continue;
        good << f.absoluteFilePath();
        goodPages += pagesOf(f.absoluteFilePath());
    }
    if (good.isEmpty()) {
        out << "No labelled PDFs in " << corpus << Qt::endl;
        return 1;
    }
    out << QStringLiteral("%1 runs of each side, alternating; medians in ms (whole processes)\n\n").arg(runs);
    const auto [batchOurs, batchTheirs] = alternate(
        runs, [&] { return runMs(binary, importArgs + good); },
        [&] {
            double sum = 0;
            for (const QString& f : good)
                sum += runMs(pdftotext, {QStringLiteral("-layout"), f, QStringLiteral("-")});
            return sum;
        });
    out << QStringLiteral("batch: %1 good PDFs of %2 (%3 pages)\n")
               .arg(good.size())
               .arg(corpus)
               .arg(goodPages);
    out << QStringLiteral("  scrutineer import --dry-run --json (one process): %1 ms\n")
               .arg(batchOurs, 0, 'f', 1);
    out << QStringLiteral("  pdftotext -layout (one process per file):         %1 ms\n")
               .arg(batchTheirs, 0, 'f', 1);
    out << QStringLiteral("  ratio %1 (target <= 1.5)\n\n")
               .arg(batchOurs / qMax(0.001, batchTheirs), 0, 'f', 2);
    out.flush();

    double worst = 0;
    for (const QFileInfo& f : QDir(real).entryInfoList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name)) {
        const QString path = f.absoluteFilePath();
        const auto [ours, theirs] = alternate(
            runs, [&] { return runMs(binary, importArgs + QStringList{path}); },
            [&] {
                return runMs(pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")});
            });
        const double ratio = ours / qMax(0.001, theirs);
        worst = qMax(worst, ratio);
        // Where our time goes, in this process: reading the words, and parsing them.
        QList<double> readMs, parseMs;
        for (int r = 0; r < runs; ++r) {
            QElapsedTimer t;
            t.start();
            const SourceDocument doc = MinutesSource::readPdf(path);
            readMs << t.nsecsElapsed() / 1e6;
            t.restart();
            const ParsedMinutes m = MinutesParser::parse(doc);
            parseMs << t.nsecsElapsed() / 1e6;
        }
        out << QStringLiteral("%1 (%2 pages): scrutineer %3 ms, pdftotext %4 ms, ratio %5 (target <= 2); "
                              "in process: words %6 ms, parse %7 ms\n")
                   .arg(f.fileName())
                   .arg(pagesOf(path))
                   .arg(ours, 0, 'f', 1)
                   .arg(theirs, 0, 'f', 1)
                   .arg(ratio, 0, 'f', 2)
                   .arg(median(readMs), 0, 'f', 1)
                   .arg(median(parseMs), 0, 'f', 1);
        out.flush();
    }
    out << QStringLiteral("worst real-document ratio: %1\n\n").arg(worst, 0, 'f', 2);

    // What a process costs before it reads anything: each program on an empty file.
    QTemporaryDir scratch;
    const QString empty = scratch.filePath(QStringLiteral("empty.pdf"));
    {
        QFile file(empty);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
    }
    const auto [startOurs, startTheirs] = alternate(
        runs, [&] { return runMs(binary, importArgs + QStringList{empty}); },
        [&] {
            return runMs(pdftotext, {QStringLiteral("-layout"), empty, QStringLiteral("-")});
        });
    out << QStringLiteral("start-up on an empty file: scrutineer import %1 ms, pdftotext %2 ms\n")
               .arg(startOurs, 0, 'f', 1)
               .arg(startTheirs, 0, 'f', 1);
    return 0;
}
