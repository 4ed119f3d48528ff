#include "ExtractProtocol.h"

#include <QtEndian>
#include <cstring>

namespace ExtractProtocol {

void Writer::u32(quint32 v)
{
    const quint32 le = qToLittleEndian(v);
    m_out.append(reinterpret_cast<const char*>(&le), 4);
}

void Writer::u64(quint64 v)
{
    const quint64 le = qToLittleEndian(v);
    m_out.append(reinterpret_cast<const char*>(&le), 8);
}

void Writer::f32(double v)
{
    const float f = float(v);
    quint32 bits;
    std::memcpy(&bits, &f, 4);
    u32(bits);
}

void Writer::str(const QString& s)
{
    u32(quint32(s.size()));
    // UTF-16 as it is in memory (little-endian on every machine this runs on): no conversion.
    m_out.append(reinterpret_cast<const char*>(s.constData()), s.size() * 2);
}

bool Reader::need(qint64 n)
{
    if (!m_ok || n < 0 || m_end - m_p < n)
        m_ok = false;
    return m_ok;
}

quint8 Reader::u8()
{
    return need(1) ? quint8(*m_p++) : 0;
}

quint32 Reader::u32()
{
    if (!need(4))
        return 0;
    const quint32 v = qFromLittleEndian<quint32>(m_p);
    m_p += 4;
    return v;
}

quint64 Reader::u64()
{
    if (!need(8))
        return 0;
    const quint64 v = qFromLittleEndian<quint64>(m_p);
    m_p += 8;
    return v;
}

double Reader::f32()
{
    const quint32 bits = u32();
    float f;
    std::memcpy(&f, &bits, 4);
    return f;
}

QString Reader::str()
{
    const quint32 n = u32();
    if (!need(qint64(n) * 2))
        return {};
    QString s(reinterpret_cast<const QChar*>(m_p), qsizetype(n));
    m_p += qint64(n) * 2;
    return s;
}

QByteArray frame(char type, const QByteArray& payload)
{
    Writer w;
    w.bytes().reserve(payload.size() + 5);
    w.u8(quint8(type));
    w.u32(quint32(payload.size()));
    w.bytes().append(payload);
    return w.take();
}

QByteArray frame(char type, quint32 value)
{
    Writer w;
    w.u32(value);
    return frame(type, w.take());
}

bool takeFrame(QByteArray& buffer, char* type, QByteArray* payload)
{
    if (buffer.size() < 5)
        return false;
    const quint32 length = qFromLittleEndian<quint32>(buffer.constData() + 1);
    if (quint64(buffer.size()) < quint64(length) + 5)
        return false;
    *type = buffer.at(0);
    *payload = buffer.mid(5, length);
    buffer.remove(0, qsizetype(length) + 5);
    return true;
}

QByteArray encode(const SourceDocument& doc)
{
    Writer w;
    w.str(doc.errorCode);
    w.str(doc.message);
    w.u32(quint32(qMax(0, doc.pages)));
    w.str(doc.kind);
    w.u32(quint32(doc.lines.size()));
    for (const SourceLine& l : doc.lines) {
        w.u32(quint32(qMax(0, l.page)));
        w.f32(l.x);
        w.f32(l.y);
        w.f32(l.height);
        w.u8(l.paragraphStart ? 1 : 0);
        w.str(l.text);
        w.u32(quint32(l.words.size()));
        for (const SourceWord& word : l.words) {
            w.f32(word.x);
            w.f32(word.right);
            w.str(word.text);
            w.u8(word.bold ? 1 : 0);
            w.f32(word.size);
        }
    }
    return w.take();
}

std::optional<SourceDocument> decode(const QByteArray& payload)
{
    Reader r(payload);
    SourceDocument d;
    d.errorCode = r.str();
    d.message = r.str();
    d.pages = int(r.u32());
    d.kind = r.str();
    const quint32 lines = r.u32();
    // Each line takes at least 21 bytes: a count beyond what is there is a broken payload.
    if (!r.ok() || quint64(lines) * 21 > quint64(payload.size()))
        return std::nullopt;
    d.lines.reserve(lines);
    for (quint32 i = 0; i < lines && r.ok(); ++i) {
        SourceLine l;
        l.page = int(r.u32());
        l.x = r.f32();
        l.y = r.f32();
        l.height = r.f32();
        l.paragraphStart = r.u8() != 0;
        l.text = r.str();
        const quint32 words = r.u32();
        if (!r.ok() || quint64(words) * 17 > quint64(payload.size()))
            return std::nullopt;
        l.words.reserve(words);
        for (quint32 k = 0; k < words && r.ok(); ++k) {
            SourceWord w;
            w.x = r.f32();
            w.right = r.f32();
            w.text = r.str();
            w.bold = r.u8() != 0;
            w.size = r.f32();
            l.words.append(std::move(w));
        }
        d.lines.append(std::move(l));
    }
    if (!r.ok() || !r.atEnd())
        return std::nullopt;
    return d;
}

QByteArray header(const QString& password, int count)
{
    Writer w;
    w.bytes().append(magic, 4);
    w.u32(version);
    w.str(password);
    w.u32(quint32(count));
    return w.take();
}

QByteArray file(char kind, const QString& name, const QByteArray& bytes)
{
    Writer w;
    w.bytes().reserve(bytes.size() + name.size() * 2 + 20);
    w.u8(quint8(kind));
    w.str(name);
    w.u64(quint64(bytes.size()));
    w.bytes().append(bytes);
    return w.take();
}

} // namespace ExtractProtocol
