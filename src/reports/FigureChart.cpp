#include "FigureChart.h"

#include "core/BritishDate.h"
#include "core/Translations.h"
#include "store/Database.h"
#include "store/IndicatorRepository.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QDate>
#include <QGraphicsScene>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace FigureChart {

namespace {

// The context of this file's strings, the same for tr() at run time and for lupdate.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FigureChart)
};

// Colours of the chosen teams' lines, told apart from the rating colours.
const QColor teamColours[] = {QColor(0x15, 0x65, 0xc0), QColor(0x6a, 0x1b, 0x9a), QColor(0x00, 0x83, 0x8f),
                              QColor(0x4e, 0x34, 0x2e)};

QString monthLabel(const QString& period)
{
    return BritishDate::period(period);
}

QString number(double v)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(v, 'g', 6);
}

} // namespace

QChart* build(const Database& db, const QString& indicatorKey, const QList<qint64>& teamIds,
              const Options& options)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->setVisible(true);
    chart->legend()->setShowToolTips(true);
    // Reads only: the repository's writing functions are never called here.
    IndicatorRepository repo(const_cast<Database&>(db));
    const auto all = repo.indicators();
    const auto found =
        std::find_if(all.begin(), all.end(), [&](const auto& i) { return i.key == indicatorKey; });
    if (found == all.end()) {
        chart->setTitle(Text::tr("No indicator called %1").arg(indicatorKey));
        return chart;
    }
    const IndicatorRepository::Indicator ind = *found;
    chart->setTitle(ind.unit == QLatin1String("percentage") ? Text::tr("%1 (%)").arg(ind.name) : ind.name);

    struct Line
    {
        IndicatorRepository::Team team;
        QList<IndicatorRepository::Point> points;
        bool chosen = false;
    };
    QList<Line> lines;
    const auto teams = repo.teams();
    for (qint64 id : teamIds)
        for (const auto& t : teams)
            if (t.id == id)
                lines.append({t, repo.series(ind.id, t.id), true});
    for (const auto& t : teams) {
        if (teamIds.contains(t.id))
            continue;
        const bool comparison = t.kind == QLatin1String("national") || t.kind == QLatin1String("neighbours");
        if ((comparison && options.comparisons) || (!comparison && options.otherTeams))
            lines.append({t, repo.series(ind.id, t.id), false});
    }

    // The months shown: those of the chosen teams (or of every line when they have none).
    QStringList periods;
    for (const auto& l : lines)
        if (l.chosen)
            for (const auto& p : l.points)
                periods << p.period;
    if (periods.isEmpty())
        for (const auto& l : lines)
            for (const auto& p : l.points)
                periods << p.period;
    std::sort(periods.begin(), periods.end());
    periods.erase(std::unique(periods.begin(), periods.end()), periods.end());
    if (options.lastPeriods > 0 && periods.size() > options.lastPeriods)
        periods = periods.mid(periods.size() - options.lastPeriods);
    if (periods.isEmpty()) {
        chart->setTitle(Text::tr("%1: no figures entered yet").arg(ind.name));
        return chart;
    }
    QHash<QString, int> column;
    for (int i = 0; i < periods.size(); ++i)
        column.insert(periods.at(i), i);
    const double lastX = qMax(1, int(periods.size()) - 1);

    double high = 0;
    for (const auto& l : lines)
        for (const auto& p : l.points)
            if (column.contains(p.period))
                high = qMax(high, p.value);
    if (ind.bands.greenHigh)
        high = qMax(high, qMin(*ind.bands.greenHigh, high * 1.5));
    if (ind.bands.greenLow)
        high = qMax(high, *ind.bands.greenLow);
    if (ind.unit == QLatin1String("percentage"))
        high = qMin(100.0, high * 1.1);
    else
        high *= 1.15;
    if (high <= 0)
        high = 1;

    // The target band, shaded.
    if (ind.bands.greenLow || ind.bands.greenHigh) {
        const double gl = ind.bands.greenLow.value_or(0);
        const double gh = qMin(ind.bands.greenHigh.value_or(high), high);
        auto* top = new QLineSeries;
        auto* bottom = new QLineSeries;
        top->append(0, gh);
        top->append(lastX, gh);
        bottom->append(0, gl);
        bottom->append(lastX, gl);
        auto* band = new QAreaSeries(top, bottom);
        if (ind.bands.greenLow && ind.bands.greenHigh)
            band->setName(Text::tr("Target %1–%2").arg(number(gl), number(*ind.bands.greenHigh)));
        else if (ind.bands.greenLow)
            band->setName(Text::tr("Target %1 or more").arg(number(gl)));
        else
            band->setName(Text::tr("Target %1 or less").arg(number(*ind.bands.greenHigh)));
        band->setColor(QColor(46, 125, 50, 45));
        band->setBorderColor(QColor(46, 125, 50, 130));
        chart->addSeries(band);
    }

    // Comparison lines (thin) first, so the chosen teams' lines sit on top of them.
    int otherIndex = 0;
    for (const auto& l : lines) {
        if (l.chosen || l.points.isEmpty())
            continue;
        auto* line = new QLineSeries;
        const bool national = l.team.kind == QLatin1String("national");
        line->setName(l.team.kind == QLatin1String("team") || l.team.kind == QLatin1String("service") ||
                              l.team.name.contains(national ? Text::tr("national") : Text::tr("neighbours"),
                                                   Qt::CaseInsensitive)
                          ? l.team.name
                          : (national ? Text::tr("%1 (national)") : Text::tr("%1 (statistical neighbours)"))
                                .arg(l.team.name));
        // Each comparison told apart by colour and by dash (and named in the legend): England dark
        // red-brown dashed, statistical neighbours purple dotted, the other teams each a muted colour.
        static const QColor others[] = {QColor(0x8d, 0x6e, 0x63), QColor(0x00, 0x89, 0x7b),
                                        QColor(0xf9, 0xa8, 0x25), QColor(0x5c, 0x6b, 0xc0),
                                        QColor(0xad, 0x14, 0x57)};
        const bool neighbours = l.team.kind == QLatin1String("neighbours");
        QPen pen(national     ? QColor(0x6d, 0x2c, 0x1f)
                 : neighbours ? QColor(0x7b, 0x1f, 0xa2)
                              : others[otherIndex++ % 5]);
        pen.setWidthF(national || neighbours ? 1.8 : 1.4);
        pen.setStyle(national ? Qt::DashLine : (neighbours ? Qt::DotLine : Qt::SolidLine));
        line->setPen(pen);
        for (const auto& p : l.points)
            if (column.contains(p.period))
                line->append(column.value(p.period), p.value);
        chart->addSeries(line);
    }

    // The chosen teams: a thick line each, and every point marked by its rating.
    const FigureRating kinds[3] = {FigureRating::Green, FigureRating::Amber, FigureRating::Red};
    const QScatterSeries::MarkerShape shapes[3] = {QScatterSeries::MarkerShapeCircle,
                                                   QScatterSeries::MarkerShapeTriangle,
                                                   QScatterSeries::MarkerShapeRectangle};
    QScatterSeries* rated[3];
    const bool labelled = periods.size() <= 24;
    for (int k = 0; k < 3; ++k) {
        rated[k] = new QScatterSeries;
        rated[k]->setName(
            Text::tr("%1 (%2)").arg(IndicatorRules::name(kinds[k]), IndicatorRules::letter(kinds[k])));
        rated[k]->setColor(QColor(IndicatorRules::colour(kinds[k])));
        rated[k]->setBorderColor(QColor(IndicatorRules::colour(kinds[k])).darker(150));
        rated[k]->setMarkerShape(shapes[k]);
        rated[k]->setMarkerSize(labelled ? 10 : 7);
        rated[k]->setPointLabelsVisible(labelled);
        rated[k]->setPointLabelsFormat(IndicatorRules::letter(kinds[k]));
        rated[k]->setPointLabelsColor(QColor(IndicatorRules::colour(kinds[k])).darker(160));
    }
    int colourIndex = 0;
    for (const auto& l : lines) {
        if (!l.chosen)
            continue;
        auto* line = new QLineSeries;
        line->setName(l.team.name);
        QPen pen(teamColours[colourIndex++ % 4]);
        pen.setWidthF(2.5);
        line->setPen(pen);
        for (const auto& p : l.points) {
            if (!column.contains(p.period))
                continue;
            const int x = column.value(p.period);
            line->append(x, p.value);
            const FigureRating r = IndicatorRules::rate(p.value, ind.bands);
            for (int k = 0; k < 3; ++k)
                if (r == kinds[k])
                    rated[k]->append(x, p.value);
        }
        chart->addSeries(line);
    }
    for (auto* s : rated) {
        if (s->count())
            chart->addSeries(s);
        else
            delete s;
    }

    auto* axisX = new QCategoryAxis;
    axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // At most eight labels; six in Welsh, whose month names are wider ("Rhag 16", "Gorff 17").
    const double labels = Translations::isWelsh() ? 6.0 : 8.0;
    const int step = qMax(1, int(std::ceil(periods.size() / labels)));
    // Categories must be added left to right; the latest month is always labelled.
    for (int i = (int(periods.size()) - 1) % step; i < periods.size(); i += step)
        axisX->append(monthLabel(periods.at(i)), i);
    axisX->setRange(0, lastX);
    auto* axisY = new QValueAxis;
    axisY->setRange(0, high);
    axisY->setLabelFormat(ind.unit == QLatin1String("count") || high > 20 ? QStringLiteral("%.0f")
                                                                          : QStringLiteral("%.1f"));
    axisY->applyNiceNumbers();
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (auto* s : chart->series()) {
        s->attachAxis(axisX);
        s->attachAxis(axisY);
    }
    return chart;
}

QImage render(const Database& db, const QString& indicatorKey, const QList<qint64>& teamIds, QSize size,
              const Options& options)
{
    QGraphicsScene scene;
    QChart* chart = build(db, indicatorKey, teamIds, options);
    scene.addItem(chart); // the scene owns the chart from here
    chart->setGeometry(QRectF(QPointF(0, 0), size));
    scene.setSceneRect(QRectF(QPointF(0, 0), size));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), size), QRectF(QPointF(0, 0), size));
    painter.end();
    return image;
}

} // namespace FigureChart

QImage renderIndicatorChart(const Database& db, const QString& indicatorKey, const QList<qint64>& teamIds,
                            QSize size)
{
    FigureChart::Options options;
    options.lastPeriods = 24;
    return FigureChart::render(db, indicatorKey, teamIds, size, options);
}
