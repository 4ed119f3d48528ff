// Placeholder until the Dashboard page lands: replaced wholesale by its owner.
#include "Page.h"

#include <QLabel>
#include <QVBoxLayout>

namespace {
class DashboardPage : public Page
{
public:
    DashboardPage(AppContext& context, QWidget* parent) : Page(context, parent)
    {
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(new QLabel(tr("Dashboard"), this));
    }
    QString title() const override { return tr("Dashboard"); }
    void refresh() override {}
};
} // namespace

Page* createDashboardPage(AppContext& context, QWidget* parent) { return new DashboardPage(context, parent); }
