#pragma once

#include "MinutesSource.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

class QProcess;
class QTimer;

// Reads files of minutes without blocking: the parent end of the extract protocol
// (ExtractProtocol.h). Each file is opened here once (its first bytes decide whether it is a PDF,
// text, or neither; a file that is neither, or too large to be minutes, is refused before the rest
// of it is read), then every PDF and text file is read in one child process (`program extract`)
// that
//   - dies with this process (PR_SET_PDEATHSIG, checked against the race with getppid()),
//   - has a bounded address space (RLIMIT_AS: ReadLimits::memoryBytes),
//   - has a time budget per file that grows with its page count (ReadLimits::budgetMs):
//     past it the child is killed, the file is `damaged`, and a new child reads the files after it.
// A child that crashes on a file does the same. An empty `program` is MinutesSource::extractProgram().
// Signals come from the thread the reader lives in; finished() is emitted once, also after cancel().
class MinutesReader : public QObject
{
    Q_OBJECT
public:
    explicit MinutesReader(const QString& program, const ReadLimits& limits = {}, QObject* parent = nullptr);
    ~MinutesReader() override;

    void start(const QStringList& paths, const QString& password = QString());

    // What every extract child gets before it runs (between fork and exec): death with this process
    // (PR_SET_PDEATHSIG, and at once if this process is already gone) and `limits.memoryBytes` of
    // address space.
    static void guard(QProcess& child, const ReadLimits& limits);
    // Stops reading: the child is killed and the files not yet read are `cancelled`.
    void cancel();

    bool isFinished() const { return m_finished; }
    // In the order given; each with the bytes it was read from (SourceDocument::bytes).
    QList<SourceDocument> results() const { return m_results; }

signals:
    // The file at `index` is being read: `page` of `pages` done (pages 0 while not yet known).
    void progress(int index, int page, int pages);
    void finished();

private:
    void startChild();
    void takeOutput();
    void childEnded();
    void budgetSpent();
    void fileDone(SourceDocument doc);
    void stopChild();
    void finishIfDone();

    QString m_program;
    ReadLimits m_limits;
    QString m_password;
    QStringList m_paths;
    QList<SourceDocument> m_results;
    QList<char> m_kinds;
    QList<int> m_pending; // indices still to be read by a child, the current one first
    QProcess* m_child = nullptr;
    QTimer* m_budget = nullptr;
    QElapsedTimer m_fileClock;
    QByteArray m_buffer;
    int m_pages = 0;
    bool m_finished = false;
    bool m_started = false;
};
