#pragma once

#include "MinutesSource.h"

#include <QByteArray>
#include <QString>
#include <optional>

// What the importer and its `extract` child say to each other (both ends are in this library:
// MinutesReader is the parent's, ExtractChild the child's). Binary, little-endian, no JSON: the
// JSON of every word cost a third of the child's time.
//
// Parent to child, on the child's standard input:
//   "SCRX" u32 version, str password, u32 count, then per file: u8 kind ('P' PDF, 'T' text),
//   str name (for messages), u64 size, the file's bytes.
// Child to parent, on its standard output, frames of u8 type, u32 length, payload:
//   'B' u32 pages          the current file is open: the parent sets its time budget from this
//   'G' u32 page           a page is done (progress)
//   'D' document           the current file's result (see encode()); the next file begins
// str is u32 count of UTF-16 units and the units; a number of points is an f32.
namespace ExtractProtocol {

constexpr quint32 version = 1;
constexpr char magic[4] = {'S', 'C', 'R', 'X'};

QByteArray frame(char type, const QByteArray& payload);
QByteArray frame(char type, quint32 value);

// A SourceDocument as a 'D' payload, and back (nullopt for a payload that does not decode).
QByteArray encode(const SourceDocument& doc);
std::optional<SourceDocument> decode(const QByteArray& payload);

// The parent's message: its header, and one file.
QByteArray header(const QString& password, int count);
QByteArray file(char kind, const QString& name, const QByteArray& bytes);

// Takes one whole frame off the front of `buffer`, if it holds one: its type and payload.
bool takeFrame(QByteArray& buffer, char* type, QByteArray* payload);

// Little-endian writing and reading of the parts.
class Writer
{
public:
    void u8(quint8 v) { m_out.append(char(v)); }
    void u32(quint32 v);
    void u64(quint64 v);
    void f32(double v);
    void str(const QString& s);
    QByteArray take() { return std::move(m_out); }
    QByteArray& bytes() { return m_out; }

private:
    QByteArray m_out;
};

class Reader
{
public:
    explicit Reader(const QByteArray& in) : m_p(in.constData()), m_end(in.constData() + in.size()) {}
    quint8 u8();
    quint32 u32();
    quint64 u64();
    double f32();
    QString str();
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_p == m_end; }

private:
    bool need(qint64 n);
    const char* m_p;
    const char* m_end;
    bool m_ok = true;
};

} // namespace ExtractProtocol
