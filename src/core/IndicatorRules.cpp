#include "IndicatorRules.h"

#include <QCoreApplication>
#include <QLocale>
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
    const double ceiling = plausibleMaximum(unit);
    if (value > ceiling)
        return QCoreApplication::translate("IndicatorRules",
                                           "%1 is far more than any figure of this kind (at most %2). "
                                           "Check the figure, and its decimal point.")
            .arg(QLocale(QLocale::English, QLocale::UnitedKingdom).toString(value, 'g', 6),
                 QLocale(QLocale::English, QLocale::UnitedKingdom).toString(ceiling, 'f', 0));
    return QString();
}

double plausibleMaximum(const QString& unit)
{
    if (unit == QLatin1String("percentage"))
        return 100;
    if (unit == QLatin1String("rate10k"))
        return 10000;
    if (unit == QLatin1String("ratio"))
        return 1000;
    if (unit == QLatin1String("days"))
        return 3653;
    return 1000000; // count, number
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

std::optional<double> parseFigure(const QString& text, bool* percent)
{
    // Digits, thousands in groups of three, an optional decimal part, an optional % sign.
    static const QRegularExpression figure(
        QStringLiteral("^([-+]?)(\\d{1,3}(?:,\\d{3})+|\\d+)?(?:\\.(\\d+))?\\s*(%?)$"));
    const QString t = text.trimmed();
    const auto m = figure.match(t);
    if (!m.hasMatch() || (m.capturedLength(2) == 0 && m.capturedLength(3) == 0))
        return std::nullopt;
    QString plain = m.captured(1) + m.captured(2).remove(QLatin1Char(','));
    if (m.capturedLength(2) == 0)
        plain += QLatin1Char('0');
    if (m.capturedLength(3) > 0)
        plain += QLatin1Char('.') + m.captured(3);
    bool ok = false;
    const double v = plain.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    if (percent)
        *percent = m.capturedLength(4) > 0;
    return v == 0 ? 0.0 : v; // no negative zero
}

std::optional<double> readFigure(const QString& text, const QString& unit, QString* problem)
{
    bool percent = false;
    const std::optional<double> v = parseFigure(text, &percent);
    QString why;
    if (!v)
        why = QCoreApplication::translate("IndicatorRules",
                                          "“%1” is not a number; write a figure such as 17, 66% or 1,234.")
                  .arg(text.trimmed());
    else if (percent && unit != QLatin1String("percentage"))
        why = QCoreApplication::translate("IndicatorRules",
                                          "“%1” is a percentage, but this figure is not one; write the "
                                          "figure itself, without %.")
                  .arg(text.trimmed());
    else
        why = validate(unit, *v);
    if (why.isEmpty())
        return v;
    if (problem)
        *problem = why;
    return std::nullopt;
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
