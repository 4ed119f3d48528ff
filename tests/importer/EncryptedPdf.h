#pragma once
// Writes a small password-protected PDF (the PDF standard security handler, revision 2: RC4 with a
// 40-bit key) whose one page carries the given lines of text in Helvetica. Neither QPdfWriter nor
// any tool installed here can encrypt a PDF, so the tests make their own, following the PDF 1.7
// reference (algorithms 3.1 to 3.4).
#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QString>
#include <QStringList>

namespace EncryptedPdf {

inline QByteArray rc4(const QByteArray& key, const QByteArray& data)
{
    unsigned char s[256];
    for (int i = 0; i < 256; ++i)
        s[i] = static_cast<unsigned char>(i);
    for (int i = 0, j = 0; i < 256; ++i) {
        j = (j + s[i] + static_cast<unsigned char>(key.at(i % key.size()))) & 0xff;
        std::swap(s[i], s[j]);
    }
    QByteArray out(data.size(), '\0');
    for (int n = 0, i = 0, j = 0; n < data.size(); ++n) {
        i = (i + 1) & 0xff;
        j = (j + s[i]) & 0xff;
        std::swap(s[i], s[j]);
        out[n] = static_cast<char>(data.at(n) ^ s[(s[i] + s[j]) & 0xff]);
    }
    return out;
}

inline QByteArray padded(const QByteArray& password)
{
    static const unsigned char pad[32] = {0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E,
                                          0x56, 0xFF, 0xFA, 0x01, 0x08, 0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68,
                                          0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A};
    QByteArray p = password.left(32);
    p.append(reinterpret_cast<const char*>(pad), 32 - p.size());
    return p;
}

inline QByteArray md5(const QByteArray& b)
{
    return QCryptographicHash::hash(b, QCryptographicHash::Md5);
}

// Writes the PDF to `path`; it opens with `userPassword` (and with `ownerPassword`).
inline bool write(const QString& path, const QStringList& lines, const QByteArray& userPassword,
                  const QByteArray& ownerPassword)
{
    const QByteArray id = md5("scrutineer test " + userPassword);
    const qint32 permissions = -44;
    QByteArray p(4, '\0');
    for (int k = 0; k < 4; ++k)
        p[k] = static_cast<char>((quint32(permissions) >> (8 * k)) & 0xff);
    const QByteArray ownerEntry = rc4(md5(padded(ownerPassword)).left(5), padded(userPassword));
    const QByteArray fileKey = md5(padded(userPassword) + ownerEntry + p + id).left(5);
    const QByteArray userEntry = rc4(fileKey, padded(QByteArray()));
    auto objectKey = [&fileKey](int number) {
        QByteArray salt(5, '\0');
        salt[0] = static_cast<char>(number & 0xff);
        salt[1] = static_cast<char>((number >> 8) & 0xff);
        salt[2] = static_cast<char>((number >> 16) & 0xff);
        return md5(fileKey + salt).left(10);
    };
    QByteArray content = "BT /F1 12 Tf 72 770 Td 16 TL\n";
    for (const QString& line : lines) {
        QByteArray t = line.toLatin1();
        t.replace('\\', "\\\\").replace('(', "\\(").replace(')', "\\)");
        content += "(" + t + ") Tj T*\n";
    }
    content += "ET\n";
    const QByteArray stream = rc4(objectKey(4), content);
    QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
        "/Contents 4 0 R >>",
        "<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        "<< /Filter /Standard /V 1 /R 2 /O <" + ownerEntry.toHex() + "> /U <" + userEntry.toHex() + "> /P " +
            QByteArray::number(permissions) + " >>",
    };
    QByteArray pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    QList<qsizetype> offsets;
    for (int n = 0; n < objects.size(); ++n) {
        offsets << pdf.size();
        pdf += QByteArray::number(n + 1) + " 0 obj\n" + objects.at(n) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype o : offsets)
        pdf += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) +
           " /Root 1 0 R /Encrypt 6 0 R /ID [<" + id.toHex() + "> <" + id.toHex() + ">] >>\nstartxref\n" +
           QByteArray::number(xref) + "\n%%EOF\n";
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    return f.write(pdf) == pdf.size();
}

} // namespace EncryptedPdf
