#include "ExtractChild.h"

#include "ExtractProtocol.h"
#include "MinutesSource.h"
#include "PdfEngine.h"

#include <QtEndian>
#include <cerrno>
#include <cstring>
#include <new>
#include <unistd.h>

namespace {

bool readExact(char* into, qint64 n)
{
    while (n > 0) {
        const ssize_t got = ::read(STDIN_FILENO, into, size_t(qMin<qint64>(n, 1 << 20)));
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            return false;
        into += got;
        n -= got;
    }
    return true;
}

bool writeAll(const QByteArray& bytes)
{
    const char* p = bytes.constData();
    qint64 left = bytes.size();
    while (left > 0) {
        const ssize_t put = ::write(STDOUT_FILENO, p, size_t(left));
        if (put < 0 && errno == EINTR)
            continue;
        if (put <= 0)
            return false;
        p += put;
        left -= put;
    }
    return true;
}

quint32 readU32(bool* ok)
{
    char b[4];
    *ok = *ok && readExact(b, 4);
    return *ok ? qFromLittleEndian<quint32>(b) : 0;
}

QString readString(bool* ok)
{
    const quint32 n = readU32(ok);
    if (!*ok || n > (1u << 20))
        return *ok = false, QString();
    QString s(qsizetype(n), Qt::Uninitialized);
    *ok = readExact(reinterpret_cast<char*>(s.data()), qint64(n) * 2);
    return s;
}

// The alarm that ends this process should its parent not: a few seconds past the parent's budget.
void alarmAfter(qint64 ms)
{
    alarm(unsigned(qBound(qint64(1), ms / 1000 + 5, qint64(24 * 3600))));
}

bool readFile(char* kind, QString* name, QByteArray* bytes, const ReadLimits& limits)
{
    bool ok = readExact(kind, 1);
    *name = readString(&ok);
    char sizeBytes[8];
    ok = ok && readExact(sizeBytes, 8);
    const quint64 size = ok ? qFromLittleEndian<quint64>(sizeBytes) : 0;
    if (!ok || size > quint64(limits.maxPdfBytes))
        return false;
    *bytes = QByteArray(qsizetype(size), Qt::Uninitialized);
    return readExact(bytes->data(), qint64(size));
}

// Render mode: one PDF, then pages drawn on request ('R' u32 page, f32 dpi), each answered by an
// 'I' frame (u32 width, height, stride, the pixels; 0 × 0 when it cannot be drawn), until the
// parent closes the pipe. The document's page sizes go first, in an 'S' frame.
int serveRenders(const QString& password, const ReadLimits& limits)
{
    char kind = 0;
    QString name;
    QByteArray bytes;
    if (!readFile(&kind, &name, &bytes, limits))
        return 2;
    alarmAfter(limits.openMs);
    const PdfPageRenderer renderer(bytes, password);
    ExtractProtocol::Writer sizes;
    sizes.u32(quint32(renderer.pageCount()));
    for (int p = 1; p <= renderer.pageCount(); ++p) {
        sizes.f32(renderer.pageSize(p).width());
        sizes.f32(renderer.pageSize(p).height());
    }
    alarm(0);
    if (!writeAll(ExtractProtocol::frame('S', sizes.take())))
        return 1;
    for (;;) {
        char request[9];
        if (!readExact(request, 9) || request[0] != 'R')
            return 0;
        const int page = int(qFromLittleEndian<quint32>(request + 1));
        const quint32 bits = qFromLittleEndian<quint32>(request + 5);
        float dpi;
        std::memcpy(&dpi, &bits, 4);
        alarmAfter(limits.openMs);
        int width = 0, height = 0, stride = 0;
        QByteArray pixels;
        try {
            pixels = renderer.render(page, dpi, &width, &height, &stride);
        } catch (const std::bad_alloc&) {
            width = height = stride = 0;
        }
        alarm(0);
        ExtractProtocol::Writer answer;
        answer.u32(quint32(width));
        answer.u32(quint32(height));
        answer.u32(quint32(stride));
        answer.bytes().append(pixels);
        if (!writeAll(ExtractProtocol::frame('I', answer.take())))
            return 1;
    }
}

} // namespace

namespace ExtractChild {

int run(const QStringList& arguments)
{
    QStringList args = arguments;
    const bool render = !args.isEmpty() && args.first() == QLatin1String("render");
    if (render)
        args.removeFirst();
    ReadLimits limits;
    for (int i = 0; i + 1 < args.size(); i += 2) {
        const int value = args.at(i + 1).toInt();
        if (args.at(i) == QLatin1String("--open-ms"))
            limits.openMs = value;
        else if (args.at(i) == QLatin1String("--page-ms"))
            limits.perPageMs = value;
        else if (args.at(i) == QLatin1String("--max-ms"))
            limits.maxMs = value;
        else if (args.at(i) == QLatin1String("--memory-mb")) // set by the parent; here for messages
            limits.memoryBytes = qint64(value) << 20;
    }
    char magic[4];
    bool ok = readExact(magic, 4) && std::equal(magic, magic + 4, ExtractProtocol::magic);
    ok = ok && readU32(&ok) == ExtractProtocol::version;
    const QString password = readString(&ok);
    const quint32 count = readU32(&ok);
    if (!ok) {
        writeAll(
            "This is the PDF reader of Scrutineer: it is started by `scrutineer import`, not by hand.\n");
        return 2;
    }
    if (render)
        return serveRenders(password, limits);
    for (quint32 f = 0; f < count; ++f) {
        char kind = 0;
        QString name;
        QByteArray bytes;
        SourceDocument doc;
        try {
            if (!readFile(&kind, &name, &bytes, limits))
                return 2;
            alarmAfter(limits.openMs);
            PdfEngine::Progress progress;
            progress.opened = [&limits](int pages) {
                alarmAfter(limits.budgetMs(pages));
                writeAll(ExtractProtocol::frame('B', quint32(pages)));
            };
            progress.pageDone = [](int page) { writeAll(ExtractProtocol::frame('G', quint32(page))); };
            // Text has no pages: its budget is that of the pages it would print on (3 kB each).
            if (kind == 'T')
                progress.opened(int(qMin<qint64>(1 << 20, 1 + bytes.size() / 3000)));
            doc = MinutesSource::readBytes(kind, bytes, name, password, progress);
        } catch (const std::bad_alloc&) {
            doc = MinutesSource::tooLarge(kind, name, limits);
        }
        bytes.clear();
        QByteArray answer;
        try {
            answer = ExtractProtocol::frame('D', ExtractProtocol::encode(doc));
        } catch (const std::bad_alloc&) {
            answer = ExtractProtocol::frame(
                'D', ExtractProtocol::encode(MinutesSource::tooLarge(kind, name, limits)));
        }
        if (!writeAll(answer))
            return 1;
    }
    alarm(0);
    return 0;
}

} // namespace ExtractChild
