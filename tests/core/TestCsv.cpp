// The one CSV module: encodings, line ends, separators, RFC 4180 quoting, and the formula guard.
#include "core/Csv.h"

#include <QStringEncoder>
#include <QTest>

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

QList<QStringList> cells(const Csv::Table& t)
{
    QList<QStringList> out;
    for (const auto& r : t.records)
        out << r.cells;
    return out;
}

QByteArray utf16(const QString& text, bool littleEndian)
{
    QStringEncoder enc(littleEndian ? QStringEncoder::Utf16LE : QStringEncoder::Utf16BE);
    return QByteArray(littleEndian ? "\xFF\xFE" : "\xFE\xFF") + QByteArray(enc.encode(text));
}

const char* kFigures = "period,team,indicator,value\r\n2017-03,Referral and Assessment,cases,\"1,234\"\r\n";

} // namespace

class TestCsv : public QObject
{
    Q_OBJECT
private slots:
    void decodesEveryEncodingAFileComesIn_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("encoding");
        const QString text = s("period,team,note\n2017-03,Fostering,Café – “new” carers\n");
        QTest::newRow("UTF-8") << text.toUtf8() << int(Csv::Encoding::Utf8);
        QTest::newRow("UTF-8 with BOM")
            << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << int(Csv::Encoding::Utf8WithBom);
        QTest::newRow("UTF-16 LE") << utf16(text, true) << int(Csv::Encoding::Utf16LE);
        QTest::newRow("UTF-16 BE") << utf16(text, false) << int(Csv::Encoding::Utf16BE);
        // Windows-1252: é is E9, the en dash 96, the curly quotes 93 and 94.
        QTest::newRow("Windows-1252")
            << QByteArray("period,team,note\n2017-03,Fostering,Caf\xE9 \x96 \x93new\x94 carers\n")
            << int(Csv::Encoding::Windows1252);
    }
    void decodesEveryEncodingAFileComesIn()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, encoding);
        const Csv::Decoded d = Csv::decode(bytes);
        QVERIFY2(d.ok(), qPrintable(d.problem));
        QCOMPARE(int(d.encoding), encoding);
        QCOMPARE(d.text, s("period,team,note\n2017-03,Fostering,Café – “new” carers\n"));
    }

    void refusesWhatIsNotTextWithTheReason()
    {
        const Csv::Decoded binary = Csv::decode(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
        QVERIFY(!binary.ok());
        QVERIFY2(binary.problem.contains(s("not text")), qPrintable(binary.problem));
        const Csv::Decoded utf32 = Csv::decode(QByteArray("\xFF\xFE\0\0p\0\0\0", 8));
        QVERIFY(!utf32.ok());
        QVERIFY2(utf32.problem.contains(s("UTF-32")), qPrintable(utf32.problem));
        const Csv::Decoded cut = Csv::decode(QByteArray("\xFF\xFEp\0e\0r", 7)); // odd number of bytes
        QVERIFY(!cut.ok());
        QVERIFY2(cut.problem.contains(s("UTF-16")), qPrintable(cut.problem));
    }

    void readsEveryKindOfLineEnd_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("CRLF") << s("a,b\r\n1,2\r\n3,4\r\n");
        QTest::newRow("LF") << s("a,b\n1,2\n3,4\n");
        QTest::newRow("CR (old Mac Excel)") << s("a,b\r1,2\r3,4\r");
        QTest::newRow("no final line end") << s("a,b\n1,2\n3,4");
    }
    void readsEveryKindOfLineEnd()
    {
        QFETCH(QString, text);
        const Csv::Table t = Csv::parse(text);
        QVERIFY(t.ok());
        QCOMPARE(cells(t), (QList<QStringList>{{s("a"), s("b")}, {s("1"), s("2")}, {s("3"), s("4")}}));
        QCOMPARE(t.records.at(2).line, 3);
    }

    void findsTheSeparator_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QChar>("separator");
        QTest::newRow("comma") << s("period,team,value\n2017-03,A,\"1;2\"\n") << QChar(u',');
        QTest::newRow("semicolon (European Excel)")
            << s("period;team;value\n2017-03;A;12,5\n") << QChar(u';');
        QTest::newRow("tab") << s("period\tteam\tvalue\n2017-03\tA\t1,234\n") << QChar(u'\t');
        QTest::newRow("quoted separators do not count") << s("\"a;b;c\",d\n") << QChar(u',');
        QTest::newRow("one column") << s("period\n2017-03\n") << QChar(u',');
    }
    void findsTheSeparator()
    {
        QFETCH(QString, text);
        QFETCH(QChar, separator);
        QCOMPARE(Csv::detectSeparator(text), separator);
        QCOMPARE(Csv::parse(text).separator, separator);
    }

    void readsQuotedCellsAsRfc4180Says()
    {
        const Csv::Table t = Csv::parse(s("title,evidence\r\n"
                                          "\"Recruit, retain\",\"He said \"\"yes\"\"\r\nand then no\"\r\n"
                                          "  \"spaced\"  ,plain\r\n"
                                          ",\r\n"
                                          "last,\"\"\r\n"));
        QVERIFY(t.ok());
        QCOMPARE(t.records.size(), 4); // the blank record is left out
        QCOMPARE(t.records.at(1).cells,
                 (QStringList{s("Recruit, retain"), s("He said \"yes\"\nand then no")}));
        QCOMPARE(t.records.at(1).line, 2);
        QCOMPARE(t.records.at(2).line, 4); // the cell above spans two lines
        QCOMPARE(t.records.at(2).cells.first(), s("spaced  "));
        QCOMPARE(t.records.at(3).cells, (QStringList{s("last"), QString()}));
    }

    void saysWhereAQuotationIsNeverClosed()
    {
        const Csv::Table t = Csv::parse(s("a,b\n1,2\n3,\"never closed\n4,5\n6,7\n"));
        QVERIFY(!t.ok());
        QCOMPARE(t.problemLine, 3);
        QVERIFY2(t.problem.contains(s("line 3")), qPrintable(t.problem));
    }

    void guardsFormulasAndLeavesNumbersAlone_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("guarded");
        QTest::newRow("=") << s("=HYPERLINK(\"http://x\",\"click\")") << true;
        QTest::newRow("+") << s("+cmd|' /C calc'!A0") << true;
        QTest::newRow("-") << s("-2+3") << true;
        QTest::newRow("@") << s("@SUM(A1:A9)") << true;
        QTest::newRow("tab") << s("\t=1+1") << true;
        QTest::newRow("CR") << s("\r=1+1") << true;
        QTest::newRow("apostrophe then formula") << s("'=1+1") << true;
        QTest::newRow("negative number") << s("-5") << false;
        QTest::newRow("signed decimal") << s("+1.5") << false;
        QTest::newRow("text") << s("Head of Service") << false;
        QTest::newRow("dash inside") << s("11-15 cases") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void guardsFormulasAndLeavesNumbersAlone()
    {
        QFETCH(QString, text);
        QFETCH(bool, guarded);
        QCOMPARE(Csv::needsGuard(text), guarded);
        QCOMPARE(Csv::guarded(text) != text, guarded);
        // Written, read back and unguarded, the text is what it was (a carriage return inside a cell
        // reads back as a line break, as every line end inside a quoted cell does).
        if (text.contains(u'\r'))
            return;
        const Csv::Table t = Csv::parse(Csv::line({text, s("x")}));
        QVERIFY(t.ok());
        QCOMPARE(Csv::unguarded(t.records.first().cells.first()), text);
    }

    void writesCellsThatReadBackTheSame()
    {
        const QList<QStringList> records = {
            {s("Priority"), s("Evidence")},
            {s("2. Caseloads"), s("12 of 15, \"on target\"\nsee report; page 3")},
            {s(" leading space"), s("tab\there")},
        };
        const QByteArray file = Csv::document(records);
        QVERIFY(file.startsWith("\xEF\xBB\xBF"));
        QVERIFY(file.contains("\r\n"));
        const Csv::Decoded d = Csv::decode(file);
        QCOMPARE(int(d.encoding), int(Csv::Encoding::Utf8WithBom));
        const Csv::Table t = Csv::parse(d.text);
        QCOMPARE(t.separator, QChar(u','));
        QCOMPARE(cells(t), records);
    }

    void aFigureFileInEveryEncodingReadsTheSame()
    {
        const QList<QStringList> expected = cells(Csv::parse(s(kFigures)));
        QCOMPARE(expected.size(), 2);
        QCOMPARE(expected.at(1).at(3), s("1,234"));
        for (const QByteArray& bytes : {utf16(s(kFigures), true), utf16(s(kFigures), false),
                                        QByteArray(kFigures).replace("\r\n", "\r")})
            QCOMPARE(cells(Csv::parse(Csv::decode(bytes).text)), expected);
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "TestCsv.moc"
