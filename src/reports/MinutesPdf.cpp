#include "MinutesPdf.h"

#include "OutputFile.h"
#include "core/BritishDate.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace {

// The context of this file's strings, the same for tr() at run time and for lupdate.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MinutesPdf)
};

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString paragraphs(const QString& text)
{
    QString out;
    const QStringList parts = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& p : parts)
        out += QStringLiteral("<p style=\"margin-top:0; margin-bottom:6px\">%1</p>").arg(esc(p.trimmed()));
    return out;
}

QString names(const QList<MeetingRepository::Attendee>& people, const QStringList& statuses, bool withKind)
{
    QStringList out;
    for (const MeetingRepository::Attendee& a : people) {
        if (!statuses.contains(a.status))
            continue;
        QString n = a.name;
        if (a.status == QLatin1String("substitute") && !a.substituteFor.isEmpty())
            n = Text::tr("%1 (substituting for %2)").arg(a.name, a.substituteFor);
        else if (withKind && !a.capacity.isEmpty())
            n = Text::tr("%1, %2").arg(a.name, a.capacity);
        out << n;
    }
    return esc(out.join(QStringLiteral(", ")));
}

QString interestName(const QString& type)
{
    if (type == QLatin1String("personal"))
        return Text::tr("personal");
    if (type == QLatin1String("prejudicial"))
        return Text::tr("prejudicial");
    if (type == QLatin1String("pecuniary"))
        return Text::tr("disclosable pecuniary");
    return Text::tr("other");
}

QString actionLine(const MeetingRepository::Action& a)
{
    QString owner = a.owner.isEmpty() ? Text::tr("owner to be confirmed") : a.owner;
    QString line = Text::tr("ACTION: %1").arg(esc(owner));
    if (a.due.isValid())
        line += esc(Text::tr(" – by %1").arg(BritishDate::mediumDate(a.due)));
    QString ref = a.reference.isEmpty() ? QString() : esc(a.reference) + QStringLiteral(" ");
    return QStringLiteral(
               "<p style=\"margin-left:24px; margin-top:2px; margin-bottom:4px\"><i>%1%2</i><br/>%3</p>")
        .arg(ref, line, esc(a.text));
}

} // namespace

namespace MinutesPdf {

QString confidentialMarking()
{
    return Text::tr("CONFIDENTIAL – NOT FOR PUBLICATION");
}

QString html(const MeetingRepository::Minutes& m, bool confidential)
{
    const MeetingRepository::Meeting& meeting = m.meeting;
    QString h;
    h += QStringLiteral("<html><body>");
    if (confidential)
        h += QStringLiteral("<p align=\"center\" style=\"color:#9c0006\"><b>%1</b></p>")
                 .arg(esc(confidentialMarking()));
    if (!meeting.council.isEmpty())
        h += QStringLiteral("<p align=\"center\" style=\"font-size:13pt\"><b>%1</b></p>")
                 .arg(esc(meeting.council.toUpper()));
    h += QStringLiteral("<p align=\"center\" style=\"font-size:15pt\"><b>%1</b></p>")
             .arg(esc(meeting.committee.toUpper()));
    if (!meeting.title.isEmpty() && meeting.title != meeting.committee)
        h += QStringLiteral("<p align=\"center\"><b>%1</b></p>").arg(esc(meeting.title));
    const QString when = meeting.startsAt.time().isValid() && meeting.startsAt.time() != QTime(0, 0)
                             ? Text::tr("Minutes of the meeting held on %1 at %2")
                                   .arg(BritishDate::longDate(meeting.startsAt.date()),
                                        BritishDate::time12(meeting.startsAt.time()))
                             : Text::tr("Minutes of the meeting held on %1")
                                   .arg(BritishDate::longDate(meeting.startsAt.date()));
    h += QStringLiteral("<p align=\"center\">%1</p>").arg(esc(when));
    if (!meeting.venue.isEmpty())
        h += QStringLiteral("<p align=\"center\">%1</p>").arg(esc(meeting.venue));
    h += QStringLiteral("<hr/>");

    QList<MeetingRepository::Attendee> members, others;
    for (const MeetingRepository::Attendee& a : m.attendance)
        (a.kind == QLatin1String("member") || a.kind == QLatin1String("co-opted") ? members : others) << a;
    const QString present = names(members, {QStringLiteral("present"), QStringLiteral("substitute")}, false);
    const QString apologies = names(m.attendance, {QStringLiteral("apologies")}, false);
    const QString absent = names(m.attendance, {QStringLiteral("absent")}, false);
    const QString also = names(others, {QStringLiteral("present"), QStringLiteral("in attendance")}, true);
    auto block = [&h](const QString& label, const QString& who) {
        if (!who.isEmpty())
            h += QStringLiteral("<p><b>%1</b><br/>%2</p>").arg(esc(label), who);
    };
    block(Text::tr("Present:"), present);
    block(Text::tr("Also present:"), also);
    block(Text::tr("Apologies for absence:"), apologies);
    block(Text::tr("Absent:"), absent);

    if (!m.declarations.isEmpty()) {
        QStringList lines;
        for (const MeetingRepository::Declaration& d : m.declarations) {
            QString item;
            for (const MeetingRepository::Item& i : m.items)
                if (i.id == d.itemId)
                    item = i.number.isEmpty() ? i.title : i.number;
            QString line = Text::tr("%1 declared a %2 interest").arg(d.person, interestName(d.type));
            if (!item.isEmpty())
                line += Text::tr(" in item %1").arg(item);
            if (!d.nature.isEmpty())
                line += Text::tr(": %1").arg(d.nature);
            lines << esc(line);
        }
        h += QStringLiteral("<p><b>%1</b><br/>%2</p>")
                 .arg(esc(Text::tr("Declarations of interest:")), lines.join(QStringLiteral("<br/>")));
    }

    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">");
    for (const MeetingRepository::Item& item : m.items) {
        QString body;
        QString title = QStringLiteral("<b>%1</b>").arg(esc(item.title.toUpper()));
        if (item.exempt)
            title += QStringLiteral("<br/><b style=\"color:#9c0006\">%1</b>")
                         .arg(esc(Text::tr("PART 2 – EXEMPT INFORMATION")));
        body += QStringLiteral("<p style=\"margin-bottom:6px\">%1</p>").arg(title);
        body += paragraphs(item.text);
        if (!item.resolutions.isEmpty()) {
            body += QStringLiteral("<p style=\"margin-bottom:4px\"><b>%1</b></p>")
                        .arg(esc(item.resolutions.size() == 1 ? Text::tr("RESOLVED that")
                                                              : Text::tr("RESOLVED that:")));
            for (const MeetingRepository::Resolution& r : item.resolutions) {
                if (item.resolutions.size() == 1)
                    body += QStringLiteral("<p style=\"margin-bottom:4px\"><b>%1</b></p>").arg(esc(r.text));
                else
                    body +=
                        QStringLiteral(
                            "<p style=\"margin-left:12px; margin-bottom:4px\"><b>%1.&nbsp;&nbsp;%2</b></p>")
                            .arg(r.number)
                            .arg(esc(r.text));
                for (const MeetingRepository::Action& a : item.actions)
                    if (a.resolutionId == r.id)
                        body += actionLine(a);
            }
        }
        for (const MeetingRepository::Action& a : item.actions) {
            bool underResolution = false;
            for (const MeetingRepository::Resolution& r : item.resolutions)
                underResolution = underResolution || a.resolutionId == r.id;
            if (!underResolution)
                body += actionLine(a);
        }
        h += QStringLiteral(
                 "<tr><td width=\"12%\" valign=\"top\"><b>%1</b></td><td valign=\"top\">%2</td></tr>")
                 .arg(esc(item.number), body);
    }
    h += QStringLiteral("</table>");
    h += QStringLiteral("<p><br/>%1</p>").arg(esc(Text::tr("Chairman")));
    h += QStringLiteral("</body></html>");
    return h;
}

bool writePdf(const Database& db, qint64 meetingId, bool confidential, const QString& path, QString* error)
{
    MeetingRepository::Minutes minutes;
    try {
        minutes = MeetingRepository(db).minutes(meetingId, confidential);
    } catch (const StoreError& e) {
        if (error)
            *error = e.message();
        return false;
    }
    if (!minutes.meeting.id) {
        if (error)
            *error =
                Text::tr(
                    "There is no meeting number %1. Choose a meeting that exists (scrutineer list meetings).")
                    .arg(meetingId);
        return false;
    }

    const QString temporary = OutputFile::temporaryFor(path);
    {
        QPdfWriter writer(temporary);
        writer.setTitle(
            Text::tr("Minutes: %1, %2")
                .arg(minutes.meeting.committee, BritishDate::mediumDate(minutes.meeting.startsAt.date())));
        writer.setCreator(QStringLiteral("Scrutineer"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        writer.setResolution(300);
        // QTextDocument::print adds 2 cm margins and the page numbers itself.

        QTextDocument doc;
        QFont font(QStringLiteral("DejaVu Serif"), 11);
        // No ligatures: "fi" stays two letters so that the PDF's text can be searched and copied.
        font.setStyleStrategy(QFont::PreferNoShaping);
        doc.setDefaultFont(font);
        doc.setHtml(html(minutes, confidential));
        doc.print(&writer);
    }
    QFile check(temporary);
    if (!check.exists() || check.size() == 0) {
        QFile::remove(temporary);
        if (error)
            *error =
                Text::tr("Could not write the minutes to %1. Choose a folder you may write to.").arg(path);
        return false;
    }
    return OutputFile::replace(temporary, path, error);
}

} // namespace MinutesPdf
