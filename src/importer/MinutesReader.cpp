#include "MinutesReader.h"

#include "ExtractProtocol.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QTimer>
#include <csignal>
#include <new>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

namespace {

// The context of this file's strings, the same for tr() at run time and for lupdate.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MinutesSource)
};

// Address-space limits and sanitizers do not mix: ASan reserves terabytes of shadow memory.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool canLimitMemory = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool canLimitMemory = false;
#else
constexpr bool canLimitMemory = true;
#endif
#else
constexpr bool canLimitMemory = true;
#endif

} // namespace

MinutesReader::MinutesReader(const QString& program, const ReadLimits& limits, QObject* parent)
    : QObject(parent), m_program(program.isEmpty() ? MinutesSource::extractProgram() : program),
      m_limits(limits), m_budget(new QTimer(this))
{
    m_budget->setSingleShot(true);
    connect(m_budget, &QTimer::timeout, this, &MinutesReader::budgetSpent);
}

MinutesReader::~MinutesReader()
{
    stopChild();
}

void MinutesReader::start(const QStringList& paths, const QString& password)
{
    if (m_started)
        return;
    m_started = true;
    m_paths = paths;
    m_password = password;
    m_results = QList<SourceDocument>(paths.size());
    m_kinds = QList<char>(paths.size(), 0);
    for (int i = 0; i < paths.size(); ++i) {
        char kind = 0;
        QByteArray bytes;
        if (auto refused = MinutesSource::sniff(paths.at(i), m_limits, &kind, &bytes)) {
            m_results[i] = *refused;
            continue;
        }
        m_kinds[i] = kind;
        m_results[i].bytes = bytes; // until its answer comes
        m_pending << i;
    }
    if (!m_pending.isEmpty())
        startChild();
    // Always from the event loop, so that a caller may connect after start().
    QMetaObject::invokeMethod(this, &MinutesReader::finishIfDone, Qt::QueuedConnection);
}

void MinutesReader::guard(QProcess& child, const ReadLimits& limits)
{
    const pid_t parent = getpid();
    const rlim_t memory = rlim_t(limits.memoryBytes);
    // In the child, between fork and exec (async-signal-safe calls only): it is killed when this
    // process ends; if this process ended before the line above took effect, it goes at once.
    child.setChildProcessModifier([parent, memory] {
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (getppid() != parent)
            _exit(111);
        if (canLimitMemory && memory > 0) {
            const struct rlimit limit = {memory, memory};
            setrlimit(RLIMIT_AS, &limit);
        }
    });
}

void MinutesReader::startChild()
{
    m_child = new QProcess(this);
    m_child->setProgram(m_program);
    m_child->setArguments({QStringLiteral("extract"), QStringLiteral("--open-ms"),
                           QString::number(m_limits.openMs), QStringLiteral("--page-ms"),
                           QString::number(m_limits.perPageMs), QStringLiteral("--max-ms"),
                           QString::number(m_limits.maxMs), QStringLiteral("--memory-mb"),
                           QString::number(m_limits.memoryBytes >> 20)});
    m_child->setStandardErrorFile(QProcess::nullDevice());
    guard(*m_child, m_limits);
    connect(m_child, &QProcess::readyReadStandardOutput, this, &MinutesReader::takeOutput);
    connect(m_child, &QProcess::finished, this, &MinutesReader::childEnded);
    QProcess* child = m_child;
    connect(
        m_child, &QProcess::errorOccurred, this,
        [this, child](QProcess::ProcessError error) {
            if (error != QProcess::FailedToStart || m_child != child)
                return;
            const QString why = child->errorString();
            stopChild();
            for (int i : std::as_const(m_pending))
                m_results[i] = SourceDocument::failure(
                    QStringLiteral("damaged"), Text::tr("%1 was not read: the PDF reader (%2) could not be "
                                                        "started: %3. Reinstall Scrutineer.")
                                                   .arg(QFileInfo(m_paths.at(i)).fileName(), m_program, why));
            m_pending.clear();
            finishIfDone();
        },
        Qt::QueuedConnection);
    m_buffer.clear();
    m_child->start();
    QByteArray message = ExtractProtocol::header(m_password, int(m_pending.size()));
    for (int i : m_pending)
        message +=
            ExtractProtocol::file(m_kinds.at(i), QFileInfo(m_paths.at(i)).fileName(), m_results.at(i).bytes);
    m_child->write(message);
    m_child->closeWriteChannel();
    m_pages = 0;
    m_fileClock.start();
    m_budget->start(m_limits.openMs);
}

void MinutesReader::takeOutput()
{
    if (!m_child)
        return;
    m_buffer += m_child->readAllStandardOutput();
    char type = 0;
    QByteArray payload;
    while (!m_pending.isEmpty() && ExtractProtocol::takeFrame(m_buffer, &type, &payload)) {
        ExtractProtocol::Reader r(payload);
        if (type == 'B') {
            m_pages = int(r.u32());
            m_budget->start(int(qMax<qint64>(0, m_limits.budgetMs(m_pages) - m_fileClock.elapsed())));
            emit progress(m_pending.first(), 0, m_pages);
        } else if (type == 'G') {
            emit progress(m_pending.first(), int(r.u32()), m_pages);
        } else if (type == 'D') {
            std::optional<SourceDocument> doc = ExtractProtocol::decode(payload);
            fileDone(
                doc ? *doc
                    : SourceDocument::failure(QStringLiteral("damaged"),
                                              Text::tr("%1 could not be read: the file is probably damaged.")
                                                  .arg(QFileInfo(m_paths.at(m_pending.first())).fileName())));
        } else {
            // Not our child's language: what it said about this file cannot be trusted.
            const int i = m_pending.first();
            stopChild();
            fileDone(SourceDocument::failure(
                QStringLiteral("damaged"), Text::tr("%1 could not be read: the PDF reader answered nonsense.")
                                               .arg(QFileInfo(m_paths.at(i)).fileName())));
            if (!m_pending.isEmpty())
                startChild();
            return;
        }
    }
}

void MinutesReader::fileDone(SourceDocument doc)
{
    const int i = m_pending.takeFirst();
    if (doc.ok())
        doc.bytes = m_results.at(i).bytes;
    m_results[i] = doc;
    m_pages = 0;
    m_fileClock.restart();
    if (m_pending.isEmpty())
        m_budget->stop();
    else
        m_budget->start(m_limits.openMs);
    finishIfDone();
}

void MinutesReader::childEnded()
{
    if (!m_child)
        return;
    takeOutput();
    stopChild();
    // The child ended before answering for this file: it crashed on it (or ran out of memory).
    if (!m_pending.isEmpty()) {
        const QString name = QFileInfo(m_paths.at(m_pending.first())).fileName();
        fileDone(SourceDocument::failure(
            QStringLiteral("damaged"),
            Text::tr(
                "Reading %1 failed (the PDF reader stopped unexpectedly): the file is probably damaged, or "
                "too large to read within the memory allowed. Try a freshly downloaded copy.")
                .arg(name)));
    }
    if (!m_pending.isEmpty())
        startChild();
}

void MinutesReader::budgetSpent()
{
    if (!m_child || m_pending.isEmpty())
        return;
    takeOutput(); // an answer may be waiting
    if (m_pending.isEmpty() || m_budget->isActive())
        return;
    const int pages = m_pages;
    const qint64 budget = m_limits.budgetMs(pages);
    const QString name = QFileInfo(m_paths.at(m_pending.first())).fileName();
    stopChild();
    fileDone(SourceDocument::failure(
        QStringLiteral("damaged"),
        pages > 0
            ? Text::tr("Reading %1 took longer than the %2 s allowed for %3 and was stopped: the file may be "
                       "damaged or hostile. Try a freshly downloaded copy.")
                  .arg(name)
                  .arg(budget / 1000.0, 0, 'f', budget < 10000 ? 1 : 0)
                  .arg(pages == 1 ? Text::tr("its one page") : Text::tr("its %1 pages").arg(pages))
            : Text::tr(
                  "Opening %1 took longer than %2 s and was stopped: the file may be damaged or hostile. "
                  "Try a freshly downloaded copy.")
                  .arg(name)
                  .arg(m_limits.openMs / 1000.0, 0, 'f', m_limits.openMs < 10000 ? 1 : 0)));
    if (!m_pending.isEmpty())
        startChild();
}

void MinutesReader::stopChild()
{
    if (!m_child)
        return;
    m_child->disconnect(this);
    if (m_child->state() != QProcess::NotRunning) {
        m_child->kill();
        m_child->waitForFinished(2000);
    }
    m_child->deleteLater();
    m_child = nullptr;
}

void MinutesReader::cancel()
{
    stopChild();
    for (int i : std::as_const(m_pending))
        m_results[i] = SourceDocument::failure(
            QStringLiteral("cancelled"),
            Text::tr("Reading %1 was cancelled.").arg(QFileInfo(m_paths.at(i)).fileName()));
    m_pending.clear();
    finishIfDone();
}

void MinutesReader::finishIfDone()
{
    if (m_finished || !m_started || !m_pending.isEmpty())
        return;
    m_finished = true;
    m_budget->stop();
    emit finished();
}
