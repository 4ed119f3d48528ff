// The action log as CSV and as .xlsx: LibreOffice reads the workbook back with the same rows as the CSV.
#include "reports/ActionLogExport.h"
#include "store/Database.h"
#include "store/DemoData.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
// A small CSV reader (quoted fields, doubled quotes, CRLF or LF).
QList<QStringList> readCsv(QByteArray bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            row << field;
            field.clear();
            rows << row;
            row.clear();
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}
} // namespace

class TestActionLogExport : public QObject
{
    Q_OBJECT
    const QDate m_today{2017, 1, 20};

    QList<ActionRepository::Row> sampleRows()
    {
        ActionRepository::Row a;
        a.reference = QStringLiteral("56b/1");
        a.text = QStringLiteral(
            "Circulate the bid, with \"costings\", to members, then report back\nat the next meeting");
        a.owner = QStringLiteral("Strategic Director");
        a.status = QStringLiteral("open");
        a.due = QDate(2017, 1, 17);
        a.meetingDate = QDate(2016, 12, 6);
        a.committee = QStringLiteral("Care Services PDS");
        ActionRepository::Row b = a;
        b.reference = QStringLiteral("57/1");
        b.text = QStringLiteral("=Check the caseload promise (11–15 cases)");
        b.owner = QStringLiteral("Head of Children's Social Care");
        b.status = QStringLiteral("done");
        b.lastUpdate = QDate(2017, 1, 3);
        return {a, b};
    }

private slots:
    void csvHoldsEveryRowWithOverdueInWords()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("actions.csv"));
        QString error;
        QVERIFY2(ActionLogExport::writeCsv(sampleRows(), path, m_today, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto rows = readCsv(f.readAll());
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).first(), QStringLiteral("Reference"));
        QCOMPARE(rows.at(1).at(1), sampleRows().at(0).text); // commas, quotes and a line break survive
        QCOMPARE(rows.at(1).at(3), QStringLiteral("2017-01-17"));
        QCOMPARE(rows.at(1).at(8), QStringLiteral("Overdue"));
        QCOMPARE(rows.at(2).at(8), QString()); // done is never overdue
        QCOMPARE(rows.at(2).at(1),
                 QStringLiteral("'=Check the caseload promise (11–15 cases)")); // not run as a formula
    }

    void unwritableFolderGivesAReason()
    {
        QString error;
        QVERIFY(!ActionLogExport::writeXlsx(sampleRows(), QStringLiteral("/no/such/folder/a.xlsx"), m_today,
                                            &error));
        QVERIFY(error.contains(QStringLiteral("could not be written")));
        QVERIFY(!ActionLogExport::writeCsv(sampleRows(), QStringLiteral("/no/such/folder/a.csv"), m_today,
                                           &error));
    }

    void workbookReadsBackLikeTheCsv()
    {
        const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        if (soffice.isEmpty())
            QSKIP("LibreOffice (soffice) is not installed");
        auto db = Database::open(QStringLiteral(":memory:"), QStringLiteral("admin"));
        DemoData::create(*db);
        ActionRepository::Filter filter;
        filter.today = m_today;
        const auto rows = ActionRepository(*db).rows(filter);
        QVERIFY(rows.size() >= 10);

        QTemporaryDir dir;
        QString error;
        const QString csv = dir.filePath(QStringLiteral("actions.csv"));
        const QString xlsx = dir.filePath(QStringLiteral("actions.xlsx"));
        QVERIFY2(ActionLogExport::writeCsv(rows, csv, m_today, &error), qPrintable(error));
        QVERIFY2(ActionLogExport::writeXlsx(rows, xlsx, m_today, &error), qPrintable(error));

        QTemporaryDir out, profile;
        QProcess p;
        p.start(soffice, {QStringLiteral("-env:UserInstallation=file://") + profile.path(),
                          QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                          QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76"),
                          QStringLiteral("--outdir"), out.path(), xlsx});
        QVERIFY(p.waitForFinished(180000));
        QFile converted(out.filePath(QStringLiteral("actions.csv")));
        QVERIFY2(converted.open(QIODevice::ReadOnly),
                 qPrintable(QString::fromLocal8Bit(p.readAllStandardError())));
        QFile mine(csv);
        QVERIFY(mine.open(QIODevice::ReadOnly));
        const auto fromWorkbook = readCsv(converted.readAll());
        const auto fromCsv = readCsv(mine.readAll());
        QCOMPARE(fromWorkbook.size(), fromCsv.size());
        for (int i = 0; i < fromCsv.size(); ++i) {
            QStringList expected = fromCsv.at(i);
            for (QString& cell : expected)
                if (cell.startsWith(QLatin1Char('\'')))
                    cell.remove(0, 1); // the CSV's formula guard; the workbook holds text cells
            QCOMPARE(fromWorkbook.at(i), expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestActionLogExport)
#include "TestActionLogExport.moc"
