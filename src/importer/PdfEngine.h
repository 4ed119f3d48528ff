#pragma once

#include <QByteArray>
#include <QSizeF>
#include <QString>
#include <functional>
#include <memory>

struct SourceDocument;

// The importer's one way into Poppler (libpoppler's own classes, not poppler-cpp nor poppler-qt):
// a PDF is opened from bytes already read, its words come from one text device reused for every
// page (a device per page made Poppler rebuild the document's ICC colour spaces for each page),
// and its pages are drawn for the review. Both run in the extract child (ExtractChild). Every call into
// Poppler holds one process-wide lock: Poppler is not to be used from two threads at once.
namespace PdfEngine {

// What happens page by page while the words are read: the page count once the document is open
// (so that a caller can set a time budget), then each page done.
struct Progress
{
    std::function<void(int pages)> opened;
    std::function<void(int page)> pageDone;
};

// The words of a PDF as positioned lines (see MinutesSource.h), furniture not yet removed; or the
// contract's error code and a message naming `name`.
SourceDocument readWords(const QByteArray& bytes, const QString& name, const QString& password,
                         const Progress& progress = {});

} // namespace PdfEngine

// Draws the pages of a PDF, from bytes already read, in this process (the extract child's render
// mode runs it; the review gets its pages through PageRenderer). Thread-safe: every call takes the
// engine's lock.
class PdfPageRenderer
{
public:
    PdfPageRenderer(const QByteArray& bytes, const QString& password = QString());
    ~PdfPageRenderer();
    PdfPageRenderer(const PdfPageRenderer&) = delete;
    PdfPageRenderer& operator=(const PdfPageRenderer&) = delete;

    bool isValid() const;
    int pageCount() const;
    // In points, as displayed (the page's rotation applied); empty for a page that is not there.
    QSizeF pageSize(int page) const;
    // Page `page` (1-based) at `dpi`, on white: 32-bit pixels, 0xffRRGGBB in memory order B, G, R, X
    // (Qt's QImage::Format_RGB32), `stride` bytes a row; empty when it cannot be drawn.
    QByteArray render(int page, double dpi, int* width, int* height, int* stride) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};
