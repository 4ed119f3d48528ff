// Import benchmark: milliseconds per page for Scrutineer's extraction and parsing and for
// `pdftotext -layout` on the same files in the same run, and their ratio; then the whole corpus
// through one `scrutineer import --dry-run --json FILE...` against pdftotext run on each file.
//
// usage: BenchImport [CORPUS_DIR]   (default ../shared/corpus/minutes, from the project root)
#include "importer/MinutesParser.h"
#include "importer/MinutesSource.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QString dir = app.arguments().value(1, QStringLiteral("../shared/corpus/minutes"));
    QStringList pdfs;
    for (const QFileInfo& f : QDir(dir).entryInfoList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name))
        pdfs << f.absoluteFilePath();
    if (pdfs.isEmpty()) {
        out << "No PDFs in " << dir << Qt::endl;
        return 1;
    }
    const int rounds = 3;
    qint64 oursNs = 0, popplerNs = 0;
    int pages = 0;
    QStringList readable;
    for (const QString& path : pdfs) {
        const SourceDocument probe = MinutesSource::readPdf(path);
        if (!probe.ok())
            continue; // broken files are measured by the command below, not per page
        readable << path;
        pages += probe.pages * rounds;
        for (int r = 0; r < rounds; ++r) {
            QElapsedTimer t;
            t.start();
            const ParsedMinutes m = MinutesParser::parse(MinutesSource::readPdf(path));
            oursNs += t.nsecsElapsed();
            Q_UNUSED(m);
            t.restart();
            QProcess p;
            p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
            p.waitForFinished(60000);
            p.readAllStandardOutput();
            popplerNs += t.nsecsElapsed();
        }
    }
    const double ours = oursNs / 1e6 / pages, theirs = popplerNs / 1e6 / pages;
    out << QStringLiteral("%1 readable PDFs, %2 pages x %3 rounds\n")
               .arg(readable.size())
               .arg(pages / rounds)
               .arg(rounds);
    out << QStringLiteral("scrutineer extraction + parsing: %1 ms/page\n").arg(ours, 0, 'f', 2);
    out << QStringLiteral("pdftotext -layout:               %1 ms/page\n").arg(theirs, 0, 'f', 2);
    out << QStringLiteral("ratio:                           %1 (target <= 1.5)\n")
               .arg(ours / theirs, 0, 'f', 2);

    // The whole corpus through the command line, as a clerk's script would run it.
    const QString binary =
        QDir(app.applicationDirPath()).absoluteFilePath(QStringLiteral("../bin/scrutineer"));
    if (!QFileInfo::exists(binary)) {
        out << "Build the scrutineer target to time the command (" << binary << ")." << Qt::endl;
        return 0;
    }
    QElapsedTimer t;
    t.start();
    QProcess cmd;
    cmd.start(binary,
              QStringList{QStringLiteral("import"), QStringLiteral("--dry-run"), QStringLiteral("--json")} +
                  pdfs);
    cmd.waitForFinished(300000);
    cmd.readAllStandardOutput();
    const qint64 commandMs = t.elapsed();
    t.restart();
    for (const QString& path : pdfs) {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
        p.waitForFinished(60000);
        p.readAllStandardOutput();
    }
    const qint64 pdftotextMs = t.elapsed();
    out << QStringLiteral("scrutineer import --dry-run --json (all %1 files): %2 ms\n")
               .arg(pdfs.size())
               .arg(commandMs);
    out << QStringLiteral("pdftotext -layout on each file:                 %1 ms\n").arg(pdftotextMs);
    out << QStringLiteral("ratio:                                          %1 (target <= 1.5)\n")
               .arg(double(commandMs) / qMax<qint64>(1, pdftotextMs), 0, 'f', 2);
    // Where the command's time goes beyond the reading: starting a process (the command starts
    // itself and two extract children) against starting pdftotext, each on an empty file.
    QTemporaryDir scratch;
    const QString empty = scratch.filePath(QStringLiteral("empty.pdf"));
    {
        QFile file(empty);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
    }
    auto startMs = [](const QString& program, const QStringList& args) {
        QElapsedTimer s;
        s.start();
        for (int k = 0; k < 10; ++k) {
            QProcess p;
            p.start(program, args);
            p.waitForFinished(30000);
        }
        return s.elapsed() / 10.0;
    };
    out << QStringLiteral("start-up, scrutineer extract: %1 ms; pdftotext: %2 ms\n")
               .arg(startMs(binary, {QStringLiteral("extract"), empty}), 0, 'f', 1)
               .arg(startMs(QStringLiteral("pdftotext"), {empty, QStringLiteral("-")}), 0, 'f', 1);
    return 0;
}
