// The PDF front end on minutes this test draws itself with QPdfWriter: lines in reading order,
// bold headings found through the fonts, running headers and page numbers removed.
#include "EncryptedPdf.h"
#include "importer/ExtractProtocol.h"
#include "importer/MinutesParser.h"
#include "importer/MinutesSource.h"
#include "importer/PageRenderer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

class TestPdfSource : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void boldTitleCaseHeadingsAndFurniture()
    {
        const QString path = m_dir.filePath(QStringLiteral("bold.pdf"));
        {
            QPdfWriter writer(path);
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setResolution(72);
            writer.setPageMargins(QMarginsF(0, 0, 0, 0));
            QPainter painter(&writer);
            QFont plain(QStringLiteral("DejaVu Sans"));
            plain.setPixelSize(11);
            QFont bold = plain;
            bold.setBold(true);
            auto text = [&painter](const QFont& f, double y, const QString& s, double x = 60) {
                painter.setFont(f);
                painter.drawText(QPointF(x, y), s);
            };
            for (int page = 1; page <= 3; ++page) {
                if (page > 1)
                    writer.newPage();
                text(plain, 30, QStringLiteral("Leisure Committee, 9 July 2025"));
                text(plain, 820, QStringLiteral("Page %1 of 3").arg(page), 270);
                if (page == 1) {
                    text(bold, 80, QStringLiteral("Harbourside Town Council"));
                    text(plain, 100,
                         QStringLiteral("Minutes of the Leisure Committee held on 9 July 2025 at 6.30 pm"));
                    text(bold, 140, QStringLiteral("4. Swimming Pool Refurbishment"));
                    text(plain, 160, QStringLiteral("Members considered the options for the pool roof."));
                    text(plain, 175, QStringLiteral("RESOLVED that the second option be taken forward."));
                    text(bold, 215, QStringLiteral("5. Parks and Open Spaces Strategy"));
                    text(plain, 235, QStringLiteral("The draft strategy was welcomed by the committee."));
                } else if (page == 2) {
                    text(bold, 80, QStringLiteral("6. Allotment Waiting List"));
                    text(plain, 100, QStringLiteral("Action – Grounds Manager"), 300);
                    text(plain, 100, QStringLiteral("The waiting list will be reviewed each quarter."));
                } else {
                    text(plain, 80, QStringLiteral("The meeting closed at 8.05 pm."));
                }
            }
        }
        const SourceDocument doc = MinutesSource::readPdf(path);
        QVERIFY2(doc.ok(), qPrintable(doc.message));
        QCOMPARE(doc.pages, 3);
        bool boldSeen = false;
        for (const SourceLine& l : doc.lines) {
            QVERIFY2(!l.text.startsWith(QLatin1String("Page ")), qPrintable(l.text));
            if (l.text == QLatin1String("4. Swimming Pool Refurbishment"))
                boldSeen = l.isBold();
        }
        QVERIFY(boldSeen);
        const ParsedMinutes m = MinutesParser::parse(doc);
        QCOMPARE(m.date, QDate(2025, 7, 9));
        QCOMPARE(m.time, QTime(18, 30));
        QCOMPARE(m.items.size(), 3);
        QCOMPARE(m.items.at(0).number, QStringLiteral("4"));
        QCOMPARE(m.items.at(0).title, QStringLiteral("Swimming Pool Refurbishment"));
        QCOMPARE(m.items.at(0).resolutions,
                 QStringList{QStringLiteral("that the second option be taken forward.")});
        QCOMPARE(m.items.at(1).title, QStringLiteral("Parks and Open Spaces Strategy"));
        QCOMPARE(m.items.at(2).page, 2);
        QCOMPARE(m.items.at(2).title, QStringLiteral("Allotment Waiting List"));
    }

    // The font size of each line, as printed, also after the extract child's protocol (a heading set
    // larger than the text is a heading where it is neither bold nor in capitals).
    void fontSizes()
    {
        const QString path = m_dir.filePath(QStringLiteral("sizes.pdf"));
        {
            QPdfWriter writer(path);
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setResolution(72);
            writer.setPageMargins(QMarginsF(0, 0, 0, 0));
            QPainter painter(&writer);
            QFont body(QStringLiteral("DejaVu Sans"));
            body.setPixelSize(10);
            QFont heading = body;
            heading.setPixelSize(14);
            painter.setFont(heading);
            painter.drawText(QPointF(60, 80), QStringLiteral("Village Green"));
            painter.setFont(body);
            painter.drawText(QPointF(60, 100), QStringLiteral("The grass will be cut in May."));
        }
        const SourceDocument doc = MinutesSource::readPdf(path);
        QVERIFY2(doc.ok(), qPrintable(doc.message));
        QCOMPARE(doc.lines.size(), 2);
        QVERIFY2(qAbs(doc.lines.at(0).fontSize() - 14) < 0.6,
                 qPrintable(QString::number(doc.lines.at(0).fontSize())));
        QVERIFY2(qAbs(doc.lines.at(1).fontSize() - 10) < 0.6,
                 qPrintable(QString::number(doc.lines.at(1).fontSize())));
        // The child sends the sizes to the importer (a line's words, each with its own size).
        const auto decoded = ExtractProtocol::decode(ExtractProtocol::encode(doc));
        QVERIFY(decoded);
        const SourceDocument& copy = *decoded;
        QCOMPARE(copy.lines.at(0).fontSize(), doc.lines.at(0).fontSize());
        QCOMPARE(copy.lines.at(1).words.last().size, doc.lines.at(1).words.last().size);
        QCOMPARE(MinutesSource::readText("Village Green\n").lines.at(0).fontSize(), 0.0);
    }

    // A locked PDF opens with its password, and gives the contract's `encrypted` with a wrong one or none.
    void lockedPdfOpensWithItsPassword()
    {
        const QString path = m_dir.filePath(QStringLiteral("locked.pdf"));
        QVERIFY(EncryptedPdf::write(path,
                                    {QStringLiteral("WESTBROOK COUNCIL"), QStringLiteral("FAMILIES PANEL"),
                                     QStringLiteral("Tuesday 5 March 2024"), QStringLiteral("4. PLAN UPDATE"),
                                     QStringLiteral("RESOLVED that the update be noted.")},
                                    "s3cret pass", "owner-only"));
        const SourceDocument none = MinutesSource::readPdf(path);
        QCOMPARE(none.errorCode, QStringLiteral("encrypted"));
        QVERIFY2(none.message.contains(QStringLiteral("password")), qPrintable(none.message));
        const SourceDocument wrong = MinutesSource::readPdf(path, QStringLiteral("guess"));
        QCOMPARE(wrong.errorCode, QStringLiteral("encrypted"));
        QVERIFY2(wrong.message.contains(QStringLiteral("does not open")), qPrintable(wrong.message));
        const SourceDocument right = MinutesSource::readPdf(path, QStringLiteral("s3cret pass"));
        QVERIFY2(right.ok(), qPrintable(right.message));
        const ParsedMinutes m = MinutesParser::parse(right);
        QCOMPARE(m.date, QDate(2024, 3, 5));
        QCOMPARE(m.items.size(), 1);
        QCOMPARE(m.items.first().title, QStringLiteral("PLAN UPDATE"));
        QCOMPARE(m.items.first().resolutions, QStringList{QStringLiteral("that the update be noted.")});
    }

    // The password reaches the child reader on its standard input, not its command line (which ps shows).
    void passwordGoesToTheChildOnStandardInput()
    {
        const QString log = m_dir.filePath(QStringLiteral("child.log"));
        const QString input = m_dir.filePath(QStringLiteral("child.in"));
        const QString program = fakeChild(
            QStringLiteral("spy.sh"),
            QStringLiteral("echo \"args: $*\" > '%1'\ncat > '%2'\ncat '%3'\n").arg(log, input, answer()));
        const QString pdf = m_dir.filePath(QStringLiteral("spied.pdf"));
        writeFile(pdf, "%PDF-1.4\n");
        const SourceDocument d = MinutesSource::read(pdf, QStringLiteral("hunter two"), program, quick());
        QVERIFY2(d.ok(), qPrintable(d.message));
        QCOMPARE(d.lines.first().text, QStringLiteral("Read"));
        QCOMPARE(d.bytes, QByteArray("%PDF-1.4\n")); // the bytes it was read from, for hashing and saving
        QFile l(log);
        QVERIFY(l.open(QIODevice::ReadOnly));
        const QString args = QString::fromUtf8(l.readAll());
        QVERIFY2(!args.contains(QStringLiteral("hunter")), qPrintable(args));
        QFile in(input);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray sent = in.readAll();
        const QString pw = QStringLiteral("hunter two");
        QVERIFY(sent.contains(QByteArray(reinterpret_cast<const char*>(pw.utf16()), pw.size() * 2)));
        QVERIFY(sent.contains("%PDF-1.4\n")); // the file itself goes to the child: it opens nothing
    }

    void scanWithoutTextIsNoText()
    {
        const QString path = m_dir.filePath(QStringLiteral("scan.pdf"));
        {
            QPdfWriter writer(path);
            QPainter painter(&writer);
            painter.fillRect(QRectF(100, 100, 2000, 300), Qt::black); // a picture, no text layer
        }
        QCOMPARE(MinutesSource::readPdf(path).errorCode, QStringLiteral("no-text"));
    }

    void truncatedPdfIsDamaged()
    {
        const QString whole = m_dir.filePath(QStringLiteral("whole.pdf"));
        {
            QPdfWriter writer(whole);
            QPainter painter(&writer);
            painter.drawText(QPointF(100, 100), QStringLiteral("Some text"));
        }
        QFile in(whole);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        const QString cut = m_dir.filePath(QStringLiteral("cut.pdf"));
        QFile out(cut);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes.left(60));
        out.close();
        QCOMPARE(MinutesSource::readPdf(cut).errorCode, QStringLiteral("damaged"));
        if (QFileInfo::exists(extractChild()))
            QCOMPARE(MinutesSource::read(cut, QString(), extractChild()).errorCode,
                     QStringLiteral("damaged"));
    }

    // The PDF is read in a child process: one that hangs or crashes gives an error, not a hang.
    void childThatHangsOrCrashesIsDamaged_data()
    {
        QTest::addColumn<QString>("script");
        QTest::newRow("hangs") << QStringLiteral("sleep 30\n");
        QTest::newRow("crashes") << QStringLiteral("kill -SEGV $$\n");
        QTest::newRow("prints rubbish") << QStringLiteral("echo not a frame at all\n");
        QTest::newRow("breaks off an answer") << QStringLiteral("head -c 9 '%1'\n").arg(answer());
    }

    void childThatHangsOrCrashesIsDamaged()
    {
        QFETCH(QString, script);
        const QString program =
            fakeChild(QStringLiteral("child.sh"), QStringLiteral("cat > /dev/null\n") + script);
        const QString pdf = m_dir.filePath(QStringLiteral("any.pdf"));
        writeFile(pdf, "%PDF-1.4\n% invented\n");
        QElapsedTimer t;
        t.start();
        const SourceDocument d = MinutesSource::read(pdf, QString(), program, quick());
        QCOMPARE(d.errorCode, QStringLiteral("damaged"));
        QVERIFY(!d.message.isEmpty());
        QVERIFY(d.bytes.isEmpty());
        QVERIFY(t.elapsed() < 10000);
    }

    // Several files in one child: the file it crashes on is damaged, and a new child reads the rest.
    void oneCrashAmongSeveralFiles()
    {
        // The first child answers for one file and crashes on the second; the next answers for the others.
        const QString counter = m_dir.filePath(QStringLiteral("children"));
        QFile::remove(counter);
        const QString program = fakeChild(
            QStringLiteral("many.sh"),
            QStringLiteral("cat > /dev/null\nn=$(cat '%1' 2>/dev/null || echo 0)\necho $((n + 1)) > '%1'\n"
                           "if [ \"$n\" = 0 ]; then cat '%2'; kill -SEGV $$; fi\ncat '%2' '%2'\n")
                .arg(counter, answer()));
        QStringList files;
        for (const char* name : {"one.pdf", "bad.pdf", "three.pdf", "four.pdf"}) {
            files << m_dir.filePath(QString::fromLatin1(name));
            writeFile(files.last(), "%PDF-1.4\n");
        }
        const QList<SourceDocument> docs = MinutesSource::readMany(files, QString(), program, quick());
        QCOMPARE(docs.size(), 4);
        QVERIFY(docs.at(0).ok());
        QCOMPARE(docs.at(1).errorCode, QStringLiteral("damaged"));
        QVERIFY(docs.at(2).ok());
        QVERIFY(docs.at(3).ok());
        QCOMPARE(docs.at(3).lines.first().text, QStringLiteral("Read"));
    }

    // The time a file may take grows with its page count: a child that announces 30 pages may take
    // longer than one that announces 1, and both are stopped past their budget.
    void timeBudgetGrowsWithThePages()
    {
        ReadLimits limits;
        limits.openMs = 400;
        limits.perPageMs = 100;
        limits.maxMs = 60000;
        QCOMPARE(limits.budgetMs(0), 400);
        QCOMPARE(limits.budgetMs(30), 3400);
        QCOMPARE(limits.budgetMs(100000), 60000);
        const QString pdf = m_dir.filePath(QStringLiteral("slow.pdf"));
        writeFile(pdf, "%PDF-1.4\n");
        // Opens the file, says how many pages it has, takes 1.5 s over them, then answers.
        auto slowChild = [this](int pages) {
            const QString begin = m_dir.filePath(QStringLiteral("begin%1.bin").arg(pages));
            writeFile(begin, ExtractProtocol::frame('B', quint32(pages)));
            return fakeChild(
                QStringLiteral("slow%1.sh").arg(pages),
                QStringLiteral("cat > /dev/null\ncat '%1'\nsleep 1.5\ncat '%2'\n").arg(begin, answer()));
        };
        QElapsedTimer t;
        t.start();
        const SourceDocument many = MinutesSource::read(pdf, QString(), slowChild(30), limits);
        QVERIFY2(many.ok(), qPrintable(many.message));
        const SourceDocument one = MinutesSource::read(pdf, QString(), slowChild(1), limits);
        QCOMPARE(one.errorCode, QStringLiteral("damaged"));
        QVERIFY2(one.message.contains(QStringLiteral("one page")) &&
                     one.message.contains(QStringLiteral("0.5 s")),
                 qPrintable(one.message));
        QVERIFY(t.elapsed() < 10000);
        // A child that never says how many pages it has gets the time to open a document only.
        const SourceDocument silent = MinutesSource::read(
            pdf, QString(),
            fakeChild(QStringLiteral("silent.sh"), QStringLiteral("cat > /dev/null\nsleep 5\n")), limits);
        QCOMPARE(silent.errorCode, QStringLiteral("damaged"));
        QVERIFY2(silent.message.contains(QStringLiteral("Opening")), qPrintable(silent.message));
    }

    // A text file far larger than minutes (400 MB; it crashed the program when read whole) is
    // refused from its size, with a message, before it is read; so is a large file that is neither.
    void hugeFilesAreRefusedBeforeTheyAreRead()
    {
        const QString text = m_dir.filePath(QStringLiteral("huge.pdf"));
        {
            QFile f(text);
            QVERIFY(f.open(QIODevice::WriteOnly));
            for (int i = 0; i < 200; ++i)
                f.write("MINUTES OF THE MEETING\n1. Apologies\nThere were none.\n");
            QVERIFY(f.resize(qint64(400) << 20)); // the rest sparse: no disk used
            f.seek((qint64(400) << 20) - 1);
            f.write("\n");
        }
        QElapsedTimer t;
        t.start();
        const SourceDocument d = MinutesSource::read(text, QString(), QString());
        QCOMPARE(d.errorCode, QStringLiteral("not-pdf"));
        QVERIFY2(d.message.contains(QStringLiteral("400 MB")) &&
                     d.message.contains(QStringLiteral("too large")),
                 qPrintable(d.message));
        const QString binary = m_dir.filePath(QStringLiteral("binary.pdf"));
        {
            QFile f(binary);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("\x7f"
                               "ELF\x02\x01\x01\0\0\0",
                               10));
            QVERIFY(f.resize(qint64(200) << 20));
        }
        QCOMPARE(MinutesSource::read(binary, QString(), QString()).errorCode, QStringLiteral("not-pdf"));
        QVERIFY2(t.elapsed() < 2000, "the files were read whole");
        QFile::remove(text);
        QFile::remove(binary);
    }

    // The real child (scrutineer-extract) gives what reading in this process gives: every line,
    // and each word with its place, boldness and font size.
    void theChildGivesWhatThisProcessReads()
    {
        const QString program = extractChild();
        if (!QFileInfo::exists(program))
            QSKIP("build the scrutineer target first");
        const QString pdf = m_dir.filePath(QStringLiteral("bold.pdf"));
        QVERIFY(QFileInfo::exists(pdf)); // drawn by boldTitleCaseHeadingsAndFurniture
        const SourceDocument here = MinutesSource::readPdf(pdf);
        const SourceDocument there = MinutesSource::read(pdf, QString(), program);
        QVERIFY2(there.ok(), qPrintable(there.message));
        QCOMPARE(there.pages, here.pages);
        QCOMPARE(there.lines.size(), here.lines.size());
        bool boldSeen = false;
        for (int i = 0; i < here.lines.size(); ++i) {
            const SourceLine& a = here.lines.at(i);
            const SourceLine& b = there.lines.at(i);
            QCOMPARE(b.text, a.text);
            QCOMPARE(b.page, a.page);
            QVERIFY(qAbs(b.y - a.y) < 0.01);
            QCOMPARE(b.words.size(), a.words.size());
            for (int k = 0; k < a.words.size(); ++k) {
                QCOMPARE(b.words.at(k).text, a.words.at(k).text);
                QCOMPARE(b.words.at(k).bold, a.words.at(k).bold);
                QVERIFY(qAbs(b.words.at(k).x - a.words.at(k).x) < 0.01);
                QVERIFY(qAbs(b.words.at(k).right - a.words.at(k).right) < 0.01);
                QVERIFY(b.words.at(k).size > 10 && qAbs(b.words.at(k).size - a.words.at(k).size) < 0.01);
                boldSeen = boldSeen || b.words.at(k).bold;
            }
        }
        QVERIFY(boldSeen);
        // Text goes through the child too.
        const QString txt = m_dir.filePath(QStringLiteral("minutes.txt"));
        writeFile(txt, "NORTH COUNCIL\n\n4.  PLAN UPDATE\nRESOLVED that the update be noted.\n");
        const SourceDocument text = MinutesSource::read(txt, QString(), program);
        QVERIFY2(text.ok(), qPrintable(text.message));
        QCOMPARE(text.kind, QStringLiteral("text"));
        QFile txtFile(txt);
        QVERIFY(txtFile.open(QIODevice::ReadOnly));
        QCOMPARE(text.lines.size(), MinutesSource::readText(txtFile.readAll()).lines.size());
    }

    // Under its memory limit the child cannot take the machine's memory: a file that needs more is
    // stopped with a message, and the next file is read by a new child.
    void theChildHasAMemoryLimit()
    {
        const QString program = extractChild();
        if (!QFileInfo::exists(program))
            QSKIP("build the scrutineer target first");
        const QString big = m_dir.filePath(QStringLiteral("big.txt"));
        {
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly));
            const QByteArray line =
                "Members discussed the report and the figures in it at some length today\n";
            for (int i = 0; i < (24 << 20) / line.size(); ++i)
                f.write(line);
        }
        const QString small = m_dir.filePath(QStringLiteral("small.txt"));
        writeFile(small, "NORTH COUNCIL\n\n4.  PLAN UPDATE\nRESOLVED that the update be noted.\n");
        ReadLimits limits;
        limits.memoryBytes = qint64(400) << 20;
        const QList<SourceDocument> docs = MinutesSource::readMany({big, small}, QString(), program, limits);
        QCOMPARE(docs.at(0).errorCode.isEmpty(), false);
        QVERIFY2(docs.at(0).message.contains(QStringLiteral("memory")), qPrintable(docs.at(0).message));
        // Said by the child when it ran out (not guessed from a crash): with the limit it had.
        QVERIFY2(docs.at(0).message.contains(QStringLiteral("(400 MB)")), qPrintable(docs.at(0).message));
        QVERIFY2(docs.at(1).ok(), qPrintable(docs.at(1).message));
        QFile::remove(big);
    }

    // The review's pages are drawn in a child of their own, from the bytes read once: the same
    // picture as drawn here; a child that dies while drawing gives no page, and no crash.
    void pagesAreDrawnInAGuardedChild()
    {
        const QString program = extractChild();
        if (!QFileInfo::exists(program))
            QSKIP("build the scrutineer target first");
        const QString pdf = m_dir.filePath(QStringLiteral("drawn.pdf"));
        {
            QPdfWriter writer(pdf);
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setResolution(72);
            writer.setPageMargins(QMarginsF(0, 0, 0, 0));
            QPainter painter(&writer);
            painter.fillRect(QRectF(100, 200, 50, 40), Qt::black);
            writer.newPage();
            painter.drawText(QPointF(60, 80), QStringLiteral("Second page"));
        }
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        PageRenderer here(bytes, QString(), QString());
        PageRenderer there(bytes, QString(), program);
        QVERIFY(there.isValid());
        QCOMPARE(there.pageCount(), 2);
        QCOMPARE(there.pageSize(1), here.pageSize(1));
        QVERIFY(qAbs(there.pageSize(1).width() - 595) < 1);
        const QImage a = here.render(1, 72);
        const QImage b = there.render(1, 72);
        QVERIFY(!b.isNull());
        QCOMPARE(b.size(), a.size());
        QCOMPARE(b.pixelColor(125, 220), QColor(Qt::black));
        QCOMPARE(b.pixelColor(300, 500), QColor(Qt::white));
        QVERIFY(!there.render(2, 96).isNull());
        QVERIFY(there.render(3, 96).isNull()); // no such page
        // A child that answers with the page sizes, then dies on the first page it is asked for.
        const QString sizes = m_dir.filePath(QStringLiteral("sizes.bin"));
        ExtractProtocol::Writer w;
        w.u32(1);
        w.f32(595);
        w.f32(842);
        writeFile(sizes, ExtractProtocol::frame('S', w.take()));
        const QString dying =
            fakeChild(QStringLiteral("dying.sh"),
                      QStringLiteral("cat '%1'\nhead -c 1 > /dev/null\nkill -SEGV $$\n").arg(sizes));
        PageRenderer broken(bytes, QString(), dying);
        QCOMPARE(broken.pageCount(), 1);
        QElapsedTimer t;
        t.start();
        QVERIFY(broken.render(1, 72).isNull());
        QVERIFY(broken.render(1, 72).isNull());
        QVERIFY(t.elapsed() < 10000);
    }

private:
    // The real extract child, built beside the scrutineer executable.
    static QString extractChild()
    {
        return QFileInfo(QStringLiteral(SCRUTINEER_BINARY)).absolutePath() +
               QStringLiteral("/scrutineer-extract");
    }

    // A stand-in for the extract child: a shell script.
    QString fakeChild(const QString& name, const QString& body)
    {
        const QString program = m_dir.filePath(name);
        QFile f(program);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write("#!/bin/sh\n" + body.toUtf8());
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return program;
    }

    void writeFile(const QString& path, const QByteArray& bytes)
    {
        QFile f(path);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(bytes);
    }

    // A file holding the child's answer for one file: one line of text, "Read".
    QString answer()
    {
        const QString path = m_dir.filePath(QStringLiteral("answer.bin"));
        if (!QFileInfo::exists(path)) {
            SourceDocument doc;
            doc.kind = QStringLiteral("pdf");
            doc.pages = 1;
            SourceLine line;
            line.text = QStringLiteral("Read");
            line.words = {{0, 20, QStringLiteral("Read"), false, 11}};
            doc.lines = {line};
            writeFile(path, ExtractProtocol::frame('D', ExtractProtocol::encode(doc)));
        }
        return path;
    }

    static ReadLimits quick()
    {
        ReadLimits limits;
        limits.openMs = 1500;
        limits.perPageMs = 100;
        return limits;
    }
};

QTEST_MAIN(TestPdfSource)
#include "TestPdfSource.moc"
