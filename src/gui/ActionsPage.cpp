// Placeholder until the Actions page lands: replaced wholesale by its owner.
#include "Page.h"

#include <QLabel>
#include <QVBoxLayout>

namespace {
class ActionsPage : public Page
{
public:
    ActionsPage(AppContext& context, QWidget* parent) : Page(context, parent)
    {
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(new QLabel(tr("Actions"), this));
    }
    QString title() const override { return tr("Actions"); }
    void refresh() override {}
};
} // namespace

Page* createActionsPage(AppContext& context, QWidget* parent) { return new ActionsPage(context, parent); }
