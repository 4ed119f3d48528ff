#pragma once

#include "Page.h"

#include <memory>

class QChart;
class QChartView;

namespace Ui {
class DashboardPage;
}

// The dashboard: the plan's true state before a meeting, in one glance (ratings by priority and over
// time, what changed since the last meeting, the ratings to question, overdue actions, key figures);
// every row opens what is behind it.
class DashboardPage : public Page
{
    Q_OBJECT
public:
    DashboardPage(AppContext& context, QWidget* parent = nullptr);
    ~DashboardPage() override;

    QString title() const override;
    int badge() const override;
    void reload() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void load();
    // The key figures' columns sized to what they hold: where the words of their headings (longer in
    // Welsh) would leave the figures' names no room, the headings are shortened, whole in a tooltip.
    void fitKeyFigureColumns();
    static void setChart(QChartView* view, QChart* chart);

    std::unique_ptr<Ui::DashboardPage> m_ui; // the layout: ui/DashboardPage.ui
};
