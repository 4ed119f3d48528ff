// The PDF front end on minutes this test draws itself with QPdfWriter: lines in reading order,
// bold headings found through the fonts, running headers and page numbers removed.
#include "EncryptedPdf.h"
#include "importer/MinutesParser.h"
#include "importer/MinutesSource.h"

#include <QElapsedTimer>
#include <QFile>
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
        const SourceDocument copy = SourceDocument::fromJson(doc.toJson());
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
        const QString program = m_dir.filePath(QStringLiteral("spy.sh"));
        QFile f(program);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(
            QStringLiteral("#!/bin/sh\necho \"args: $*\" > '%1'\nread -r pw\necho \"stdin: $pw\" >> '%1'\n"
                           "echo "
                           "'{\"kind\":\"pdf\",\"pages\":1,\"lines\":[{\"p\":1,\"x\":0,\"y\":0,\"h\":10,"
                           "\"ps\":true,\"t\":\"Read\",\"w\":[]}]}'\n")
                .arg(log)
                .toUtf8());
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const QString pdf = m_dir.filePath(QStringLiteral("spied.pdf"));
        QFile p(pdf);
        QVERIFY(p.open(QIODevice::WriteOnly));
        p.write("%PDF-1.4\n");
        p.close();
        const SourceDocument d = MinutesSource::read(pdf, QStringLiteral("hunter two"), program, 5000);
        QVERIFY2(d.ok(), qPrintable(d.message));
        QFile l(log);
        QVERIFY(l.open(QIODevice::ReadOnly));
        const QString seen = QString::fromUtf8(l.readAll());
        QVERIFY2(seen.contains(QStringLiteral("stdin: hunter two")), qPrintable(seen));
        QVERIFY2(!seen.section(QLatin1Char('\n'), 0, 0).contains(QStringLiteral("hunter")), qPrintable(seen));
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
        QCOMPARE(MinutesSource::read(cut, QString(), QString()).errorCode, QStringLiteral("damaged"));
    }

    // The PDF is read in a child process: one that hangs or crashes gives an error, not a hang.
    void childThatHangsOrCrashesIsDamaged_data()
    {
        QTest::addColumn<QString>("script");
        QTest::newRow("hangs") << QStringLiteral("#!/bin/sh\nsleep 30\n");
        QTest::newRow("crashes") << QStringLiteral("#!/bin/sh\nkill -SEGV $$\n");
        QTest::newRow("prints rubbish") << QStringLiteral("#!/bin/sh\necho not json\n");
    }

    void childThatHangsOrCrashesIsDamaged()
    {
        QFETCH(QString, script);
        const QString program = m_dir.filePath(QStringLiteral("child.sh"));
        QFile f(program);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(script.toUtf8());
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const QString pdf = m_dir.filePath(QStringLiteral("any.pdf"));
        QFile p(pdf);
        QVERIFY(p.open(QIODevice::WriteOnly));
        p.write("%PDF-1.4\n% invented\n");
        p.close();
        QElapsedTimer t;
        t.start();
        const SourceDocument d = MinutesSource::read(pdf, QString(), program, 1500);
        QCOMPARE(d.errorCode, QStringLiteral("damaged"));
        QVERIFY(!d.message.isEmpty());
        QVERIFY(t.elapsed() < 10000);
    }

    // Several files in one child: the file it crashes on is damaged, and a new child reads the rest.
    void oneCrashAmongSeveralFiles()
    {
        const QString program = m_dir.filePath(QStringLiteral("many.sh"));
        QFile f(program);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("#!/bin/sh\nshift\nfor a in \"$@\"; do\n"
                "  case \"$a\" in *bad*) kill -SEGV $$;; esac\n"
                "  echo "
                "'{\"kind\":\"pdf\",\"pages\":1,\"lines\":[{\"p\":1,\"x\":0,\"y\":0,\"h\":10,\"ps\":true,"
                "\"t\":\"Read\",\"w\":[]}]}'\n"
                "done\n");
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QStringList files;
        for (const char* name : {"one.pdf", "bad.pdf", "three.pdf", "four.pdf"}) {
            const QString path = m_dir.filePath(QString::fromLatin1(name));
            QFile p(path);
            QVERIFY(p.open(QIODevice::WriteOnly));
            p.write("%PDF-1.4\n");
            files << path;
        }
        const QList<SourceDocument> docs = MinutesSource::readMany(files, QString(), program, 5000);
        QCOMPARE(docs.size(), 4);
        QVERIFY(docs.at(0).ok());
        QCOMPARE(docs.at(1).errorCode, QStringLiteral("damaged"));
        QVERIFY(docs.at(2).ok());
        QVERIFY(docs.at(3).ok());
        QCOMPARE(docs.at(3).lines.first().text, QStringLiteral("Read"));
    }
};

QTEST_MAIN(TestPdfSource)
#include "TestPdfSource.moc"
