#include "PdfEngine.h"

#include "MinutesSource.h"
#include "PdfEnginePrivate.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRectF>

// libpoppler's own headers (Debian's libpoppler-private-dev).
#include <Error.h>
#include <GlobalParams.h>
#include <PDFDoc.h>
#include <Stream.h>
#include <TextOutputDev.h>

namespace {

// The context of this file's strings, the same for tr() at run time and for lupdate.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MinutesSource)
};

bool boldFont(const GooString* name)
{
    if (!name)
        return false;
    const QString n = QString::fromLatin1(name->c_str(), qsizetype(name->getLength())).toLower();
    return n.contains(QLatin1String("bold")) || n.contains(QLatin1String("black")) ||
           n.contains(QLatin1String("heavy"));
}

struct Word
{
    QRectF box;
    QString text;
    bool space = false;
    bool bold = false;
    double size = 0;
};

// Text set in two columns (a newsletter, a browser's print of a page with CSS columns): a gutter
// that runs down a block of the page, with prose on both sides of it. Poppler's lines join the two
// columns at each height; a reader reads the left column to its foot, then the right. Tables are
// left alone: their cells are short, hold column breaks of their own or do not share one edge.
QList<QList<Word>> columnsInReadingOrder(const QList<QList<Word>>& rows)
{
    if (rows.size() < 10)
        return rows;
    double minX = 1e9, maxX = -1e9;
    for (const auto& row : rows)
        for (const Word& w : row) {
            minX = qMin(minX, w.box.left());
            maxX = qMax(maxX, w.box.right());
        }
    const double width = maxX - minX;
    if (width < 200)
        return rows;
    const auto crosses = [](const QList<Word>& row, double x) {
        return std::any_of(row.begin(), row.end(),
                           [x](const Word& w) { return w.box.left() < x + 3 && w.box.right() > x - 3; });
    };
    const auto sides = [](const QList<Word>& row, double x, bool* left, bool* right) {
        *left = *right = false;
        for (const Word& w : row)
            (w.box.right() < x ? *left : *right) = true;
    };
    // The gutter: the place in the middle of the text with the longest run of rows that no word
    // crosses, with many words on either side of it (the two columns' lines need not line up).
    double bestX = 0;
    int bestScore = 0, bestFrom = 0, bestTo = 0;
    for (double x = minX + width * 0.3; x <= minX + width * 0.7; x += 2) {
        int from = 0;
        while (from < rows.size()) {
            if (crosses(rows.at(from), x)) {
                ++from;
                continue;
            }
            int to = from, lefts = 0, rights = 0;
            for (; to < rows.size() && !crosses(rows.at(to), x); ++to) {
                bool l, r;
                sides(rows.at(to), x, &l, &r);
                lefts += l ? 1 : 0;
                rights += r ? 1 : 0;
            }
            if (qMin(lefts, rights) > bestScore) {
                bestScore = qMin(lefts, rights);
                bestX = x;
                bestFrom = from;
                bestTo = to;
            }
            from = to;
        }
    }
    if (bestTo - bestFrom < 10 || bestScore < 6)
        return rows;
    // Both sides prose: lines of several words with no column break inside, each column's lines
    // starting at one edge.
    QList<QList<Word>> left, right;
    for (int i = bestFrom; i < bestTo; ++i) {
        QList<Word> l, r;
        for (const Word& w : rows.at(i))
            (w.box.right() < bestX ? l : r).append(w);
        if (!l.isEmpty())
            left.append(l);
        if (!r.isEmpty())
            right.append(r);
    }
    const auto prose = [](const QList<QList<Word>>& column) {
        int words = 0, broken = 0;
        QHash<int, int> edges;
        for (const auto& row : column) {
            words += int(row.size());
            ++edges[qRound(row.first().box.left() / 3)];
            for (int i = 1; i < row.size(); ++i)
                if (row.at(i).box.left() - row.at(i - 1).box.right() > row.at(i).box.height() * 1.2) {
                    ++broken;
                    break;
                }
        }
        int edge = 0;
        for (auto it = edges.begin(); it != edges.end(); ++it)
            edge = qMax(edge, it.value() + edges.value(it.key() - 1) + edges.value(it.key() + 1));
        return words >= int(column.size()) * 4 && broken * 5 <= int(column.size()) &&
               edge * 10 >= int(column.size()) * 6;
    };
    if (!prose(left) || !prose(right))
        return rows;
    QList<QList<Word>> out = rows.mid(0, bestFrom);
    out += left;
    out += right;
    out += rows.mid(bestTo);
    return out;
}

// One page's words as lines: words whose vertical centres lie within half a line of each other.
void appendLines(QList<Word>& ws, int page, QList<SourceLine>& out)
{
    std::stable_sort(ws.begin(), ws.end(),
                     [](const Word& a, const Word& b) { return a.box.center().y() < b.box.center().y(); });
    QList<QList<Word>> rows;
    for (const Word& w : ws) {
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
    rows = columnsInReadingOrder(rows);
    double previousBottom = -1, previousHeight = 0;
    for (auto& row : rows) {
        std::sort(row.begin(), row.end(),
                  [](const Word& a, const Word& b) { return a.box.left() < b.box.left(); });
        SourceLine line;
        line.page = page;
        line.x = row.first().box.left();
        line.y = row.first().box.top();
        double h = 0;
        for (const Word& w : row)
            h = qMax(h, w.box.height());
        line.height = h;
        line.words.reserve(row.size());
        QString text;
        for (int i = 0; i < row.size(); ++i) {
            const Word& w = row.at(i);
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
        // The top of a page, or of the next column, starts a paragraph as well.
        line.paragraphStart = previousBottom < 0 ||
                              (line.y - previousBottom) > qMax(h, previousHeight) * 0.9 ||
                              line.y < previousBottom - 2 * h;
        previousBottom = line.y + h;
        previousHeight = h;
        out.append(line);
    }
}

} // namespace

namespace PdfEngine {

std::recursive_mutex& engineLock()
{
    static std::recursive_mutex lock;
    return lock;
}

// Poppler's global parameters, made once and never reset (nothing else in the process makes them).
// Poppler's complaints about a damaged file go nowhere: the caller gets the file's error code.
static void initialise()
{
    if (!globalParams) {
        globalParams = std::make_unique<GlobalParams>();
        setErrorCallback([](ErrorCategory, Goffset, const char*) {});
    }
}

std::unique_ptr<PDFDoc> open(const QByteArray& bytes, const QString& password)
{
    initialise();
    std::optional<GooString> pw;
    if (!password.isEmpty())
        pw = GooString(password.toUtf8().toStdString());
    auto* stream = new MemStream(bytes.constData(), 0, bytes.size(), Object(objNull));
    return std::make_unique<PDFDoc>(stream, pw, pw);
}

SourceDocument readWords(const QByteArray& bytes, const QString& name, const QString& password,
                         const Progress& progress)
{
    const std::lock_guard<std::recursive_mutex> guard(engineLock());
    std::unique_ptr<PDFDoc> doc = open(bytes, password);
    if (!doc->isOk()) {
        if (doc->getErrorCode() == errEncrypted)
            return SourceDocument::failure(
                QStringLiteral("encrypted"),
                password.isEmpty()
                    ? Text::tr("%1 is protected by a password. Import it again with its password "
                               "(--password), or ask its publisher for an unprotected copy.")
                          .arg(name)
                    : Text::tr("The password given does not open %1. Check it and try again.").arg(name));
        return SourceDocument::failure(
            QStringLiteral("damaged"),
            Text::tr("%1 looks like a PDF but cannot be opened: it may be damaged or "
                     "incomplete. Download or export it again and import the new copy.")
                .arg(name));
    }
    SourceDocument out;
    out.kind = QStringLiteral("pdf");
    out.pages = doc->getNumPages();
    if (out.pages <= 0)
        return SourceDocument::failure(
            QStringLiteral("damaged"),
            Text::tr("%1 has no readable pages. Download or export it again.").arg(name));
    if (progress.opened)
        progress.opened(out.pages);
    // One text device for the whole document: it keeps the colour spaces, fonts and their caches
    // from page to page. Reading order, not physical layout: the lines are made below.
    TextOutputDev device(nullptr, false, 0, false, false);
    if (!device.isOk())
        return SourceDocument::failure(
            QStringLiteral("damaged"),
            Text::tr("%1 cannot be read: the PDF reader could not start.").arg(name));
    int words = 0;
    QList<Word> ws;
    for (int p = 1; p <= out.pages; ++p) {
        doc->displayPageSlice(&device, p, 72, 72, 0, false, false, false, -1, -1, -1, -1);
        const std::unique_ptr<TextWordList> list = device.makeWordList();
        ws.clear();
        ws.reserve(list->getLength());
        for (int i = 0; i < list->getLength(); ++i) {
            const TextWord* w = list->get(i);
            const std::unique_ptr<GooString> t(w->getText());
            const QString text = QString::fromUtf8(t->c_str(), qsizetype(t->getLength()));
            if (text.trimmed().isEmpty())
                continue;
            double x0, y0, x1, y1;
            w->getBBox(&x0, &y0, &x1, &y1);
            const TextFontInfo* font = w->getLength() > 0 ? w->getFontInfo(0) : nullptr;
            ws.append({QRectF(x0, y0, x1 - x0, y1 - y0), text, w->hasSpaceAfter(),
                       font && boldFont(font->getFontName()), w->getFontSize()});
        }
        words += int(ws.size());
        appendLines(ws, p, out.lines);
        if (progress.pageDone)
            progress.pageDone(p);
    }
    if (words == 0)
        return SourceDocument::failure(
            QStringLiteral("no-text"),
            Text::tr("%1 has pages but no text layer: it is probably a scan. Run it "
                     "through OCR (text recognition) first, then import the result.")
                .arg(name));
    return out;
}

} // namespace PdfEngine

// The readers that need Poppler in this process live here, beside it, so that a program that reads
// through the child (scrutineer, scrutineer-gui) does not link Poppler at all.
namespace MinutesSource {

SourceDocument readPdf(const QString& path, const QString& password)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return SourceDocument::failure(QStringLiteral("damaged"),
                                       Text::tr("%1 cannot be read: %2.").arg(name, file.errorString()));
    return readBytes('P', file.readAll(), name, password);
}

SourceDocument readBytes(char kind, const QByteArray& bytes, const QString& name, const QString& password,
                         const PdfEngine::Progress& progress)
{
    if (kind == 'T')
        return readTextFile(bytes, name);
    SourceDocument d = PdfEngine::readWords(bytes, name, password, progress);
    if (d.ok())
        removeFurniture(d);
    return d;
}

} // namespace MinutesSource
