#include "MinutesSource.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRectF>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <memory>
#include <optional>
#include <poppler-document.h>
#include <poppler-page.h>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("MinutesSource", text);
}

QString normalisedForRepeat(const QString& s)
{
    QString t = s.simplified();
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    t.replace(digits, QStringLiteral("#"));
    return t;
}

bool boldFont(const std::string& name)
{
    const QString n = QString::fromStdString(name).toLower();
    return n.contains(QLatin1String("bold")) || n.contains(QLatin1String("black")) ||
           n.contains(QLatin1String("heavy"));
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

QJsonObject SourceDocument::toJson() const
{
    QJsonObject o;
    if (!ok()) {
        o.insert(QStringLiteral("error"),
                 QJsonObject{{QStringLiteral("code"), errorCode}, {QStringLiteral("message"), message}});
        return o;
    }
    o.insert(QStringLiteral("pages"), pages);
    o.insert(QStringLiteral("kind"), kind);
    QJsonArray lines;
    for (const SourceLine& l : this->lines) {
        // A word's font size is written where it differs from the line's first word ("fs").
        const double size = l.words.isEmpty() ? 0 : l.words.first().size;
        QJsonArray words;
        for (const SourceWord& w : l.words)
            words.append(w.size != size ? QJsonArray{w.x, w.right, w.text, w.bold ? 1 : 0, w.size}
                         : w.bold       ? QJsonArray{w.x, w.right, w.text, 1}
                                        : QJsonArray{w.x, w.right, w.text});
        lines.append(QJsonObject{{QStringLiteral("p"), l.page},
                                 {QStringLiteral("fs"), size},
                                 {QStringLiteral("x"), l.x},
                                 {QStringLiteral("y"), l.y},
                                 {QStringLiteral("h"), l.height},
                                 {QStringLiteral("ps"), l.paragraphStart},
                                 {QStringLiteral("t"), l.text},
                                 {QStringLiteral("w"), words}});
    }
    o.insert(QStringLiteral("lines"), lines);
    return o;
}

SourceDocument SourceDocument::fromJson(const QJsonObject& o)
{
    SourceDocument d;
    if (o.contains(QStringLiteral("error"))) {
        const QJsonObject e = o.value(QStringLiteral("error")).toObject();
        return failure(e.value(QStringLiteral("code")).toString(),
                       e.value(QStringLiteral("message")).toString());
    }
    d.pages = o.value(QStringLiteral("pages")).toInt();
    d.kind = o.value(QStringLiteral("kind")).toString();
    for (const QJsonValue& v : o.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject l = v.toObject();
        SourceLine line;
        line.page = l.value(QStringLiteral("p")).toInt();
        line.x = l.value(QStringLiteral("x")).toDouble();
        line.y = l.value(QStringLiteral("y")).toDouble();
        line.height = l.value(QStringLiteral("h")).toDouble();
        line.paragraphStart = l.value(QStringLiteral("ps")).toBool();
        line.text = l.value(QStringLiteral("t")).toString();
        const double size = l.value(QStringLiteral("fs")).toDouble();
        for (const QJsonValue& w : l.value(QStringLiteral("w")).toArray()) {
            const QJsonArray a = w.toArray();
            line.words.append({a.at(0).toDouble(), a.at(1).toDouble(), a.at(2).toString(),
                               a.at(3).toInt() == 1, a.size() > 4 ? a.at(4).toDouble() : size});
        }
        d.lines.append(line);
    }
    return d;
}

SourceDocument SourceDocument::failure(const QString& code, const QString& message)
{
    SourceDocument d;
    d.errorCode = code;
    d.message = message;
    return d;
}

namespace MinutesSource {

SourceDocument readPdf(const QString& path, const QString& password)
{
    // Poppler's C++ interface alone: one load of the document and one text pass per page give the
    // words with their positions and fonts (bold headings where titles are not in capitals).
    // Poppler-Qt's words carry no font, so reading with both loaded and read every page twice.
    const std::string pw = password.toStdString();
    std::unique_ptr<poppler::document> doc(
        poppler::document::load_from_file(QFile::encodeName(path).toStdString(), pw, pw));
    if (!doc)
        return SourceDocument::failure(
            QStringLiteral("damaged"),
            tr("%1 looks like a PDF but cannot be opened: it may be damaged or incomplete. "
               "Download or export it again and import the new copy.")
                .arg(QFileInfo(path).fileName()));
    if (doc->is_locked())
        return SourceDocument::failure(
            QStringLiteral("encrypted"),
            password.isEmpty() ? tr("%1 is protected by a password. Import it again with its password "
                                    "(--password), or ask its publisher for an unprotected copy.")
                                     .arg(QFileInfo(path).fileName())
                               : tr("The password given does not open %1. Check it and try again.")
                                     .arg(QFileInfo(path).fileName()));
    SourceDocument out;
    out.kind = QStringLiteral("pdf");
    out.pages = doc->pages();
    if (out.pages <= 0)
        return SourceDocument::failure(
            QStringLiteral("damaged"),
            tr("%1 has no readable pages. Download or export it again.").arg(QFileInfo(path).fileName()));
    int words = 0;
    for (int p = 0; p < out.pages; ++p) {
        std::unique_ptr<poppler::page> page(doc->create_page(p));
        if (!page)
            continue;
        struct W
        {
            QRectF box;
            QString text;
            bool space;
            bool bold;
            double size;
        };
        QList<W> ws;
        for (const poppler::text_box& box : page->text_list(poppler::page::text_list_include_font)) {
            const poppler::ustring u = box.text();
            const QString text = QString(reinterpret_cast<const QChar*>(u.data()), qsizetype(u.size()));
            if (text.trimmed().isEmpty())
                continue;
            const poppler::rectf b = box.bbox();
            ws.append({QRectF(b.x(), b.y(), b.width(), b.height()), text, box.has_space_after(),
                       box.has_font_info() && boldFont(box.get_font_name()),
                       box.has_font_info() ? qRound(box.get_font_size() * 10) / 10.0 : 0.0});
        }
        words += int(ws.size());
        // Group into lines: words whose vertical centres lie within half a line of each other.
        std::stable_sort(ws.begin(), ws.end(),
                         [](const W& a, const W& b) { return a.box.center().y() < b.box.center().y(); });
        QList<QList<W>> rows;
        for (const W& w : ws) {
            if (!rows.isEmpty()) {
                const QRectF& last = rows.last().first().box;
                if (qAbs(w.box.center().y() - last.center().y()) <
                    qMax(2.0, qMin(w.box.height(), last.height()) * 0.5)) {
                    rows.last().append(w);
                    continue;
                }
            }
            rows.append({w});
        }
        double previousBottom = -1, previousHeight = 0;
        for (auto& row : rows) {
            std::sort(row.begin(), row.end(),
                      [](const W& a, const W& b) { return a.box.left() < b.box.left(); });
            SourceLine line;
            line.page = p + 1;
            line.x = row.first().box.left();
            line.y = row.first().box.top();
            double h = 0;
            for (const W& w : row)
                h = qMax(h, w.box.height());
            line.height = h;
            QString text;
            for (int i = 0; i < row.size(); ++i) {
                const W& w = row.at(i);
                if (i > 0) {
                    const double gap = w.box.left() - row.at(i - 1).box.right();
                    if (gap > h * 1.2)
                        text += QStringLiteral("  ");
                    else if (gap > h * 0.12 || row.at(i - 1).space)
                        text += QLatin1Char(' ');
                }
                text += w.text;
                // Words that continue (no space, touching) are merged into one for column finding.
                if (!line.words.isEmpty() && i > 0 && w.box.left() - row.at(i - 1).box.right() <= h * 0.12 &&
                    !row.at(i - 1).space) {
                    line.words.last().text += w.text;
                    line.words.last().right = w.box.right();
                } else {
                    line.words.append({w.box.left(), w.box.right(), w.text, w.bold, w.size});
                }
            }
            line.text = text;
            line.paragraphStart =
                previousBottom < 0 || (line.y - previousBottom) > qMax(h, previousHeight) * 0.9;
            previousBottom = line.y + h;
            previousHeight = h;
            out.lines.append(line);
        }
    }
    if (words == 0)
        return SourceDocument::failure(
            QStringLiteral("no-text"),
            tr("%1 has pages but no text layer: it is probably a scan. Run it through OCR "
               "(text recognition) first, then import the result.")
                .arg(QFileInfo(path).fileName()));
    removeFurniture(out);
    return out;
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
                                       tr("The file holds no text. Choose the file with the minutes."));
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

namespace {

// Everything but a PDF (which needs Poppler): empty, unreadable, plain text, or not a PDF.
std::optional<SourceDocument> readUnlessPdf(const QString& path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return SourceDocument::failure(QStringLiteral("damaged"),
                                       tr("%1 cannot be read: %2.").arg(name, file.errorString()));
    const QByteArray head = file.read(4096);
    if (head.isEmpty())
        return SourceDocument::failure(
            QStringLiteral("empty"),
            tr("%1 is empty (0 bytes). It was probably not saved or downloaded completely; fetch it again.")
                .arg(name));
    if (!head.startsWith("%PDF-") && !head.left(1024).contains("%PDF-")) {
        // Plain text minutes: no NUL bytes and mostly printable.
        int control = 0;
        for (char c : head)
            if ((unsigned char)c < 9 || ((unsigned char)c > 13 && (unsigned char)c < 32))
                ++control;
        if (control == 0 && !head.contains('\0')) {
            file.seek(0);
            SourceDocument d = readText(file.readAll());
            if (d.ok() || d.errorCode != QLatin1String("empty"))
                return d;
        }
        return SourceDocument::failure(
            QStringLiteral("not-pdf"),
            tr("%1 is not a PDF (nor plain text). Choose the minutes as a PDF or a .txt file.").arg(name));
    }
    return std::nullopt;
}

SourceDocument timedOut(const QString& path)
{
    return SourceDocument::failure(
        QStringLiteral("damaged"),
        tr("Reading %1 took too long and was stopped: the file may be damaged or hostile. "
           "Try a freshly downloaded copy.")
            .arg(QFileInfo(path).fileName()));
}

SourceDocument crashed(const QString& path)
{
    return SourceDocument::failure(
        QStringLiteral("damaged"),
        tr("Reading %1 failed (the PDF reader stopped unexpectedly): the file is probably "
           "damaged. Try a freshly downloaded copy.")
            .arg(QFileInfo(path).fileName()));
}

} // namespace

QList<SourceDocument> readMany(const QStringList& paths, const QString& password, const QString& program,
                               int timeoutMs)
{
    QList<SourceDocument> out(paths.size());
    QList<int> pdfs;
    for (int i = 0; i < paths.size(); ++i) {
        if (auto d = readUnlessPdf(paths.at(i)))
            out[i] = *d;
        else if (program.isEmpty())
            out[i] = readPdf(paths.at(i), password);
        else
            pdfs << i;
    }
    while (!pdfs.isEmpty()) {
        QProcess child;
        // The password goes to the child on its standard input, never on its command line
        // (where any user of the machine could read it with ps).
        QStringList args{QStringLiteral("extract")};
        if (!password.isEmpty())
            args << QStringLiteral("--password-stdin");
        for (int i : pdfs)
            args << paths.at(i);
        child.start(program, args);
        if (!child.waitForStarted(10000)) {
            for (int i : pdfs)
                out[i] = readPdf(paths.at(i), password);
            break;
        }
        if (!password.isEmpty())
            child.write(password.toUtf8() + '\n');
        child.closeWriteChannel();
        QByteArray buffer;
        QElapsedTimer sinceAnswer;
        sinceAnswer.start();
        bool stopped = false;
        auto take = [&] {
            buffer += child.readAllStandardOutput();
            for (qsizetype nl = buffer.indexOf('\n'); nl >= 0 && !pdfs.isEmpty(); nl = buffer.indexOf('\n')) {
                const QJsonDocument json = QJsonDocument::fromJson(buffer.left(nl));
                buffer.remove(0, nl + 1);
                const int i = pdfs.takeFirst();
                out[i] =
                    json.isObject()
                        ? SourceDocument::fromJson(json.object())
                        : SourceDocument::failure(QStringLiteral("damaged"),
                                                  tr("%1 could not be read: the file is probably damaged.")
                                                      .arg(QFileInfo(paths.at(i)).fileName()));
                sinceAnswer.restart();
            }
        };
        while (!pdfs.isEmpty() && child.state() != QProcess::NotRunning) {
            const int left = int(timeoutMs - sinceAnswer.elapsed());
            if (left <= 0) {
                child.kill();
                child.waitForFinished(2000);
                take();
                if (!pdfs.isEmpty()) {
                    const int i = pdfs.takeFirst();
                    out[i] = timedOut(paths.at(i));
                }
                stopped = true;
                break;
            }
            child.waitForReadyRead(qMin(left, 200));
            take();
        }
        if (!stopped) {
            child.waitForFinished(2000);
            take();
            // The child ended before answering for this file: it crashed on it.
            if (!pdfs.isEmpty()) {
                const int i = pdfs.takeFirst();
                out[i] = crashed(paths.at(i));
            }
        }
    }
    return out;
}

SourceDocument read(const QString& path, const QString& password, const QString& program, int timeoutMs)
{
    return readMany({path}, password, program, timeoutMs).first();
}

} // namespace MinutesSource
