#include "MinutesSource.h"

#include "MinutesReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

namespace {

// The context of this file's strings, the same for tr() at run time and for lupdate.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MinutesSource)
};

QString normalisedForRepeat(const QString& s)
{
    QString t = s.simplified();
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    t.replace(digits, QStringLiteral("#"));
    return t;
}

SourceDocument notMinutes(const QString& name)
{
    return SourceDocument::failure(
        QStringLiteral("not-pdf"),
        Text::tr("%1 is not a PDF (nor plain text). Choose the minutes as a PDF or a .txt file.").arg(name));
}

} // namespace

bool SourceLine::isBold() const
{
    int letters = 0, bold = 0;
    for (const SourceWord& w : words) {
        letters += int(w.text.size());
        bold += w.bold ? int(w.text.size()) : 0;
    }
    return letters > 0 && bold * 10 >= letters * 7;
}

double SourceLine::fontSize() const
{
    QHash<int, int> letters; // tenths of a point -> letters
    int best = 0;
    for (const SourceWord& w : words) {
        const int key = qRound(w.size * 10);
        letters[key] += int(w.text.size());
        if (letters.value(key) > letters.value(best))
            best = key;
    }
    return best / 10.0;
}

QJsonObject SourceDocument::errorJson() const
{
    return QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), errorCode},
                                                             {QStringLiteral("message"), message}}}};
}

SourceDocument SourceDocument::failure(const QString& code, const QString& message)
{
    SourceDocument d;
    d.errorCode = code;
    d.message = message;
    return d;
}

namespace MinutesSource {

SourceDocument readTextFile(const QByteArray& bytes, const QString& name)
{
    SourceDocument d = readText(bytes);
    // Text that holds nothing but blanks is not minutes either.
    if (!d.ok() && d.errorCode == QLatin1String("empty"))
        return notMinutes(name);
    return d;
}

SourceDocument readText(const QByteArray& bytes)
{
    SourceDocument out;
    out.kind = QStringLiteral("text");
    out.pages = 1;
    QString text = QString::fromUtf8(bytes);
    if (text.contains(QChar::ReplacementCharacter)) {
        auto decoder = QStringDecoder(QStringDecoder::Latin1);
        text = decoder(bytes);
    }
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    bool gap = true;
    double y = 0;
    for (const QString& raw : text.split(QLatin1Char('\n'))) {
        QString t = raw;
        t.replace(QChar(0xa0), QLatin1Char(' '));
        if (t.trimmed().isEmpty()) {
            gap = true;
            continue;
        }
        SourceLine line;
        line.page = 1;
        int indent = 0;
        while (indent < t.size() && t.at(indent).isSpace())
            ++indent;
        line.x = indent * 5.0;
        line.y = (y += 12);
        line.height = 10;
        line.paragraphStart = gap;
        // Runs of two or more spaces are column breaks.
        static const QRegularExpression columns(QStringLiteral("\\s{2,}|\\t"));
        line.text = t.trimmed().replace(columns, QStringLiteral("  "));
        // Words at their character columns, so that tables keep their columns.
        static const QRegularExpression wordRx(QStringLiteral("\\S+"));
        for (auto it = wordRx.globalMatch(t); it.hasNext();) {
            const auto m = it.next();
            line.words.append({m.capturedStart() * 5.0, (m.capturedEnd()) * 5.0, m.captured()});
        }
        out.lines.append(line);
        gap = false;
    }
    if (out.lines.isEmpty())
        return SourceDocument::failure(QStringLiteral("empty"),
                                       Text::tr("The file holds no text. Choose the file with the minutes."));
    removeFurniture(out);
    return out;
}

void removeFurniture(SourceDocument& doc)
{
    static const QRegularExpression pageNumber(
        QStringLiteral("^(page\\s+)?\\d{1,3}(\\s*(of|/)\\s*\\d{1,3})?$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression printStamp(
        QStringLiteral("^\\d{1,2}/\\d{1,2}/\\d{2,4},?\\s+\\d{1,2}:\\d{2}(\\s*[ap]m)?\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression url(QStringLiteral("^(https?://|www\\.)\\S+(\\s+\\d+/\\d+)?$"),
                                        QRegularExpression::CaseInsensitiveOption);
    // "52/24" alone is a minute number (52 of 2024), not page 52 of 24: "n of N" and "n/N" count
    // the document's pages.
    static const QRegularExpression fraction(
        QStringLiteral("^(?:page\\s+)?(\\d{1,4})\\s*(?:of|/)\\s*(\\d{1,4})$"),
        QRegularExpression::CaseInsensitiveOption);
    auto notAPageCount = [&](const QString& t) {
        const auto m = fraction.match(t);
        if (!m.hasMatch())
            return false;
        const int n = m.captured(1).toInt(), of = m.captured(2).toInt();
        return n > of || m.captured(2).startsWith(QLatin1Char('0')) || of > doc.pages + 2;
    };
    // Lines repeated at the top or bottom of several pages are running headers or footers.
    QHash<QString, QSet<int>> repeats;
    QHash<QString, QList<QPair<int, double>>> edgePlaces; // where each edge line stands: page, y
    if (doc.pages > 1) {
        QHash<int, QPair<double, double>> extent; // page → first y, last y
        for (const SourceLine& l : doc.lines) {
            auto& e = extent[l.page];
            if (e.first == 0 && e.second == 0)
                e = {l.y, l.y};
            e.first = qMin(e.first, l.y);
            e.second = qMax(e.second, l.y);
        }
        for (const SourceLine& l : doc.lines) {
            const auto e = extent.value(l.page);
            const bool edge = l.y - e.first < 60 || e.second - l.y < 60;
            if (edge) {
                repeats[normalisedForRepeat(l.text)].insert(l.page);
                edgePlaces[normalisedForRepeat(l.text)].append({l.page, l.y});
            }
        }
    }
    QList<SourceLine> kept;
    QHash<int, double> pageTop, pageBottom;
    for (const SourceLine& l : doc.lines) {
        if (!pageTop.contains(l.page) || l.y < pageTop.value(l.page))
            pageTop.insert(l.page, l.y);
        if (!pageBottom.contains(l.page) || l.y > pageBottom.value(l.page))
            pageBottom.insert(l.page, l.y);
    }
    for (const SourceLine& l : doc.lines) {
        const QString t = l.text.trimmed();
        // A bare number is a page number only at the top or foot of a page; elsewhere it may be a minute
        // number.
        const bool edge = doc.kind == QLatin1String("pdf") &&
                          (l.y - pageTop.value(l.page) < 40 || pageBottom.value(l.page) - l.y < 60);
        if ((edge && pageNumber.match(t).hasMatch() && !notAPageCount(t)) || printStamp.match(t).hasMatch() ||
            url.match(t).hasMatch())
            continue;
        if (notAPageCount(t)) {
            kept.append(l);
            continue;
        }
        // A running header is also the heading where it first appears (the title of the minutes,
        // or of the minutes within an agenda pack): keep that first occurrence at the top of a page.
        const QSet<int> pagesOf = repeats.value(normalisedForRepeat(t));
        const int firstPage = pagesOf.isEmpty() ? 0 : *std::min_element(pagesOf.begin(), pagesOf.end());
        const bool titleOnFirstPage = l.page == firstPage && l.y - pageTop.value(l.page) < 60;
        if (doc.pages > 1 && !titleOnFirstPage && repeats.value(normalisedForRepeat(t)).size() >= 2 &&
            repeats.value(normalisedForRepeat(t)).size() >= doc.pages / 2)
            continue;
        // In a run of pages (the minutes inside an agenda pack) a line at the same place at the
        // edge of the page before is the same running header: keep only where the run starts.
        const auto places = edgePlaces.value(normalisedForRepeat(t));
        if (doc.pages > 1 && t.size() > 3 &&
            std::any_of(places.begin(), places.end(),
                        [&l](const QPair<int, double>& p) {
                            return p.first == l.page - 1 && qAbs(p.second - l.y) < 3;
                        }) &&
            std::any_of(places.begin(), places.end(), [&l](const QPair<int, double>& p) {
                return p.first == l.page && qAbs(p.second - l.y) < 0.5;
            }))
            continue;
        kept.append(l);
    }
    // Join words broken by a hyphen at a line end ("recom-" + "mendation").
    for (int i = 0; i + 1 < kept.size(); ++i) {
        QString& t = kept[i].text;
        if (t.size() > 2 && t.endsWith(QLatin1Char('-')) && t.at(t.size() - 2).isLower() &&
            !kept.at(i + 1).text.isEmpty() && kept.at(i + 1).text.at(0).isLower() &&
            !kept.at(i + 1).paragraphStart) {
            const QString next = kept.at(i + 1).text;
            const qsizetype space = next.indexOf(QLatin1Char(' '));
            const QString head = space < 0 ? next : next.left(space);
            t.chop(1);
            t += head;
            kept[i + 1].text = space < 0 ? QString() : next.mid(space + 1);
        } else if (t.size() > 2 && t.endsWith(QLatin1Char('-')) && t.at(t.size() - 2).isLetter() &&
                   !kept.at(i + 1).text.isEmpty() && kept.at(i + 1).text.at(0).isUpper() &&
                   !kept.at(i + 1).paragraphStart) {
            // A hyphenated name broken at its hyphen ("Mr Crow-" / "Brown"): joined, hyphen kept.
            const QString next = kept.at(i + 1).text;
            const qsizetype space = next.indexOf(QLatin1Char(' '));
            t += space < 0 ? next : next.left(space);
            kept[i + 1].text = space < 0 ? QString() : next.mid(space + 1);
        }
    }
    kept.erase(std::remove_if(kept.begin(), kept.end(),
                              [](const SourceLine& l) { return l.text.trimmed().isEmpty(); }),
               kept.end());
    doc.lines = kept;
}

std::optional<SourceDocument> sniff(const QString& path, const ReadLimits& limits, char* kind,
                                    QByteArray* bytes)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return SourceDocument::failure(QStringLiteral("damaged"),
                                       Text::tr("%1 cannot be read: %2.").arg(name, file.errorString()));
    const qint64 size = file.size();
    const QByteArray head = file.read(4096);
    if (head.isEmpty())
        return SourceDocument::failure(
            QStringLiteral("empty"),
            Text::tr(
                "%1 is empty (0 bytes). It was probably not saved or downloaded completely; fetch it again.")
                .arg(name));
    // Far larger than any minutes: refused from its size, before it is read.
    const auto tooBig = [&](const QString& code, const QString& what, qint64 limit) {
        return SourceDocument::failure(
            code,
            Text::tr(
                "%1 is %2 of %3 MB, more than the importer reads (%4 MB): minutes are far smaller. Check "
                "that it is the right file: the minutes of one meeting, as a PDF or a .txt of their text.")
                .arg(name, what)
                .arg(size / 1048576.0, 0, 'f', 0)
                .arg(limit >> 20));
    };
    if (head.startsWith("%PDF-") || head.left(1024).contains("%PDF-")) {
        if (size > limits.maxPdfBytes)
            return tooBig(QStringLiteral("damaged"), Text::tr("a PDF"), limits.maxPdfBytes);
        *kind = 'P';
    } else {
        // Plain text minutes: no NUL bytes and no control characters but white space.
        int control = 0;
        for (char c : head)
            if ((unsigned char)c < 9 || ((unsigned char)c > 13 && (unsigned char)c < 32))
                ++control;
        if (control > 0 || head.contains('\0'))
            return notMinutes(name);
        if (size > limits.maxTextBytes)
            return tooBig(QStringLiteral("not-pdf"), Text::tr("not a PDF but text, too large to be minutes,"),
                          limits.maxTextBytes);
        *kind = 'T';
    }
    if (!bytes)
        return std::nullopt; // decided from its first bytes, as asked
    *bytes = head + file.readAll();
    if (file.error() != QFileDevice::NoError)
        return SourceDocument::failure(QStringLiteral("damaged"),
                                       Text::tr("%1 cannot be read: %2.").arg(name, file.errorString()));
    return std::nullopt;
}

SourceDocument tooLarge(char kind, const QString& name, const ReadLimits& limits)
{
    return SourceDocument::failure(
        kind == 'T' ? QStringLiteral("not-pdf") : QStringLiteral("damaged"),
        Text::tr("Reading %1 needed more memory than the importer allows (%2 MB) and was stopped. If it is "
                 "the minutes of one meeting, it is probably damaged: try a freshly downloaded copy.")
            .arg(name)
            .arg(limits.memoryBytes >> 20));
}

QString extractProgram()
{
    const QString bin = QCoreApplication::applicationDirPath();
    for (const QString& dir : QStringList{bin, bin + QStringLiteral("/" SCRUTINEER_EXTRACT_FROM_BIN)}) {
        const QString program = QDir::cleanPath(dir + QStringLiteral("/scrutineer-extract"));
        if (QFileInfo(program).isExecutable())
            return program;
    }
    // Not found: the installed place, so that the message of a failed start names where it belongs.
    return QDir::cleanPath(bin + QStringLiteral("/" SCRUTINEER_EXTRACT_FROM_BIN "/scrutineer-extract"));
}

QList<SourceDocument> readMany(const QStringList& paths, const QString& password, const QString& program,
                               const ReadLimits& limits)
{
    MinutesReader reader(program, limits);
    QEventLoop loop;
    QObject::connect(&reader, &MinutesReader::finished, &loop, &QEventLoop::quit);
    reader.start(paths, password);
    if (!reader.isFinished())
        loop.exec();
    return reader.results();
}

SourceDocument read(const QString& path, const QString& password, const QString& program,
                    const ReadLimits& limits)
{
    return readMany({path}, password, program, limits).first();
}

} // namespace MinutesSource
