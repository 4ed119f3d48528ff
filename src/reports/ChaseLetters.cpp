#include "ChaseLetters.h"

#include "core/BritishDate.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUrlQuery>

namespace {

// The context of this file's strings, the same for tr() at run time and for lupdate.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ChaseLetters)
};

QString ownerName(const ActionRepository::ChaseGroup& g)
{
    return g.owner.isEmpty() ? Text::tr("No owner recorded") : g.owner;
}

QByteArray encodedWord(const QString& text)
{
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 128;
    return ascii ? text.toUtf8() : "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}

} // namespace

namespace ChaseLetters {

QString subject(const Context& c)
{
    return c.committee.isEmpty()
               ? Text::tr("Overdue actions at %1").arg(BritishDate::mediumDate(c.today))
               : Text::tr("%1: overdue actions at %2").arg(c.committee, BritishDate::mediumDate(c.today));
}

QString body(const ActionRepository::ChaseGroup& group, const Context& c)
{
    QStringList lines;
    lines << Text::tr("Dear %1,").arg(ownerName(group)) << QString();
    const int n = int(group.actions.size());
    const QString shows =
        c.committee.isEmpty()
            ? (n == 1
                   ? Text::tr("The action log shows the following action in your name as overdue on %1:")
                         .arg(BritishDate::longDate(c.today))
                   : Text::tr("The action log shows the following %1 actions in your name as overdue on %2:")
                         .arg(n)
                         .arg(BritishDate::longDate(c.today)))
            : (n == 1
                   ? Text::tr("The %1 action log shows the following action in your name as overdue on %2:")
                         .arg(c.committee, BritishDate::longDate(c.today))
                   : Text::tr(
                         "The %1 action log shows the following %2 actions in your name as overdue on %3:")
                         .arg(c.committee)
                         .arg(n)
                         .arg(BritishDate::longDate(c.today)));
    lines << shows << QString();
    for (const auto& a : group.actions) {
        lines << QStringLiteral("  %1  %2").arg(a.reference, a.text.simplified());
        lines << Text::tr("        due %1; raised at the meeting of %2; status: %3")
                     .arg(BritishDate::mediumDate(a.due), BritishDate::mediumDate(a.meetingDate),
                          ActionRepository::statusName(a.status).toLower());
    }
    lines << QString();
    const QString each = n == 1 ? Text::tr("it") : Text::tr("each");
    if (c.nextMeeting.isValid())
        lines
            << Text::tr(
                   "Please send me a short update on %1, or a new date for completion, before the committee "
                   "meets on %2.")
                   .arg(each, BritishDate::longDate(c.nextMeeting));
    else
        lines
            << Text::tr(
                   "Please send me a short update on %1, or a new date for completion, before the committee "
                   "next meets.")
                   .arg(each);
    lines << QString() << Text::tr("With thanks,") << QString();
    // The signature: whoever signs in to send the chase.
    for (const QString& part : {c.from.name, c.from.jobTitle, c.from.organisation, c.from.email})
        if (!part.trimmed().isEmpty())
            lines << part.trimmed();
    return lines.join(QLatin1Char('\n'));
}

QByteArray eml(const ActionRepository::ChaseGroup& group, const Context& c)
{
    QByteArray out;
    if (!c.from.email.isEmpty())
        out += "From: " + encodedWord(c.from.name.isEmpty() ? c.from.email : c.from.name) + " <" +
               c.from.email.toUtf8() + ">\r\n";
    if (!group.email.isEmpty())
        out += "To: " + encodedWord(group.owner) + " <" + group.email.toUtf8() + ">\r\n";
    out += "Subject: " + encodedWord(subject(c)) + "\r\n";
    out += "X-Unsent: 1\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: text/plain; charset=UTF-8\r\n";
    out += "Content-Transfer-Encoding: 8bit\r\n\r\n";
    QString text = body(group, c);
    text.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    out += text.toUtf8() + "\r\n";
    return out;
}

QUrl mailto(const ActionRepository::ChaseGroup& group, const Context& c)
{
    QUrl url;
    url.setScheme(QStringLiteral("mailto"));
    url.setPath(group.email);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("subject"), QString::fromUtf8(QUrl::toPercentEncoding(subject(c))));
    query.addQueryItem(QStringLiteral("body"), QString::fromUtf8(QUrl::toPercentEncoding(body(group, c))));
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

QString printableHtml(const QList<ActionRepository::ChaseGroup>& groups, const Context& c)
{
    const QString heading = c.committee.isEmpty() ? Text::tr("Overdue actions by owner")
                                                  : Text::tr("%1: overdue actions by owner").arg(c.committee);
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p>")
                       .arg(heading.toHtmlEscaped(),
                            Text::tr("As at %1").arg(BritishDate::longDate(c.today)).toHtmlEscaped());
    if (groups.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(Text::tr("No action is overdue.").toHtmlEscaped());
    for (const auto& g : groups) {
        html += QStringLiteral("<h3>%1 (%2)</h3>").arg(ownerName(g).toHtmlEscaped()).arg(g.actions.size());
        if (!g.email.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(g.email.toHtmlEscaped());
        html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                               "width=\"100%\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                    .arg(Text::tr("Ref"), Text::tr("Action"), Text::tr("Due"), Text::tr("Meeting"));
        for (const auto& a : g.actions)
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>⚠ %3</td><td>%4</td></tr>")
                        .arg(a.reference.toHtmlEscaped(), a.text.toHtmlEscaped(),
                             BritishDate::shortDate(a.due), BritishDate::shortDate(a.meetingDate));
        html += QStringLiteral("</table>");
    }
    return html;
}

QStringList writeDrafts(const QList<ActionRepository::ChaseGroup>& groups, const QString& folder,
                        const Context& c, QString* error)
{
    QStringList written;
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9]+"));
    for (const auto& g : groups) {
        QString stem = ownerName(g);
        stem.replace(unsafe, QStringLiteral("-"));
        const QString path = QDir(folder).filePath(Text::tr("chase-%1.eml").arg(stem.toLower()));
        QSaveFile file(path);
        const QByteArray bytes = eml(g, c);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            if (error)
                *error = Text::tr("%1 could not be written (%2). Choose a folder you may write to.")
                             .arg(QDir::toNativeSeparators(path), file.errorString());
            return written;
        }
        written << path;
    }
    return written;
}

} // namespace ChaseLetters
