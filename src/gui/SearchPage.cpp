// Placeholder until the Search page lands: replaced wholesale by its owner.
#include "Page.h"

#include <QLabel>
#include <QVBoxLayout>

namespace {
class SearchPage : public Page
{
public:
    SearchPage(AppContext& context, QWidget* parent) : Page(context, parent)
    {
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(new QLabel(tr("Search"), this));
    }
    QString title() const override { return tr("Search"); }
    void refresh() override {}
};
} // namespace

Page* createSearchPage(AppContext& context, QWidget* parent) { return new SearchPage(context, parent); }
