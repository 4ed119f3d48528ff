#include "ChaseLetters.h"

#include "core/BritishDate.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUrlQuery>

namespace {

QString tr(const char* text) { return QCoreApplication::translate("ChaseLetters", text); }

QString ownerName(const ActionRepository::ChaseGroup& g) { return g.owner.isEmpty() ? tr("No owner recorded") : g.owner; }

QByteArray encodedWord(const QString& text)
{
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 128;
    return ascii ? text.toUtf8() : "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}

} // namespace

namespace ChaseLetters {

QString subject(const QString& committee, const QDate& today)
{
    return tr("%1: overdue actions at %2").arg(committee, BritishDate::mediumDate(today));
}

QString body(const ActionRepository::ChaseGroup& group, const QString& committee, const QDate& today, const QDate& nextMeeting)
{
    QStringList lines;
    lines << tr("Dear %1,").arg(ownerName(group)) << QString();
    lines << tr("The %1 action log shows the following actions in your name as overdue on %2:")
                 .arg(committee, BritishDate::longDate(today))
          << QString();
    for (const auto& a : group.actions) {
        lines << QStringLiteral("  %1  %2").arg(a.reference, a.text.simplified());
        lines << tr("        due %1; raised at the meeting of %2; status: %3")
                     .arg(BritishDate::mediumDate(a.due), BritishDate::mediumDate(a.meetingDate), ActionRepository::statusName(a.status).toLower());
    }
    lines << QString();
    if (nextMeeting.isValid())
        lines << tr("Please send me a short update on each, or a new date for completion, before the committee meets on %1.")
                     .arg(BritishDate::longDate(nextMeeting));
    else
        lines << tr("Please send me a short update on each, or a new date for completion, before the committee next meets.");
    lines << QString() << tr("With thanks,") << QString();
    return lines.join(QLatin1Char('\n'));
}

QByteArray eml(const ActionRepository::ChaseGroup& group, const QString& committee, const QDate& today, const QDate& nextMeeting)
{
    QByteArray out;
    if (!group.email.isEmpty())
        out += "To: " + encodedWord(group.owner) + " <" + group.email.toUtf8() + ">\r\n";
    out += "Subject: " + encodedWord(subject(committee, today)) + "\r\n";
    out += "X-Unsent: 1\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: text/plain; charset=UTF-8\r\n";
    out += "Content-Transfer-Encoding: 8bit\r\n\r\n";
    QString text = body(group, committee, today, nextMeeting);
    text.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    out += text.toUtf8() + "\r\n";
    return out;
}

QUrl mailto(const ActionRepository::ChaseGroup& group, const QString& committee, const QDate& today, const QDate& nextMeeting)
{
    QUrl url;
    url.setScheme(QStringLiteral("mailto"));
    url.setPath(group.email);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("subject"), QString::fromUtf8(QUrl::toPercentEncoding(subject(committee, today))));
    query.addQueryItem(QStringLiteral("body"), QString::fromUtf8(QUrl::toPercentEncoding(body(group, committee, today, nextMeeting))));
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

QString printableHtml(const QList<ActionRepository::ChaseGroup>& groups, const QString& committee, const QDate& today)
{
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p>")
                       .arg(tr("%1: overdue actions by owner").arg(committee).toHtmlEscaped(),
                            tr("As at %1").arg(BritishDate::longDate(today)).toHtmlEscaped());
    if (groups.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("No action is overdue.").toHtmlEscaped());
    for (const auto& g : groups) {
        html += QStringLiteral("<h3>%1 (%2)</h3>").arg(ownerName(g).toHtmlEscaped()).arg(g.actions.size());
        html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                    .arg(tr("Ref"), tr("Action"), tr("Due"), tr("Meeting"));
        for (const auto& a : g.actions)
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>⚠ %3</td><td>%4</td></tr>")
                        .arg(a.reference.toHtmlEscaped(), a.text.toHtmlEscaped(), BritishDate::shortDate(a.due), BritishDate::shortDate(a.meetingDate));
        html += QStringLiteral("</table>");
    }
    return html;
}

QStringList writeDrafts(const QList<ActionRepository::ChaseGroup>& groups, const QString& folder, const QString& committee,
                        const QDate& today, const QDate& nextMeeting, QString* error)
{
    QStringList written;
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9]+"));
    for (const auto& g : groups) {
        QString stem = ownerName(g);
        stem.replace(unsafe, QStringLiteral("-"));
        const QString path = QDir(folder).filePath(tr("chase-%1.eml").arg(stem.toLower()));
        QSaveFile file(path);
        const QByteArray bytes = eml(g, committee, today, nextMeeting);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            if (error)
                *error = tr("%1 could not be written (%2). Choose a folder you may write to.").arg(QDir::toNativeSeparators(path), file.errorString());
            return written;
        }
        written << path;
    }
    return written;
}

} // namespace ChaseLetters
