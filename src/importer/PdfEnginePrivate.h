#pragma once
// What the PDF engine's files share (PdfEngine.cpp reads words, PdfPageRenderer.cpp draws pages):
// the lock every call into Poppler holds, and opening a document on bytes. Includes libpoppler's
// own headers: include it from those two files only.
#include <QByteArray>
#include <QString>
#include <memory>
#include <mutex>

class PDFDoc;

namespace PdfEngine {

std::recursive_mutex& engineLock();
// A document open on bytes that it does not own: `bytes` must outlive it. Check isOk().
std::unique_ptr<PDFDoc> open(const QByteArray& bytes, const QString& password);

} // namespace PdfEngine
