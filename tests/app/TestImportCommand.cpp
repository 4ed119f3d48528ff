// scrutineer import: the JSON contract, error codes for files that cannot be read, JSON Lines for
// several files, and saving with the same file recognised.
#include "../importer/EncryptedPdf.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QByteArray out, err;
};

Run run(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(SCRUTINEER_BINARY), args);
    p.waitForFinished(120000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

const char* kMinutes =
    "WESTBROOK COUNCIL\nCHILDREN'S SCRUTINY COMMITTEE\nMinutes of the meeting held at 6.30 pm on Tuesday 5 "
    "March 2024\n"
    "Venue: Room 4, Westbrook Hall\n\nPresent:\nCouncillor Ann Reed (Chair), Councillor Bo Lind\n\n"
    "10.  APOLOGIES FOR ABSENCE\nApologies for absence were received from Councillor Cy Moss.\n\n"
    "11.  IMPROVEMENT PLAN\nReport CS24001\nRESOLVED that:\n(1) the report be noted; and\n(2) caseloads be "
    "reported monthly.\nACTION: Director of Children's Services\n";

// A PDF whose one page makes Poppler work for seconds: a compressed content stream that shows a
// character `repeats` times (a few hundred kilobytes on disk).
QByteArray slowPdf(int repeats)
{
    QByteArray content;
    content.reserve(repeats * 24);
    for (int i = 0; i < repeats; ++i)
        content += "BT /F1 9 Tf 72 700 Td (x) Tj ET\n";
    const QByteArray packed = qCompress(content, 9).mid(4); // zlib, as FlateDecode reads it
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    auto object = [&](const QByteArray& body) {
        offsets << pdf.size();
        pdf += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    object("<< /Type /Catalog /Pages 2 0 R >>");
    object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
           "/Resources << /Font << /F1 5 0 R >> >> >>");
    object("<< /Length " + QByteArray::number(packed.size()) + " /Filter /FlateDecode >>\nstream\n" + packed +
           "\nendstream");
    object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype o : offsets)
        pdf += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(offsets.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

// The processes whose parent is `pid`.
QList<qint64> childrenOf(qint64 pid)
{
    QList<qint64> out;
    for (const QString& entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool number = false;
        const qint64 id = entry.toLongLong(&number);
        if (!number)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(id));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields.at(1).toLongLong() == pid)
            out << id;
    }
    return out;
}

// Running (not gone, not a zombie waiting for its reaper).
bool alive(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const QByteArray state = line.mid(line.lastIndexOf(')') + 2, 1);
    return state != "Z" && state != "X";
}

} // namespace

class TestImportCommand : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_text = m_dir.filePath(QStringLiteral("minutes.txt"));
        QFile f(m_text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kMinutes);
        f.close();
        QFile empty(m_dir.filePath(QStringLiteral("empty.pdf")));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        QFile broken(m_dir.filePath(QStringLiteral("broken.pdf")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n% cut short here");
        broken.close();
        QFile binary(m_dir.filePath(QStringLiteral("picture.pdf")));
        QVERIFY(binary.open(QIODevice::WriteOnly));
        binary.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
        binary.close();
    }

    void dryRunPrintsTheContract()
    {
        const Run r =
            run({QStringLiteral("import"), QStringLiteral("--dry-run"), QStringLiteral("--json"), m_text});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        const QJsonObject meeting = o.value(QStringLiteral("meeting")).toObject();
        QCOMPARE(meeting.value(QStringLiteral("date")).toString(), QStringLiteral("2024-03-05"));
        QCOMPARE(meeting.value(QStringLiteral("time")).toString(), QStringLiteral("18:30"));
        QCOMPARE(meeting.value(QStringLiteral("venue")).toString(), QStringLiteral("Room 4, Westbrook Hall"));
        QVERIFY(meeting.contains(QStringLiteral("contact")) &&
                meeting.value(QStringLiteral("contact")).isNull());
        QCOMPARE(o.value(QStringLiteral("apologies")).toArray().size(), 1);
        const QJsonArray items = o.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 2);
        const QJsonObject plan = items.at(1).toObject();
        QCOMPARE(plan.value(QStringLiteral("number")).toString(), QStringLiteral("11"));
        QCOMPARE(plan.value(QStringLiteral("report_refs")).toArray().first().toString(),
                 QStringLiteral("CS24001"));
        QCOMPARE(plan.value(QStringLiteral("resolutions")).toArray().size(), 2);
        QCOMPARE(plan.value(QStringLiteral("actions")).toArray().size(), 2);
        QVERIFY(
            o.value(QStringLiteral("source")).toObject().value(QStringLiteral("sha256")).toString().size() ==
            64);
    }

    void unreadableFilesGiveTheirCodes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << "empty.pdf"
                               << "empty";
        QTest::newRow("not a pdf") << "picture.pdf"
                                   << "not-pdf";
        QTest::newRow("damaged") << "broken.pdf"
                                 << "damaged";
    }
    void unreadableFilesGiveTheirCodes()
    {
        QFETCH(QString, file);
        QFETCH(QString, code);
        const Run r = run({QStringLiteral("import"), QStringLiteral("--dry-run"), QStringLiteral("--json"),
                           m_dir.filePath(file)});
        QCOMPARE(r.code, 3);
        const QJsonObject e =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("error")).toObject();
        QCOMPARE(e.value(QStringLiteral("code")).toString(), code);
        QVERIFY(e.value(QStringLiteral("message")).toString().size() > 20);
    }

    void encryptedAndScannedFromTheCorpus()
    {
        const QString corpus = QStringLiteral(SCRUTINEER_SOURCE_DIR "/../shared/corpus/minutes");
        if (!QFile::exists(corpus + QStringLiteral("/eastmere-encrypted.pdf")))
            QSKIP("the shared corpus is not beside the project");
        const Run locked =
            run({QStringLiteral("import"), QStringLiteral("--dry-run"), QStringLiteral("--json"),
                 corpus + QStringLiteral("/eastmere-encrypted.pdf")});
        QCOMPARE(locked.code, 3);
        QCOMPARE(QJsonDocument::fromJson(locked.out)
                     .object()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("encrypted"));
        const Run scan = run({QStringLiteral("import"), QStringLiteral("--dry-run"), QStringLiteral("--json"),
                              corpus + QStringLiteral("/seed001-scanned.pdf")});
        QCOMPARE(scan.code, 3);
        const QJsonObject e =
            QJsonDocument::fromJson(scan.out).object().value(QStringLiteral("error")).toObject();
        QCOMPARE(e.value(QStringLiteral("code")).toString(), QStringLiteral("no-text"));
        QVERIFY(e.value(QStringLiteral("message")).toString().contains(QStringLiteral("OCR")));
    }

    // --password opens a locked PDF (through the extract child, which gets it on its standard input).
    void passwordOpensALockedPdf()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("locked.pdf"));
        QVERIFY(EncryptedPdf::write(pdf,
                                    {QStringLiteral("WESTBROOK COUNCIL"),
                                     QStringLiteral("Tuesday 5 March 2024"), QStringLiteral("4. PLAN UPDATE"),
                                     QStringLiteral("RESOLVED that the update be noted.")},
                                    "letmein", "owner"));
        const Run wrong =
            run({QStringLiteral("import"), QStringLiteral("--dry-run"), QStringLiteral("--json"),
                 QStringLiteral("--password"), QStringLiteral("guess"), pdf});
        QCOMPARE(wrong.code, 3);
        const QJsonObject error =
            QJsonDocument::fromJson(wrong.out).object().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("encrypted"));
        QVERIFY(error.value(QStringLiteral("message")).toString().contains(QStringLiteral("Check it")));
        const Run right =
            run({QStringLiteral("import"), QStringLiteral("--dry-run"), QStringLiteral("--json"),
                 QStringLiteral("--password"), QStringLiteral("letmein"), pdf});
        QCOMPARE(right.code, 0);
        const QJsonArray items =
            QJsonDocument::fromJson(right.out).object().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().toObject().value(QStringLiteral("title")).toString(),
                 QStringLiteral("PLAN UPDATE"));
    }

    void severalFilesGiveJsonLinesInOrder()
    {
        const Run r = run({QStringLiteral("import"), QStringLiteral("--dry-run"), QStringLiteral("--json"),
                           m_text, m_dir.filePath(QStringLiteral("empty.pdf")), m_text});
        QCOMPARE(r.code, 3);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY(QJsonDocument::fromJson(lines.at(0)).object().contains(QStringLiteral("items")));
        QVERIFY(QJsonDocument::fromJson(lines.at(1)).object().contains(QStringLiteral("error")));
        QVERIFY(QJsonDocument::fromJson(lines.at(2)).object().contains(QStringLiteral("items")));
    }

    // Killed (kill -9) while its child reads a slow file, `import` takes the child with it: the
    // child used to go on alone, up to its own limit and past it.
    void theChildDiesWithImport()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("slow.pdf"));
        {
            QFile f(pdf);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(slowPdf(1500000));
        }
        QProcess import;
        import.start(QStringLiteral(SCRUTINEER_BINARY),
                     {QStringLiteral("import"), QStringLiteral("--dry-run"), pdf});
        QVERIFY(import.waitForStarted());
        QList<qint64> children;
        QElapsedTimer waited;
        waited.start();
        while (children.isEmpty() && waited.elapsed() < 20000 && import.state() == QProcess::Running) {
            QTest::qWait(20);
            children = childrenOf(import.processId());
        }
        QVERIFY2(!children.isEmpty(), "import started no child to read the file");
        QTest::qWait(300); // the child is reading now
        QVERIFY2(alive(children.first()), "the file was read too fast to test this");
        QVERIFY(import.state() == QProcess::Running);
        import.kill(); // SIGKILL: no chance to tidy up
        QVERIFY(import.waitForFinished(5000));
        QElapsedTimer gone;
        gone.start();
        while (alive(children.first()) && gone.elapsed() < 1000)
            QTest::qWait(10);
        QVERIFY2(!alive(children.first()), "the extract child outlived import by more than a second");
    }

    // A file that is neither a PDF nor text is refused from its first bytes, whatever its size: it
    // is not read whole, nor hashed (2 GB here, sparse). A text file far larger than minutes gets a
    // message that says so (400 MB crashed the program).
    void hugeFilesAreRefusedAtOnce()
    {
        const QString binary = m_dir.filePath(QStringLiteral("huge.pdf"));
        {
            QFile f(binary);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("\x01\x02\x03\x04 not a document", 20));
            QVERIFY(f.resize(qint64(2) << 30));
        }
        const QString text = m_dir.filePath(QStringLiteral("huge.txt"));
        {
            QFile f(text);
            QVERIFY(f.open(QIODevice::WriteOnly));
            for (int i = 0; i < 100; ++i)
                f.write("MINUTES of the meeting of the committee, in plain text, line after line.\n");
            QVERIFY(f.resize(qint64(400) << 20));
        }
        QElapsedTimer t;
        t.start();
        const Run r = run(
            {QStringLiteral("import"), QStringLiteral("--dry-run"), QStringLiteral("--json"), binary, text});
        QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(r.code, 3);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QJsonObject first =
            QJsonDocument::fromJson(lines.at(0)).object().value(QStringLiteral("error")).toObject();
        QCOMPARE(first.value(QStringLiteral("code")).toString(), QStringLiteral("not-pdf"));
        const QJsonObject second =
            QJsonDocument::fromJson(lines.at(1)).object().value(QStringLiteral("error")).toObject();
        QCOMPARE(second.value(QStringLiteral("code")).toString(), QStringLiteral("not-pdf"));
        QVERIFY2(second.value(QStringLiteral("message")).toString().contains(QStringLiteral("400 MB")),
                 qPrintable(second.value(QStringLiteral("message")).toString()));
        QFile::remove(binary);
        QFile::remove(text);
    }

    void badUsage()
    {
        QCOMPARE(run({QStringLiteral("import")}).code, 2);
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--nonsense"), m_text}).code, 2);
    }

    void savingKeepsTheFileAndRecognisesItAgain()
    {
        const QString db = m_dir.filePath(QStringLiteral("store.sqlite"));
        const Run first = run({QStringLiteral("import"), QStringLiteral("--db"), db, m_text});
        QVERIFY2(first.code == 0, first.err.constData());
        const Run items = run({QStringLiteral("list"), QStringLiteral("items"), QStringLiteral("--db"), db,
                               QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(items.out).array().size(), 2);
        const Run again = run({QStringLiteral("import"), QStringLiteral("--db"), db, m_text});
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains("already imported"), again.out.constData());
        const Run after = run({QStringLiteral("list"), QStringLiteral("meetings"), QStringLiteral("--db"), db,
                               QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(after.out).array().size(), 1);
        const Run actions = run({QStringLiteral("list"), QStringLiteral("actions"), QStringLiteral("--db"),
                                 db, QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(actions.out).array().size(), 2);
    }

private:
    QTemporaryDir m_dir;
    QString m_text;
};

QTEST_GUILESS_MAIN(TestImportCommand)
#include "TestImportCommand.moc"
