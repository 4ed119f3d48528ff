// The figure chart of the Figures page and the briefing pack (issue 11, defect 13): the comparison
// lines (England, statistical neighbours, the other teams) are told apart, each named in the legend.
#include "reports/FigureChart.h"
#include "store/Database.h"
#include "store/DemoData.h"
#include "store/StoreSql.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QSet>
#include <QTest>

class TestFigureChart : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    QList<qint64> m_teams;

private slots:
    void initTestCase()
    {
        m_db = Database::open(QStringLiteral(":memory:"), QStringLiteral("officer"));
        DemoData::create(*m_db);
        const QVariant team = StoreSql::scalar(
            *m_db, QStringLiteral("SELECT id FROM teams WHERE name = 'Referral and Assessment'"));
        QVERIFY(team.isValid());
        m_teams << team.toLongLong();
    }

    void comparisonsAreToldApartAndNamed()
    {
        FigureChart::Options options;
        options.comparisons = true;
        options.otherTeams = true;
        QChart* chart = FigureChart::build(*m_db, QStringLiteral("caseload_average"), m_teams, options);
        QChartView view(chart); // owns the chart; shown, so that what the legend hides is hidden
        view.resize(900, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(chart->legend()->isVisible());
        QSet<QString> looks;
        QStringList names;
        for (QAbstractSeries* series : chart->series()) {
            auto* line = qobject_cast<QLineSeries*>(series);
            if (!line || line->count() < 2 || line->name().isEmpty())
                continue;
            names << line->name();
            const QPen pen = line->pen();
            const QColor c = pen.color();
            // Not one grey for all: a colour of its own, or at least a dash of its own.
            QVERIFY2(!(c.red() == c.green() && c.green() == c.blue()) || pen.style() != Qt::SolidLine,
                     qPrintable(line->name()));
            const QString look = c.name() + QString::number(int(pen.style()));
            QVERIFY2(!looks.contains(look),
                     qPrintable(line->name() + QStringLiteral(" looks like another line")));
            looks << look;
            // Named in the legend, visibly.
            const auto markers = chart->legend()->markers(line);
            QVERIFY2(!markers.isEmpty() && markers.first()->isVisible(), qPrintable(line->name()));
            QCOMPARE(markers.first()->label(), line->name());
        }
        const QString all = names.join(QStringLiteral(", "));
        QVERIFY2(!names.filter(QStringLiteral("England")).isEmpty(), qPrintable(all));
        QVERIFY2(!names.filter(QStringLiteral("neighbours")).isEmpty(), qPrintable(all));
        QVERIFY2(names.size() >= 4, qPrintable(names.join(QStringLiteral(", "))));
    }
};

QTEST_MAIN(TestFigureChart)
#include "TestFigureChart.moc"
