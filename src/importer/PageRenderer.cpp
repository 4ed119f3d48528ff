#include "PageRenderer.h"

#include "ExtractProtocol.h"
#include "MinutesReader.h"
#include "MinutesSource.h"

#include <QDeadlineTimer>
#include <QProcess>

PageRenderer::PageRenderer(const QByteArray& bytes, const QString& password, const QString& program)
    : m_bytes(bytes), m_password(password),
      m_program(program.isEmpty() ? MinutesSource::extractProgram() : program)
{
    if (bytes.isEmpty())
        return;
    startChild();
}

PageRenderer::~PageRenderer()
{
    stopChild();
}

bool PageRenderer::startChild()
{
    m_child = new QProcess;
    MinutesReader::guard(*m_child, ReadLimits());
    m_child->setProgram(m_program);
    m_child->setArguments({QStringLiteral("extract"), QStringLiteral("render")});
    m_child->setStandardErrorFile(QProcess::nullDevice());
    m_buffer.clear();
    m_child->start();
    if (!m_child->waitForStarted(10000)) {
        stopChild();
        return false;
    }
    m_child->write(ExtractProtocol::header(m_password, 1) + ExtractProtocol::file('P', QString(), m_bytes));
    char type = 0;
    QByteArray payload;
    if (!waitForFrame(&type, &payload, ReadLimits().openMs) || type != 'S') {
        stopChild();
        return false;
    }
    ExtractProtocol::Reader r(payload);
    const quint32 pages = r.u32();
    QList<QSizeF> sizes;
    for (quint32 p = 0; p < pages && r.ok(); ++p) {
        const double w = r.f32();
        const double h = r.f32();
        sizes << QSizeF(w, h);
    }
    if (!r.ok() || sizes.isEmpty()) {
        stopChild();
        return false;
    }
    m_sizes = sizes;
    return true;
}

void PageRenderer::stopChild()
{
    if (!m_child)
        return;
    if (m_child->state() != QProcess::NotRunning) {
        m_child->closeWriteChannel();
        m_child->kill();
        m_child->waitForFinished(2000);
    }
    delete m_child;
    m_child = nullptr;
}

bool PageRenderer::waitForFrame(char* type, QByteArray* payload, int ms)
{
    const QDeadlineTimer deadline(ms);
    for (;;) {
        m_buffer += m_child->readAllStandardOutput();
        if (ExtractProtocol::takeFrame(m_buffer, type, payload))
            return true;
        if (m_child->state() == QProcess::NotRunning || deadline.hasExpired())
            return false;
        m_child->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
    }
}

QImage PageRenderer::render(int page, double dpi)
{
    if (page < 1 || page > m_sizes.size() || dpi <= 0)
        return {};
    int width = 0, height = 0, stride = 0;
    QByteArray pixels;
    {
        // A child that died (or was given up) on an earlier page: a new one, a few times at most.
        if (!m_child && (m_failures >= 3 || !startChild()))
            return {};
        ExtractProtocol::Writer request;
        request.u8('R');
        request.u32(quint32(page));
        request.f32(dpi);
        m_child->write(request.take());
        char type = 0;
        QByteArray payload;
        if (!waitForFrame(&type, &payload, ReadLimits().openMs) || type != 'I') {
            ++m_failures;
            stopChild();
            return {};
        }
        ExtractProtocol::Reader r(payload);
        width = int(r.u32());
        height = int(r.u32());
        stride = int(r.u32());
        pixels = payload.mid(12);
        if (!r.ok())
            return {};
    }
    if (width <= 0 || height <= 0 || stride < width * 4 || pixels.size() < qsizetype(stride) * height)
        return {};
    return QImage(reinterpret_cast<const uchar*>(pixels.constData()), width, height, stride,
                  QImage::Format_RGB32)
        .copy();
}
