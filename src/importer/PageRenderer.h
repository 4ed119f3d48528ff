#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QSizeF>
#include <QString>
#include <memory>

class QProcess;

// The review dialog's pages, drawn from the bytes the import read (the file is not opened again)
// in an extract child of their own (`program extract render`), under the same guards as reading:
// it dies with this process, its address space is bounded, and a page that takes longer than
// ReadLimits::openMs to draw is given up (the child killed; the pages after it drawn by a new one).
// A page the child cannot draw, or a child that crashes on it, gives a null image, never a crash
// of the window. An empty `program` is MinutesSource::extractProgram(). Blocking, bounded: render()
// waits for its page. (Drawing in this process is PdfPageRenderer's, beside Poppler: a program that
// only shows pages does not link Poppler.)
class PageRenderer
{
public:
    PageRenderer(const QByteArray& bytes, const QString& password, const QString& program);
    ~PageRenderer();
    PageRenderer(const PageRenderer&) = delete;
    PageRenderer& operator=(const PageRenderer&) = delete;

    bool isValid() const { return !m_sizes.isEmpty(); }
    int pageCount() const { return int(m_sizes.size()); }
    // In points; empty for a page that is not there.
    QSizeF pageSize(int page) const { return m_sizes.value(page - 1); }
    // Page `page` (1-based) at `dpi`; a null image when it cannot be drawn.
    QImage render(int page, double dpi);

private:
    bool startChild();
    void stopChild();
    bool waitForFrame(char* type, QByteArray* payload, int ms);

    QByteArray m_bytes;
    QString m_password;
    QString m_program;
    QProcess* m_child = nullptr;
    QByteArray m_buffer;
    QList<QSizeF> m_sizes;
    int m_failures = 0;
};
