// Placeholder until the Figures page lands: replaced wholesale by its owner.
#include "Page.h"

#include <QLabel>
#include <QVBoxLayout>

namespace {
class FiguresPage : public Page
{
public:
    FiguresPage(AppContext& context, QWidget* parent) : Page(context, parent)
    {
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(new QLabel(tr("Figures"), this));
    }
    QString title() const override { return tr("Figures"); }
    void refresh() override {}
};
} // namespace

Page* createFiguresPage(AppContext& context, QWidget* parent) { return new FiguresPage(context, parent); }
