#include "IndicatorRules.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <cmath>

namespace IndicatorRules {

namespace {
bool within(double v, const std::optional<double>& low, const std::optional<double>& high)
{
    return (!low || v >= *low) && (!high || v <= *high);
}
} // namespace

FigureRating rate(double value, const IndicatorBands& bands)
{
    if (bands.isEmpty())
        return FigureRating::None;
    if ((bands.greenLow || bands.greenHigh) && within(value, bands.greenLow, bands.greenHigh))
        return FigureRating::Green;
    if ((bands.amberLow || bands.amberHigh) && within(value, bands.amberLow, bands.amberHigh))
        return FigureRating::Amber;
    return FigureRating::Red;
}

QString letter(FigureRating rating)
{
    switch (rating) {
    case FigureRating::Green:
        return QStringLiteral("G");
    case FigureRating::Amber:
        return QStringLiteral("A");
    case FigureRating::Red:
        return QStringLiteral("R");
    case FigureRating::None:
        break;
    }
    return QString();
}

QString name(FigureRating rating)
{
    switch (rating) {
    case FigureRating::Green:
        return QCoreApplication::translate("IndicatorRules", "Green");
    case FigureRating::Amber:
        return QCoreApplication::translate("IndicatorRules", "Amber");
    case FigureRating::Red:
        return QCoreApplication::translate("IndicatorRules", "Red");
    case FigureRating::None:
        break;
    }
    return QCoreApplication::translate("IndicatorRules", "No target");
}

QString colour(FigureRating rating)
{
    switch (rating) {
    case FigureRating::Green:
        return QStringLiteral("#2e7d32");
    case FigureRating::Amber:
        return QStringLiteral("#f9a825");
    case FigureRating::Red:
        return QStringLiteral("#c62828");
    case FigureRating::None:
        break;
    }
    return QStringLiteral("#9e9e9e");
}

QString validate(const QString& unit, double value)
{
    if (!std::isfinite(value))
        return QCoreApplication::translate("IndicatorRules", "Enter a number.");
    if (value < 0)
        return QCoreApplication::translate("IndicatorRules", "A figure cannot be negative: type 0 or more.");
    if (unit == QLatin1String("count") && std::floor(value) != value)
        return QCoreApplication::translate("IndicatorRules", "A count is a whole number.");
    if (unit == QLatin1String("percentage") && value > 100)
        return QCoreApplication::translate("IndicatorRules", "A percentage lies between 0 and 100.");
    return QString();
}

QStringList relatedKeys(const QString& key)
{
    if (key == QLatin1String("vacancies"))
        return {QStringLiteral("established_posts")};
    if (key == QLatin1String("established_posts"))
        return {QStringLiteral("vacancies")};
    return {};
}

QString validateWithOthers(const QString& key, double value, const QHash<QString, double>& sameMonth)
{
    const auto posts = sameMonth.constFind(QStringLiteral("established_posts"));
    if (key == QLatin1String("vacancies") && posts != sameMonth.constEnd() && value > *posts)
        return QCoreApplication::translate(
                   "IndicatorRules",
                   "Vacancies (%1) cannot exceed the established posts for the same month (%2). "
                   "Check both figures.")
            .arg(value)
            .arg(*posts);
    const auto vacancies = sameMonth.constFind(QStringLiteral("vacancies"));
    if (key == QLatin1String("established_posts") && vacancies != sameMonth.constEnd() && value < *vacancies)
        return QCoreApplication::translate(
                   "IndicatorRules",
                   "Established posts (%1) cannot be fewer than the vacancies for the same month (%2). "
                   "Check both figures.")
            .arg(value)
            .arg(*vacancies);
    return QString();
}

std::optional<double> parseFigure(const QString& text)
{
    QString t = text.trimmed();
    t.remove(QLatin1Char(','));
    if (t.endsWith(QLatin1Char('%')))
        t.chop(1);
    bool ok = false;
    const double v = t.trimmed().toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return v;
}

namespace {

// A small recursive-descent reader of + - * / ( ) over numbers and keys.
struct FormulaReader
{
    const QString& text;
    const QHash<QString, double>& parts;
    qsizetype pos = 0;
    bool failed = false;

    void skip()
    {
        while (pos < text.size() && text.at(pos).isSpace())
            ++pos;
    }
    double primary()
    {
        skip();
        if (pos >= text.size()) {
            failed = true;
            return 0;
        }
        const QChar c = text.at(pos);
        if (c == QLatin1Char('(')) {
            ++pos;
            const double v = sum();
            skip();
            if (pos >= text.size() || text.at(pos) != QLatin1Char(')'))
                failed = true;
            ++pos;
            return v;
        }
        const qsizetype start = pos;
        if (c.isDigit() || c == QLatin1Char('.')) {
            while (pos < text.size() && (text.at(pos).isDigit() || text.at(pos) == QLatin1Char('.')))
                ++pos;
            return text.mid(start, pos - start).toDouble();
        }
        while (pos < text.size() && (text.at(pos).isLetterOrNumber() || text.at(pos) == QLatin1Char('_')))
            ++pos;
        const QString key = text.mid(start, pos - start);
        if (key.isEmpty() || !parts.contains(key)) {
            failed = true;
            return 0;
        }
        return parts.value(key);
    }
    double product()
    {
        double v = primary();
        for (;;) {
            skip();
            if (pos < text.size() && text.at(pos) == QLatin1Char('*')) {
                ++pos;
                v *= primary();
            } else if (pos < text.size() && text.at(pos) == QLatin1Char('/')) {
                ++pos;
                const double d = primary();
                if (d == 0)
                    failed = true;
                else
                    v /= d;
            } else {
                return v;
            }
        }
    }
    double sum()
    {
        double v = product();
        for (;;) {
            skip();
            if (pos < text.size() && text.at(pos) == QLatin1Char('+')) {
                ++pos;
                v += product();
            } else if (pos < text.size() && text.at(pos) == QLatin1Char('-')) {
                ++pos;
                v -= product();
            } else {
                return v;
            }
        }
    }
};

} // namespace

std::optional<double> evaluate(const QString& formula, const QHash<QString, double>& parts)
{
    FormulaReader reader{formula, parts};
    const double v = reader.sum();
    reader.skip();
    if (reader.failed || reader.pos < formula.size() || !std::isfinite(v))
        return std::nullopt;
    return v;
}

QStringList partsOf(const QString& formula)
{
    QStringList keys;
    static const QRegularExpression word(QStringLiteral("[A-Za-z_][A-Za-z0-9_]*"));
    for (auto it = word.globalMatch(formula); it.hasNext();) {
        const QString k = it.next().captured();
        if (!keys.contains(k))
            keys << k;
    }
    return keys;
}

bool isFarFrom(double value, double previous)
{
    if (previous == 0)
        return value > 10;
    const double ratio = value / previous;
    return ratio > 1.5 || ratio < 0.5;
}

} // namespace IndicatorRules
