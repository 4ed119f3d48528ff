#include "IndicatorRules.h"

#include <QCoreApplication>
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
        return QCoreApplication::translate("IndicatorRules", "A figure cannot be negative.");
    if (unit == QLatin1String("count") && std::floor(value) != value)
        return QCoreApplication::translate("IndicatorRules", "A count is a whole number.");
    if (unit == QLatin1String("percentage") && value > 100)
        return QCoreApplication::translate("IndicatorRules", "A percentage lies between 0 and 100.");
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

bool isFarFrom(double value, double previous)
{
    if (previous == 0)
        return value > 10;
    const double ratio = value / previous;
    return ratio > 1.5 || ratio < 0.5;
}

} // namespace IndicatorRules
