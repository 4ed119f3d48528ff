#include "core/MinuteNumber.h"
#include "reports/MinutesPdf.h"
#include "store/Database.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

// The minutes PDF as a reader and a records officer check it: every resolution printed, exempt
// (Part 2) business absent from the public minutes and present in the confidential ones, items in
// natural minute-number order.
class TestMinutesPdf : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    qint64 m_meeting = 0;
    QTemporaryDir m_dir;

    QString pdfText(const QString& pdf)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        if (!p.waitForFinished(30000))
            return {};
        return QString::fromUtf8(p.readAllStandardOutput()).simplified();
    }

private slots:
    void initTestCase()
    {
        m_db = Database::open(QStringLiteral(":memory:"), QStringLiteral("clerk.test"));
        Database& db = *m_db;
        const qint64 committee =
            db.insert(QStringLiteral("committees"),
                      {{"name", "Care Services Policy Development and Scrutiny Committee"},
                       {"short_name", "Care Services PDS"},
                       {"council", "London Borough of Bromley"}});
        m_meeting =
            db.insert(QStringLiteral("meetings"), {{"committee_id", committee},
                                                   {"starts_at", "2016-12-06T19:00"},
                                                   {"venue", "Committee Room 1, Bromley Civic Centre"},
                                                   {"status", "held"}});
        const qint64 chair = db.insert(QStringLiteral("people"),
                                       {{"name", "Councillor Pauline Tunnicliffe"}, {"kind", "member"}});
        const qint64 absentee =
            db.insert(QStringLiteral("people"), {{"name", "Councillor Ruth Bennett"}, {"kind", "member"}});
        const qint64 officer =
            db.insert(QStringLiteral("people"), {{"name", "Ade Adetosoye"}, {"kind", "officer"}});
        db.insert(QStringLiteral("attendance"),
                  {{"meeting_id", m_meeting}, {"person_id", chair}, {"status", "present"}});
        db.insert(QStringLiteral("attendance"),
                  {{"meeting_id", m_meeting}, {"person_id", absentee}, {"status", "apologies"}});
        db.insert(QStringLiteral("attendance"), {{"meeting_id", m_meeting},
                                                 {"person_id", officer},
                                                 {"status", "in attendance"},
                                                 {"capacity", "Deputy Chief Executive"}});

        auto item = [&](const QString& number, int position, const QString& title, const QString& text,
                        bool exempt) {
            return db.insert(QStringLiteral("agenda_items"), {{"meeting_id", m_meeting},
                                                              {"minute_number", number},
                                                              {"sort_key", MinuteNumber::sortKey(number)},
                                                              {"position", position},
                                                              {"title", title},
                                                              {"minutes_text", text},
                                                              {"exempt", exempt ? 1 : 0}});
        };
        // Inserted out of order on purpose: the PDF must still print 9 before 10 before 10a.
        const qint64 ten = item(QStringLiteral("10"), 2, QStringLiteral("Caseload promise update"),
                                QStringLiteral("Members asked about caseloads per social worker."), false);
        const qint64 nine = item(QStringLiteral("9"), 1, QStringLiteral("Minutes of the last meeting"),
                                 QStringLiteral("The minutes were agreed."), false);
        const qint64 secret =
            item(QStringLiteral("10a"), 3, QStringLiteral("Tender for residential placements"),
                 QStringLiteral("Bidder Zanzibar Care quoted a confidential price."), true);

        const qint64 r1 = db.insert(
            QStringLiteral("resolutions"),
            {{"item_id", nine}, {"number", 1}, {"text", "The minutes be agreed as a correct record."}});
        const qint64 r2 = db.insert(QStringLiteral("resolutions"),
                                    {{"item_id", ten}, {"number", 1}, {"text", "The update be noted."}});
        db.insert(QStringLiteral("resolutions"),
                  {{"item_id", ten}, {"number", 2}, {"text", "A caseload report come to the next meeting."}});
        const qint64 r4 =
            db.insert(QStringLiteral("resolutions"),
                      {{"item_id", secret}, {"number", 1}, {"text", "The Zanzibar contract be awarded."}});
        Q_UNUSED(r1);
        db.insert(QStringLiteral("actions"), {{"meeting_id", m_meeting},
                                              {"item_id", ten},
                                              {"resolution_id", r2},
                                              {"reference", "10/1"},
                                              {"text", "Circulate the caseload figures by team"},
                                              {"owner", "Head of Service"},
                                              {"due_date", "2017-01-31"}});
        db.insert(QStringLiteral("actions"), {{"meeting_id", m_meeting},
                                              {"item_id", secret},
                                              {"resolution_id", r4},
                                              {"reference", "10a/1"},
                                              {"text", "Notify Zanzibar bidders"},
                                              {"owner", "Procurement Lead"},
                                              {"due_date", "2017-01-15"}});
        db.insert(QStringLiteral("declarations"), {{"meeting_id", m_meeting},
                                                   {"item_id", secret},
                                                   {"person_id", chair},
                                                   {"interest_type", "personal"},
                                                   {"nature", "relative employed by Zanzibar"}});
    }

    void publicMinutesHaveEveryResolutionAndNoExemptText()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QString pdf = m_dir.filePath(QStringLiteral("public.pdf"));
        QString error;
        QVERIFY2(MinutesPdf::writePdf(*m_db, m_meeting, false, pdf, &error), qPrintable(error));
        const QString text = pdfText(pdf);
        QVERIFY(!text.isEmpty());
        for (const char* resolution : {"The minutes be agreed as a correct record.", "The update be noted.",
                                       "A caseload report come to the next meeting."})
            QVERIFY2(text.contains(QLatin1String(resolution)), resolution);
        QVERIFY(text.contains(QLatin1String("Tuesday 6 December 2016")));
        QVERIFY(text.contains(QLatin1String("Circulate the caseload figures by team")));
        QVERIFY(text.contains(QLatin1String("ACTION: Head of Service")));
        QVERIFY(text.contains(QLatin1String("Councillor Ruth Bennett"))); // apologies
        // Nothing of the exempt item: not its title, text, resolution, action or the declaration on it.
        QVERIFY2(!text.contains(QLatin1String("Zanzibar")), qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("Tender for residential placements"), Qt::CaseInsensitive));
        QVERIFY(!text.contains(QLatin1String("CONFIDENTIAL")));
        // Natural minute-number order: 9 before 10.
        QVERIFY(text.indexOf(QLatin1String("MINUTES OF THE LAST MEETING")) <
                text.indexOf(QLatin1String("CASELOAD PROMISE UPDATE")));
    }

    void confidentialMinutesIncludeExemptItemMarked()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QString pdf = m_dir.filePath(QStringLiteral("confidential.pdf"));
        QString error;
        QVERIFY2(MinutesPdf::writePdf(*m_db, m_meeting, true, pdf, &error), qPrintable(error));
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(MinutesPdf::confidentialMarking()));
        QVERIFY(text.contains(QLatin1String("The Zanzibar contract be awarded.")));
        QVERIFY(text.contains(QLatin1String("PART 2")));
        QVERIFY(text.indexOf(QLatin1String("CASELOAD PROMISE UPDATE")) <
                text.indexOf(QLatin1String("TENDER FOR RESIDENTIAL PLACEMENTS")));
    }

    void unknownMeetingSaysSoAndWritesNothing()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("none.pdf"));
        QString error;
        QVERIFY(!MinutesPdf::writePdf(*m_db, 9999, false, pdf, &error));
        QVERIFY(error.contains(QLatin1String("9999")));
        QVERIFY(!QFile::exists(pdf));
    }
};

QTEST_MAIN(TestMinutesPdf)
#include "TestMinutesPdf.moc"
