// Placeholder until the Meetings page lands: replaced wholesale by its owner.
#include "Page.h"

#include <QLabel>
#include <QVBoxLayout>

namespace {
class MeetingsPage : public Page
{
public:
    MeetingsPage(AppContext& context, QWidget* parent) : Page(context, parent)
    {
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(new QLabel(tr("Meetings"), this));
    }
    QString title() const override { return tr("Meetings"); }
    void refresh() override {}
};
} // namespace

Page* createMeetingsPage(AppContext& context, QWidget* parent) { return new MeetingsPage(context, parent); }
