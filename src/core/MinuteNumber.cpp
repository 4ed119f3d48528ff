#include "MinuteNumber.h"

#include <QRegularExpression>

namespace MinuteNumber {

QString normalised(const QString& printed)
{
    QString s = printed.trimmed();
    while (s.endsWith(QLatin1Char('.')) || s.endsWith(QLatin1Char(':')))
        s.chop(1);
    return s.trimmed();
}

QString sortKey(const QString& printed)
{
    const QString s = normalised(printed).toLower();
    QString key;
    key.reserve(s.size() + 16);
    int i = 0;
    while (i < s.size()) {
        if (s.at(i).isDigit()) {
            int j = i;
            while (j < s.size() && s.at(j).isDigit())
                ++j;
            QString digits = s.mid(i, j - i);
            while (digits.size() > 1 && digits.startsWith(QLatin1Char('0')))
                digits.remove(0, 1);
            key += QString(10 - qMin(10, int(digits.size())), QLatin1Char('0')) + digits;
            i = j;
        } else {
            const QChar c = s.at(i);
            // Separators such as '.', '(' and ')' carry no order of their own.
            if (c.isLetter())
                key += c;
            else if (!c.isSpace() && c != QLatin1Char('(') && c != QLatin1Char(')') && c != QLatin1Char('.'))
                key += c;
            ++i;
        }
    }
    return key;
}

int compare(const QString& a, const QString& b)
{
    const QString ka = sortKey(a);
    const QString kb = sortKey(b);
    if (ka != kb)
        return ka < kb ? -1 : 1;
    return QString::compare(normalised(a), normalised(b));
}

QString next(const QString& last)
{
    static const QRegularExpression leadingNumber(QStringLiteral("^(\\D*)(\\d+)"));
    const auto m = leadingNumber.match(normalised(last));
    if (!m.hasMatch())
        return QStringLiteral("1");
    return m.captured(1) + QString::number(m.captured(2).toLongLong() + 1);
}

} // namespace MinuteNumber
