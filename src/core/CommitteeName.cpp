#include "CommitteeName.h"

#include <QRegularExpression>

namespace CommitteeName {

QString key(const QString& name)
{
    QString s = name.normalized(QString::NormalizationForm_KC).toLower();
    s.replace(QChar(0x2019), QLatin1Char('\''));
    // Abbreviations, before '&' and punctuation go: "O&S", "O & S", "Cttee.", "Sub-Cttee".
    static const QList<QPair<QRegularExpression, QString>> abbreviations = {
        {QRegularExpression(QStringLiteral("\\bo\\s*&\\s*s\\b")), QStringLiteral(" overview and scrutiny ")},
        {QRegularExpression(QStringLiteral("\\bo\\s+and\\s+s\\b")),
         QStringLiteral(" overview and scrutiny ")},
        {QRegularExpression(QStringLiteral("\\bosc\\b")),
         QStringLiteral(" overview and scrutiny committee ")},
        {QRegularExpression(QStringLiteral("\\bpds\\b")),
         QStringLiteral(" policy development and scrutiny ")},
        {QRegularExpression(QStringLiteral("\\b(cttee|ctte|cmttee|cmtee|comm)\\b\\.?")),
         QStringLiteral(" committee ")},
        {QRegularExpression(QStringLiteral("\\bsub\\s*-?\\s*committee\\b")),
         QStringLiteral(" sub committee ")},
    };
    for (const auto& [rx, full] : abbreviations)
        s.replace(rx, full);
    s.replace(QLatin1Char('&'), QStringLiteral(" and "));
    s.remove(QLatin1Char('\''));
    static const QRegularExpression punctuation(QStringLiteral("[^\\p{L}\\p{N}]+"));
    s.replace(punctuation, QStringLiteral(" "));
    s = s.simplified();
    static const QRegularExpression leadingThe(QStringLiteral("^the "));
    s.remove(leadingThe);
    return s;
}

bool same(const QString& a, const QString& b)
{
    const QString ka = key(a);
    return !ka.isEmpty() && ka == key(b);
}

QString match(const QString& name, const QStringList& known, const QStringList& shortNames)
{
    const QString k = key(name);
    if (k.isEmpty())
        return {};
    for (const QString& candidate : known)
        if (key(candidate) == k)
            return candidate;
    for (int i = 0; i < shortNames.size() && i < known.size(); ++i)
        if (!shortNames.at(i).isEmpty() && key(shortNames.at(i)) == k)
            return known.at(i);
    return {};
}

} // namespace CommitteeName
