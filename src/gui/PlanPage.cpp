// Placeholder until the Plan page lands: replaced wholesale by its owner.
#include "Page.h"

#include <QLabel>
#include <QVBoxLayout>

namespace {
class PlanPage : public Page
{
public:
    PlanPage(AppContext& context, QWidget* parent) : Page(context, parent)
    {
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(new QLabel(tr("Plan"), this));
    }
    QString title() const override { return tr("Plan"); }
    void refresh() override {}
};
} // namespace

Page* createPlanPage(AppContext& context, QWidget* parent) { return new PlanPage(context, parent); }
