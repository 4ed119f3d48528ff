#include "reports/CalendarExport.h"
#include "store/Database.h"

#include <QTemporaryDir>
#include <QtTest>

// The .ics file a clerk sends out must import into any calendar: the RFC 5545 structure, CRLF
// line ends, lines folded at 75 octets without breaking a character, text escaped, times right
// in summer and winter.
class TestCalendarExport : public QObject
{
    Q_OBJECT

    // Undo folding (RFC 5545 3.1): a CRLF followed by one space or tab joins the lines.
    static QList<QByteArray> unfold(const QByteArray& ics)
    {
        QByteArray joined = ics;
        joined.replace("\r\n ", "").replace("\r\n\t", "");
        QList<QByteArray> lines = joined.split('\n');
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        for (QByteArray& l : lines) {
            if (l.endsWith('\r'))
                l.chop(1);
        }
        return lines;
    }

    static QString unescape(const QByteArray& value)
    {
        const QString v = QString::fromUtf8(value);
        QString out;
        for (int i = 0; i < v.size(); ++i) {
            if (v.at(i) == QLatin1Char('\\') && i + 1 < v.size()) {
                const QChar n = v.at(++i);
                out += n == QLatin1Char('n') || n == QLatin1Char('N') ? QChar(QLatin1Char('\n')) : n;
            } else {
                out += v.at(i);
            }
        }
        return out;
    }

    static QByteArray property(const QList<QByteArray>& lines, const QByteArray& name, int event)
    {
        int seen = -1;
        for (const QByteArray& l : lines) {
            if (l == "BEGIN:VEVENT")
                ++seen;
            if (seen == event && l.startsWith(QByteArray(name + ':')))
                return l.mid(name.size() + 1);
        }
        return {};
    }

    QList<MeetingRepository::Meeting> sample() const
    {
        MeetingRepository::Meeting winter;
        winter.id = 7;
        winter.committeeId = 1;
        winter.committee = QStringLiteral("Care Services Policy Development and Scrutiny Committee");
        winter.startsAt = QDateTime(QDate(2016, 12, 6), QTime(19, 0));
        winter.venue = QStringLiteral("Committee Room 1, Bromley Civic Centre; Stockwell Close\\Bromley");
        winter.status = QStringLiteral("held");
        MeetingRepository::Meeting summer = winter;
        summer.id = 8;
        summer.startsAt = QDateTime(QDate(2017, 6, 27), QTime(19, 0));
        summer.title = QStringLiteral("Special meeting – Ofsted monitoring visit, café débrief ") +
                       QString(40, QChar(0x00E9));
        summer.venue = QString();
        return {winter, summer};
    }

private slots:
    void structureAndLineEnds()
    {
        const QByteArray ics =
            CalendarExport::ics(sample(), QDateTime(QDate(2016, 11, 1), QTime(9, 0), Qt::UTC));
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        // Every line break is CRLF.
        QCOMPARE(ics.count('\n'), ics.count("\r\n"));
        const QList<QByteArray> lines = unfold(ics);
        QVERIFY(lines.contains("VERSION:2.0"));
        QVERIFY(std::any_of(lines.begin(), lines.end(),
                            [](const QByteArray& l) { return l.startsWith("PRODID:"); }));
        QCOMPARE(lines.count("BEGIN:VEVENT"), 2);
        QCOMPARE(lines.count("END:VEVENT"), 2);
        // Each event has the properties every calendar needs, and unique UIDs.
        QStringList uids;
        for (int e = 0; e < 2; ++e) {
            for (const QByteArray& name : {QByteArray("UID"), QByteArray("DTSTAMP"), QByteArray("DTSTART"),
                                           QByteArray("DTEND"), QByteArray("SUMMARY")})
                QVERIFY2(!property(lines, name, e).isEmpty(), name.constData());
            uids << QString::fromLatin1(property(lines, "UID", e));
        }
        QVERIFY(uids.at(0) != uids.at(1));
        // BEGIN/END nest properly.
        int depth = 0;
        for (const QByteArray& l : lines) {
            if (l.startsWith("BEGIN:"))
                ++depth;
            else if (l.startsWith("END:"))
                --depth;
            QVERIFY(depth >= 0);
        }
        QCOMPARE(depth, 0);
    }

    void timesInUtcAcrossSummerTime()
    {
        const QList<QByteArray> lines = unfold(CalendarExport::ics(sample()));
        QCOMPARE(property(lines, "DTSTART", 0), QByteArray("20161206T190000Z")); // GMT in December
        QCOMPARE(property(lines, "DTSTART", 1), QByteArray("20170627T180000Z")); // 7 pm BST is 6 pm UTC
        QCOMPARE(property(lines, "DTEND", 0), QByteArray("20161206T213000Z"));
    }

    void foldingKeepsLinesShortAndCharactersWhole()
    {
        const QByteArray ics = CalendarExport::ics(sample());
        for (const QByteArray& physical : ics.split('\n')) {
            QByteArray l = physical;
            if (l.endsWith('\r'))
                l.chop(1);
            QVERIFY2(l.size() <= 75, l.constData());
            // Each physical line is valid UTF-8 on its own: no character cut in two.
            QVERIFY2(QString::fromUtf8(l).toUtf8() == l, l.constData());
        }
        // The long summary comes back whole once unfolded.
        const QString summary = unescape(property(unfold(ics), "SUMMARY", 1));
        QVERIFY(summary.endsWith(QString(40, QChar(0x00E9))));
        QVERIFY(summary.contains(QStringLiteral("café débrief")));
    }

    void textIsEscaped()
    {
        QCOMPARE(CalendarExport::escapeText(QStringLiteral("a,b;c\\d\ne")),
                 QStringLiteral("a\\,b\\;c\\\\d\\ne"));
        const QList<QByteArray> lines = unfold(CalendarExport::ics(sample()));
        const QByteArray location = property(lines, "LOCATION", 0);
        QCOMPARE(location,
                 QByteArray("Committee Room 1\\, Bromley Civic Centre\\; Stockwell Close\\\\Bromley"));
        QCOMPARE(unescape(location), sample().first().venue);
        QVERIFY(property(lines, "LOCATION", 1).isEmpty()); // no venue: no empty property
    }

    void writesACommitteesMeetingsFromTheStore()
    {
        auto db = Database::open(QStringLiteral(":memory:"), QStringLiteral("clerk.test"));
        const qint64 care = db->insert(QStringLiteral("committees"), {{"name", "Care Services PDS"}});
        const qint64 other =
            db->insert(QStringLiteral("committees"), {{"name", "Health and Wellbeing Board"}});
        db->insert(QStringLiteral("meetings"),
                   {{"committee_id", care}, {"starts_at", "2016-12-06T19:00"}, {"venue", "Room 1"}});
        db->insert(QStringLiteral("meetings"),
                   {{"committee_id", care}, {"starts_at", "2017-01-31T19:00"}, {"venue", "Room 2"}});
        db->insert(QStringLiteral("meetings"), {{"committee_id", other}, {"starts_at", "2016-11-10T13:30"}});
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("care.ics"));
        QString error;
        QVERIFY2(CalendarExport::write(*db, care, path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = unfold(f.readAll());
        QCOMPARE(lines.count("BEGIN:VEVENT"), 2);
        QCOMPARE(property(lines, "DTSTART", 0), QByteArray("20161206T190000Z")); // oldest first
        QCOMPARE(property(lines, "LOCATION", 1), QByteArray("Room 2"));

        QVERIFY(!CalendarExport::write(*db, 999, dir.filePath(QStringLiteral("none.ics")), &error));
        QVERIFY(error.contains(QLatin1String("no meetings")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("none.ics"))));
    }
};

QTEST_MAIN(TestCalendarExport)
#include "TestCalendarExport.moc"
