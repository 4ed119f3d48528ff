#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

// How a figure is judged against its indicator's bands. Green is the target band, Amber the
// tolerance band around it, Red anything else. A missing bound is unbounded on that side.
// Example, caseload per social worker: green 11–15, amber 0–18 → 17 is Amber, 19 is Red.
struct IndicatorBands
{
    std::optional<double> greenLow, greenHigh;
    std::optional<double> amberLow, amberHigh;

    bool isEmpty() const { return !greenLow && !greenHigh && !amberLow && !amberHigh; }
};

enum class FigureRating
{
    None,
    Green,
    Amber,
    Red
};

namespace IndicatorRules {

FigureRating rate(double value, const IndicatorBands& bands);
QString letter(FigureRating rating); // "G", "A", "R", "" for None
QString name(FigureRating rating);   // translated "Green", …
QString colour(FigureRating rating); // "#2e7d32" … (a name for QColor)

// Why `value` cannot be a figure of an indicator measured in `unit` ("count", "percentage", "ratio",
// "rate10k", "days", "number"); empty when it can. Counts are whole and not negative; percentages
// lie in 0–100; nothing is negative; and every unit has a plausible ceiling (plausibleMaximum), so
// that 1e308 children in care is refused rather than saved.
QString validate(const QString& unit, double value);
// The largest figure that is believable in `unit`: a million for counts and numbers, 10,000 for a
// rate per 10,000, 100 for a percentage, 1,000 for a ratio, ten years of days.
double plausibleMaximum(const QString& unit);

// Why `value` cannot be the figure of `key` beside the same team's other figures for that month
// (`sameMonth`: key → value); empty when it can. Vacancies cannot exceed established posts.
QString validateWithOthers(const QString& key, double value, const QHash<QString, double>& sameMonth);
// The keys whose figures validateWithOthers() compares with.
QStringList relatedKeys(const QString& key);

// Reads a figure as typed ("17", "66%", "1,234", "17.5"); nullopt when it is not a number. Commas
// are thousands separators only in groups of three ("1,234,567"; "1,2,3" is not a number);
// exponents ("1e308"), "inf", "nan" and hexadecimal are not figures. `percent`, when given, is set
// when the text ends in a % sign.
std::optional<double> parseFigure(const QString& text, bool* percent = nullptr);
// parseFigure() and validate() together, for a figure of an indicator measured in `unit`: a % sign
// is accepted only for percentages. nullopt, with `problem` saying what to type, when it cannot be.
std::optional<double> readFigure(const QString& text, const QString& unit, QString* problem);

// The value of a derived indicator's formula ("cases_held / case_holding_fte",
// "vacancies / (vacancies + fte_in_post) * 100") given its parts by key; nullopt when a part is
// missing, the formula cannot be read, or it divides by zero.
std::optional<double> evaluate(const QString& formula, const QHash<QString, double>& parts);
// The keys a formula names.
QStringList partsOf(const QString& formula);

// True when `value` is far from `previous` (more than half again, or under half): ask before saving.
bool isFarFrom(double value, double previous);

} // namespace IndicatorRules
