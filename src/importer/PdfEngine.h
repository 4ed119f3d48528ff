#pragma once

#include <QByteArray>
#include <QImage>
#include <QSizeF>
#include <QString>
#include <functional>
#include <memory>

struct SourceDocument;

// The importer's one way into Poppler (libpoppler's own classes, not poppler-cpp nor poppler-qt):
// a PDF is opened from bytes already read, its words come from one text device reused for every
// page (a device per page made Poppler rebuild the document's ICC colour spaces for each page),
// and its pages are drawn for the review. Every call into Poppler holds one process-wide lock:
// Poppler is not to be used from two threads at once.
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

// Draws the pages of a PDF for the review dialog, from the bytes the import read (the file is not
// opened again). Thread-safe: every call takes the engine's lock, so pages may be drawn on a
// worker thread while the window stays responsive.
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
    // Page `page` (1-based) at `dpi`, on white; a null image when it cannot be drawn.
    QImage render(int page, double dpi) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};
