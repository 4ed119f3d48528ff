#include "PdfEngine.h"
#include "PdfEnginePrivate.h"

// libpoppler's own headers (Debian's libpoppler-private-dev).
#include <PDFDoc.h>
#include <SplashOutputDev.h>
#include <splash/SplashBitmap.h>

struct PdfPageRenderer::Private
{
    QByteArray bytes; // what the document reads from: kept for its life
    std::unique_ptr<PDFDoc> doc;
};

PdfPageRenderer::PdfPageRenderer(const QByteArray& bytes, const QString& password) : d(new Private)
{
    const std::lock_guard<std::recursive_mutex> guard(PdfEngine::engineLock());
    d->bytes = bytes;
    if (bytes.isEmpty())
        return;
    d->doc = PdfEngine::open(d->bytes, password);
    if (!d->doc->isOk())
        d->doc.reset();
}

PdfPageRenderer::~PdfPageRenderer()
{
    const std::lock_guard<std::recursive_mutex> guard(PdfEngine::engineLock());
    d->doc.reset();
}

bool PdfPageRenderer::isValid() const
{
    return d->doc != nullptr;
}

int PdfPageRenderer::pageCount() const
{
    const std::lock_guard<std::recursive_mutex> guard(PdfEngine::engineLock());
    return d->doc ? d->doc->getNumPages() : 0;
}

QSizeF PdfPageRenderer::pageSize(int page) const
{
    const std::lock_guard<std::recursive_mutex> guard(PdfEngine::engineLock());
    if (!d->doc || page < 1 || page > d->doc->getNumPages())
        return {};
    QSizeF size(d->doc->getPageCropWidth(page), d->doc->getPageCropHeight(page));
    return d->doc->getPageRotate(page) % 180 ? size.transposed() : size;
}

QByteArray PdfPageRenderer::render(int page, double dpi, int* width, int* height, int* stride) const
{
    const std::lock_guard<std::recursive_mutex> guard(PdfEngine::engineLock());
    *width = *height = *stride = 0;
    if (!d->doc || page < 1 || page > d->doc->getNumPages() || dpi <= 0 || dpi > 1200)
        return {};
    SplashColor white;
    white[0] = white[1] = white[2] = 255;
    white[3] = 255;
    SplashOutputDev out(splashModeXBGR8, 4, false, white);
    out.setFontAntialias(true);
    out.setVectorAntialias(true);
    out.startDoc(d->doc.get());
    d->doc->displayPageSlice(&out, page, dpi, dpi, 0, false, true, false, -1, -1, -1, -1);
    SplashBitmap* bitmap = out.getBitmap();
    if (!bitmap || bitmap->getWidth() <= 0 || bitmap->getHeight() <= 0)
        return {};
    *width = bitmap->getWidth();
    *height = bitmap->getHeight();
    *stride = bitmap->getRowSize();
    return QByteArray(reinterpret_cast<const char*>(bitmap->getDataPtr()), qsizetype(*stride) * *height);
}
