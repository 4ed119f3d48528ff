#include "Csv.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace Csv {

namespace {

// The context of this file's strings, the same for tr() at run time and for lupdate.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Csv)
};

// Windows-1252's 0x80–0x9F (the rest of the code page is Latin-1); the five bytes the code page
// leaves undefined become the C1 controls, as Windows itself maps them.
const char16_t kCp1252High[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                  0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

QString fromWindows1252(const QByteArray& data)
{
    QString text;
    text.resize(data.size());
    QChar* out = text.data();
    for (const char ch : data) {
        const auto b = static_cast<unsigned char>(ch);
        *out++ = (b >= 0x80 && b < 0xA0) ? QChar(kCp1252High[b - 0x80]) : QChar(b);
    }
    return text;
}

// UTF-16 without a byte-order mark shows itself by a zero byte in every other place (the high
// byte of ASCII letters). Returns 1 for little-endian, 2 for big-endian, 0 when it is not UTF-16.
int utf16WithoutBom(const QByteArray& data)
{
    if (data.size() < 4 || data.size() % 2 != 0)
        return 0;
    const qsizetype n = qMin<qsizetype>(data.size(), 4096);
    qsizetype evenZeros = 0, oddZeros = 0;
    for (qsizetype i = 0; i + 1 < n; i += 2) {
        evenZeros += data.at(i) == 0;
        oddZeros += data.at(i + 1) == 0;
    }
    const qsizetype pairs = n / 2;
    if (oddZeros * 10 >= pairs * 9 && evenZeros == 0)
        return 1;
    if (evenZeros * 10 >= pairs * 9 && oddZeros == 0)
        return 2;
    return 0;
}

Decoded utf16(const QByteArray& data, Encoding encoding)
{
    Decoded d;
    d.encoding = encoding;
    QStringDecoder decoder(encoding == Encoding::Utf16LE ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                           QStringDecoder::Flag::Stateless);
    d.text = decoder.decode(data);
    if (decoder.hasError() || data.size() % 2 != 0) {
        d.text.clear();
        d.problem = Text::tr("The file says it is UTF-16 text but its bytes are not (it may be cut short or "
                             "damaged). Save it again from the spreadsheet as \"CSV UTF-8\".");
    }
    return d;
}

bool isPlainNumber(QStringView t)
{
    qsizetype i = 0;
    if (i < t.size() && (t.at(i) == u'-' || t.at(i) == u'+'))
        ++i;
    bool digits = false, point = false;
    for (; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (c >= u'0' && c <= u'9')
            digits = true;
        else if (c == u'.' && !point)
            point = true;
        else
            return false;
    }
    return digits;
}

} // namespace

QString encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return Text::tr("UTF-8");
    case Encoding::Utf8WithBom:
        return Text::tr("UTF-8 (with a byte-order mark)");
    case Encoding::Utf16LE:
        return Text::tr("UTF-16 (little-endian)");
    case Encoding::Utf16BE:
        return Text::tr("UTF-16 (big-endian)");
    case Encoding::Windows1252:
        return Text::tr("Windows-1252");
    }
    return QString();
}

Decoded decode(const QByteArray& bytes)
{
    if (bytes.startsWith(QByteArray("\xFF\xFE\x00\x00", 4)) ||
        bytes.startsWith(QByteArray("\x00\x00\xFE\xFF", 4))) {
        Decoded d;
        d.problem =
            Text::tr("The file is UTF-32 text, which Scrutineer does not read. Save it again from the "
                     "spreadsheet as \"CSV UTF-8\".");
        return d;
    }
    if (bytes.startsWith("\xFF\xFE"))
        return utf16(bytes.mid(2), Encoding::Utf16LE);
    if (bytes.startsWith("\xFE\xFF"))
        return utf16(bytes.mid(2), Encoding::Utf16BE);
    if (const int kind = utf16WithoutBom(bytes))
        return utf16(bytes, kind == 1 ? Encoding::Utf16LE : Encoding::Utf16BE);

    Decoded d;
    QByteArray data = bytes;
    d.encoding = Encoding::Utf8;
    if (data.startsWith("\xEF\xBB\xBF")) {
        data.remove(0, 3);
        d.encoding = Encoding::Utf8WithBom;
    }
    if (data.contains('\0')) {
        d.problem = Text::tr("The file is not text (it holds zero bytes, as programs and images do), so it "
                             "cannot be a CSV file. Choose the CSV file saved from the spreadsheet.");
        return d;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    d.text = utf8.decode(data);
    if (!utf8.hasError())
        return d;
    // Not UTF-8: Excel's "CSV" on Windows writes Windows-1252 (a byte-order mark would have said UTF-8).
    d.encoding = Encoding::Windows1252;
    d.text = fromWindows1252(data);
    return d;
}

QChar detectSeparator(const QString& text)
{
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == u'\n' || c == u'\r')
            break;
        else if (c == u',')
            ++commas;
        else if (c == u';')
            ++semicolons;
        else if (c == u'\t')
            ++tabs;
    }
    if (semicolons > commas && semicolons >= tabs)
        return QLatin1Char(';');
    if (tabs > commas && tabs > semicolons)
        return QLatin1Char('\t');
    return QLatin1Char(',');
}

Table parse(const QString& text, QChar separator)
{
    Table table;
    table.separator = separator.isNull() ? detectSeparator(text) : separator;
    const QChar sep = table.separator;
    const qsizetype n = text.size();
    const QChar* s = text.constData();

    Record current;
    current.line = 1;
    QString cell;
    bool quoted = false;
    bool cellStarted = false; // something other than spaces has been read into the cell
    int line = 1;
    int quoteLine = 0;

    const auto endCell = [&] {
        current.cells.append(cell);
        cell.clear();
        cellStarted = false;
    };
    const auto endRecord = [&] {
        endCell();
        bool blank = true;
        for (const QString& c : std::as_const(current.cells))
            if (!c.trimmed().isEmpty()) {
                blank = false;
                break;
            }
        if (!blank)
            table.records.append(std::move(current));
        current = Record();
        current.line = line;
    };

    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = s[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && s[i + 1] == u'"') {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else if (c == u'\r' || c == u'\n') {
                if (c == u'\r' && i + 1 < n && s[i + 1] == u'\n')
                    ++i;
                ++line;
                cell += QLatin1Char('\n');
            } else {
                cell += c;
            }
            continue;
        }
        if (c == u'"' && !cellStarted) {
            cell.clear(); // spaces before the opening quotation mark
            quoted = true;
            cellStarted = true;
            quoteLine = line;
        } else if (c == sep) {
            endCell();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && s[i + 1] == u'\n')
                ++i;
            ++line;
            endRecord();
        } else {
            cell += c;
            if (c != u' ')
                cellStarted = true;
        }
    }
    if (quoted) {
        table.problem =
            Text::tr("a quotation mark opens a cell on line %1 that is never closed, so the rest of "
                     "the file would be one cell. Close the quotation, or save the file again from "
                     "the spreadsheet.")
                .arg(quoteLine);
        table.problemLine = quoteLine;
    }
    if (!current.cells.isEmpty() || !cell.isEmpty() || cellStarted)
        endRecord();
    return table;
}

bool needsGuard(const QString& text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.at(0);
    if (c == u'=' || c == u'@' || c == u'\t' || c == u'\r')
        return true;
    if (c == u'+' || c == u'-')
        return !isPlainNumber(text);
    if (c == u'\'')
        return needsGuard(text.mid(1));
    return false;
}

QString guarded(const QString& text)
{
    return needsGuard(text) ? QLatin1Char('\'') + text : text;
}

QString unguarded(const QString& cell)
{
    return cell.startsWith(QLatin1Char('\'')) && needsGuard(cell.mid(1)) ? cell.mid(1) : cell;
}

QString cell(const QString& text)
{
    const QString value = guarded(text);
    bool quote = !value.isEmpty() && (value.front().isSpace() || value.back().isSpace());
    for (const QChar c : value) {
        if (quote)
            break;
        quote = c == u',' || c == u';' || c == u'\t' || c == u'"' || c == u'\n' || c == u'\r';
    }
    if (!quote)
        return value;
    return QLatin1Char('"') + QString(value).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

QString line(const QStringList& cells)
{
    QString out;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i)
            out += QLatin1Char(',');
        out += cell(cells.at(i));
    }
    return out + QStringLiteral("\r\n");
}

QByteArray document(const QList<QStringList>& records)
{
    QString text;
    for (const QStringList& r : records)
        text += line(r);
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace Csv
