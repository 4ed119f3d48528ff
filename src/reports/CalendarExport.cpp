#include "CalendarExport.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QTimeZone>
#include <algorithm>

namespace {

// The context of this file's strings, the same for tr() at run time and for lupdate.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CalendarExport)
};

QByteArray utc(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QDateTime ukTime(const QDateTime& local)
{
    // Meetings are stored as UK wall-clock times; the time zone makes summer time right.
    QDateTime t(local.date(), local.time().isValid() ? local.time() : QTime(0, 0),
                QTimeZone(QByteArrayLiteral("Europe/London")));
    return t;
}

void line(QByteArray& out, const QByteArray& name, const QString& value)
{
    out += CalendarExport::foldLine(name + ':' + value.toUtf8());
}

} // namespace

namespace CalendarExport {

QString escapeText(const QString& text)
{
    QString out;
    out.reserve(text.size() + 8);
    const QString unified = QString(text)
                                .replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
                                .replace(QLatin1Char('\r'), QLatin1Char('\n'));
    for (const QChar c : unified) {
        switch (c.unicode()) {
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case ';':
            out += QStringLiteral("\\;");
            break;
        case ',':
            out += QStringLiteral("\\,");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QByteArray foldLine(const QByteArray& line)
{
    QByteArray out;
    int start = 0;
    int limit = 75; // octets on the first line; 74 after the leading space of a continuation
    while (line.size() - start > limit) {
        int cut = start + limit;
        // Never split a UTF-8 sequence: back up while the byte at the cut is a continuation byte.
        while (cut > start && (uchar(line.at(cut)) & 0xC0) == 0x80)
            --cut;
        out += line.mid(start, cut - start);
        out += "\r\n ";
        start = cut;
        limit = 74;
    }
    out += line.mid(start);
    out += "\r\n";
    return out;
}

QByteArray ics(const QList<MeetingRepository::Meeting>& meetings, const QDateTime& stamp)
{
    QByteArray out;
    out += foldLine("BEGIN:VCALENDAR");
    out += foldLine("VERSION:2.0");
    out += foldLine("PRODID:-//Scrutineer//Scrutineer//EN");
    out += foldLine("CALSCALE:GREGORIAN");
    out += foldLine("METHOD:PUBLISH");
    for (const MeetingRepository::Meeting& m : meetings) {
        if (!m.startsAt.isValid())
            continue;
        const QDateTime starts = ukTime(m.startsAt);
        const QDateTime ends = starts.addSecs(qint64(kDefaultMinutes) * 60);
        QString summary = m.committee;
        if (!m.title.isEmpty() && m.title != m.committee)
            summary = Text::tr("%1: %2").arg(m.committee, m.title);
        QStringList description;
        description << Text::tr("Meeting of the %1").arg(m.committee);
        if (!m.council.isEmpty())
            description << m.council;
        if (m.status == QLatin1String("scheduled"))
            description << Text::tr("Status: scheduled");
        else if (m.status == QLatin1String("held"))
            description << Text::tr("Status: held");
        else if (m.status == QLatin1String("approved"))
            description << Text::tr("Status: minutes approved");
        if (!m.contact.isEmpty())
            description << Text::tr("Contact: %1").arg(m.contact);

        out += foldLine("BEGIN:VEVENT");
        line(out, "UID", QStringLiteral("meeting-%1-committee-%2@scrutineer").arg(m.id).arg(m.committeeId));
        out += foldLine("DTSTAMP:" + utc(stamp));
        out += foldLine("DTSTART:" + utc(starts));
        out += foldLine("DTEND:" + utc(ends));
        line(out, "SUMMARY", escapeText(summary));
        if (!m.venue.isEmpty())
            line(out, "LOCATION", escapeText(m.venue));
        line(out, "DESCRIPTION", escapeText(description.join(QLatin1Char('\n'))));
        out += foldLine("STATUS:CONFIRMED");
        out += foldLine("TRANSP:OPAQUE");
        out += foldLine("END:VEVENT");
    }
    out += foldLine("END:VCALENDAR");
    return out;
}

bool write(const Database& db, qint64 committeeId, const QString& path, QString* error)
{
    QList<MeetingRepository::Meeting> meetings;
    try {
        meetings = MeetingRepository(db).meetings(committeeId);
    } catch (const StoreError& e) {
        if (error)
            *error = e.message();
        return false;
    }
    if (meetings.isEmpty()) {
        if (error)
            *error =
                committeeId
                    ? Text::tr(
                          "The committee has no meetings to put in a calendar. Check the committee number "
                          "(scrutineer list committees) or add its meetings first.")
                    : Text::tr("The database holds no meetings to put in a calendar.");
        return false;
    }
    std::reverse(meetings.begin(), meetings.end()); // oldest first reads better in a file
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ics(meetings)) < 0 || !file.commit()) {
        if (error)
            *error = Text::tr("Could not write the calendar to %1 (%2). Choose a folder you may write to.")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace CalendarExport
