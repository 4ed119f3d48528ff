#include "BritishDate.h"

#include "Translations.h"

#include <QRegularExpression>

namespace BritishDate {

namespace {

const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                               "July",    "August",   "September", "October", "November", "December"};
const char* const kDays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

// Welsh day names as a date is written ("Dydd Mawrth 6 Rhagfyr 2016").
const char* const kWelshDays[] = {"Dydd Llun",   "Dydd Mawrth", "Dydd Mercher", "Dydd Iau",
                                  "Dydd Gwener", "Dydd Sadwrn", "Dydd Sul"};

QString monthName(int m)
{
    return QString::fromLatin1(kMonths[m - 1]);
}

// The names in the language of the interface: Welsh ones from QLocale's Welsh (CLDR), English ones fixed.
QString shownMonth(int m, bool abbreviated)
{
    if (Translations::isWelsh())
        return Translations::dateLocale().standaloneMonthName(m, abbreviated ? QLocale::ShortFormat
                                                                             : QLocale::LongFormat);
    return abbreviated ? monthName(m).left(3) : monthName(m);
}

QString shownDay(int d)
{
    return Translations::isWelsh() ? QString::fromUtf8(kWelshDays[d - 1]) : QString::fromLatin1(kDays[d - 1]);
}

int fullYear(int y)
{
    if (y >= 100)
        return y;
    return y < 70 ? 2000 + y : 1900 + y;
}

// Welsh month names, with the forms they take after "o" ("27ain o Ionawr", "9fed o Ragfyr").
const char* const kWelshMonths[][2] = {
    {"ionawr", "ionawr"}, {"chwefror", "chwefror"}, {"mawrth", "fawrth"},        {"ebrill", "ebrill"},
    {"mai", "fai"},       {"mehefin", "fehefin"},   {"gorffennaf", "orffennaf"}, {"awst", "awst"},
    {"medi", "fedi"},     {"hydref", "hydref"},     {"tachwedd", "dachwedd"},    {"rhagfyr", "ragfyr"}};

const QString kMonthPattern = QStringLiteral(
    "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    "oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|ionawr|chwefror|[mf]awrth|ebrill|[mf]ai|[mf]ehefin|g?orffennaf|"
    "awst|[mf]edi|hydref|[td]achwedd|r?hagfyr|ragfyr)");

} // namespace

int monthFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    for (int m = 0; m < 12; ++m)
        if (n == QLatin1String(kWelshMonths[m][0]) || n == QLatin1String(kWelshMonths[m][1]))
            return m + 1;
    if (n.size() < 3)
        return 0;
    for (int m = 1; m <= 12; ++m) {
        const QString full = monthName(m).toLower();
        if (full.startsWith(n.left(3)) && full.startsWith(n.size() <= full.size() ? n : full))
            return m;
    }
    if (n == QLatin1String("sept"))
        return 9;
    return 0;
}

QString longDate(const QDate& date)
{
    if (!date.isValid())
        return QString();
    return shownDay(date.dayOfWeek()) + QLatin1Char(' ') + mediumDate(date);
}

QString mediumDate(const QDate& date)
{
    if (!date.isValid())
        return QString();
    return QString::number(date.day()) + QLatin1Char(' ') + shownMonth(date.month(), false) +
           QLatin1Char(' ') + QString::number(date.year());
}

QString shortDate(const QDate& date)
{
    if (!date.isValid())
        return QString();
    return QString::number(date.day()) + QLatin1Char(' ') + shownMonth(date.month(), true) +
           QLatin1Char(' ') + QString::number(date.year());
}

QString monthYear(const QDate& date)
{
    if (!date.isValid())
        return QString();
    return shownMonth(date.month(), true) + QLatin1Char(' ') +
           QStringLiteral("%1").arg(date.year() % 100, 2, 10, QLatin1Char('0'));
}

QString monthYearLong(const QDate& date)
{
    if (!date.isValid())
        return QString();
    return shownMonth(date.month(), false) + QLatin1Char(' ') + QString::number(date.year());
}

QString period(const QString& yearMonth, bool longForm)
{
    const QDate d = QDate::fromString(yearMonth + QStringLiteral("-01"), Qt::ISODate);
    if (!d.isValid())
        return yearMonth;
    return longForm ? monthYearLong(d) : monthYear(d);
}

QString time12(const QTime& time)
{
    if (!time.isValid())
        return QString();
    int h = time.hour() % 12;
    if (h == 0)
        h = 12;
    return QString::number(h) + QLatin1Char('.') +
           QStringLiteral("%1").arg(time.minute(), 2, 10, QLatin1Char('0')) +
           (Translations::isWelsh() ? (time.hour() < 12 ? QStringLiteral(" yb") : QStringLiteral(" yh"))
                                    : (time.hour() < 12 ? QStringLiteral(" am") : QStringLiteral(" pm")));
}

QString longDateTime(const QDateTime& when)
{
    if (!when.isValid())
        return QString();
    return longDate(when.date()) + QStringLiteral(", ") + time12(when.time());
}

QDate find(const QString& text, QString* matched)
{
    // Day month year: "Tuesday 6th December 2016", "6 Dec 2016", "6 December, 2016".
    static const QRegularExpression dmy(
        QStringLiteral("\\b(\\d{1,2})(?:st|nd|rd|th|af|il|ydd|edd|fed|ed|eg|ain)?(?:\\s+(?:of|o))?\\s+") +
            kMonthPattern + QStringLiteral("\\.?,?\\s+(\\d{4})\\b"),
        QRegularExpression::CaseInsensitiveOption);
    // Month day year: "December 6, 2016".
    static const QRegularExpression mdy(
        QStringLiteral("\\b") + kMonthPattern +
            QStringLiteral("\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression iso(QStringLiteral("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b"));
    // Numeric, day first: "6.12.16", "06/12/2016", "6-12-2016".
    static const QRegularExpression numeric(
        QStringLiteral("\\b(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4}|\\d{2})\\b"));

    struct Hit
    {
        qsizetype at = -1;
        QDate date;
        QString span;
    };
    Hit best;
    auto consider = [&](qsizetype at, const QDate& d, const QString& span) {
        if (d.isValid() && (best.at < 0 || at < best.at))
            best = {at, d, span};
    };
    for (auto it = dmy.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        consider(m.capturedStart(),
                 QDate(m.captured(3).toInt(), monthFromName(m.captured(2)), m.captured(1).toInt()),
                 m.captured());
        break;
    }
    for (auto it = mdy.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        consider(m.capturedStart(),
                 QDate(m.captured(3).toInt(), monthFromName(m.captured(1)), m.captured(2).toInt()),
                 m.captured());
        break;
    }
    if (const auto m = iso.match(text); m.hasMatch())
        consider(m.capturedStart(),
                 QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()), m.captured());
    for (auto it = numeric.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QDate d(fullYear(m.captured(4).toInt()), m.captured(3).toInt(), m.captured(1).toInt());
        if (d.isValid()) {
            consider(m.capturedStart(), d, m.captured());
            break;
        }
    }
    if (matched)
        *matched = best.span;
    return best.date;
}

QDate parse(const QString& text)
{
    QString span;
    const QDate d = find(text, &span);
    if (!d.isValid())
        return d;
    // The whole text must be the date (a weekday before it is allowed and must agree).
    QString rest = text;
    rest.remove(span);
    rest = rest.trimmed();
    while (rest.endsWith(QLatin1Char(',')) || rest.endsWith(QLatin1Char('.')))
        rest.chop(1);
    if (rest.isEmpty())
        return d;
    for (int i = 0; i < 7; ++i) {
        const QString welsh = QString::fromUtf8(kWelshDays[i]);
        if (rest.compare(welsh, Qt::CaseInsensitive) == 0 ||
            rest.compare(welsh + QLatin1Char(','), Qt::CaseInsensitive) == 0)
            return d.dayOfWeek() == i + 1 ? d : QDate();
        const QString day = QString::fromLatin1(kDays[i]);
        if (rest.compare(day, Qt::CaseInsensitive) == 0 ||
            rest.compare(day + QLatin1Char(','), Qt::CaseInsensitive) == 0 ||
            rest.compare(day.left(3), Qt::CaseInsensitive) == 0)
            return d.dayOfWeek() == i + 1 ? d : QDate();
    }
    return QDate();
}

QTime findTime(const QString& text)
{
    // "7.00 pm", "7pm", "7.30 p.m.", "10.00am", "12 noon", "19:00", "18.30 hrs"; Welsh "7.00 yh" (yr hwyr,
    // pm) and "10.00 yb" (y bore, am).
    static const QRegularExpression ampm(
        QStringLiteral("\\b(\\d{1,2})(?:[.:](\\d{2}))?\\s*([ap])\\.?\\s?m\\b\\.?"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression welsh(
        QStringLiteral("\\b(\\d{1,2})(?:[.:](\\d{2}))?\\s*y\\.?([bh])\\b\\.?"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression noon(QStringLiteral("\\b12(?:[.:]00)?\\s*noon\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression h24(
        QStringLiteral("\\b([01]?\\d|2[0-3])[:.]([0-5]\\d)\\b(?!\\s*[ap]\\.?m)"),
        QRegularExpression::CaseInsensitiveOption);
    // A twelve-hour time, its afternoon marked by `pm` ("p", or Welsh "h").
    const auto twelveHour = [&text](const QRegularExpression& re, QLatin1String pm) {
        const auto m = re.match(text);
        if (!m.hasMatch())
            return QTime();
        int h = m.captured(1).toInt();
        const int min = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
        if (h < 1 || h > 12 || min >= 60)
            return QTime();
        const bool afternoon = m.captured(3).compare(pm, Qt::CaseInsensitive) == 0;
        if (afternoon && h != 12)
            h += 12;
        if (!afternoon && h == 12)
            h = 0;
        return QTime(h, min);
    };
    if (const QTime t = twelveHour(ampm, QLatin1String("p")); t.isValid())
        return t;
    if (const QTime t = twelveHour(welsh, QLatin1String("h")); t.isValid())
        return t;
    if (noon.match(text).hasMatch())
        return QTime(12, 0);
    if (const auto m = h24.match(text); m.hasMatch())
        return QTime(m.captured(1).toInt(), m.captured(2).toInt());
    return QTime();
}

QTime parseTime(const QString& text)
{
    return findTime(text.trimmed());
}

} // namespace BritishDate
