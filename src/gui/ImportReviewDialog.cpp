#include "ImportReviewDialog.h"

#include "core/BritishDate.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <memory>
#include <poppler-qt6.h>

namespace {

enum Kind { Field = 1, Person, Item, Resolution, Action, Suggestion };
constexpr int KindRole = Qt::UserRole + 1;
constexpr int KeyRole = Qt::UserRole + 2;
constexpr int PageRole = Qt::UserRole + 3;
constexpr int OwnerRole = Qt::UserRole + 4;

QTreeWidgetItem* row(QTreeWidgetItem* parent, Kind kind, const QString& label, const QString& value, int page, bool checkable)
{
    auto* item = new QTreeWidgetItem(parent, {label, value});
    item->setData(0, KindRole, kind);
    item->setData(0, PageRole, page);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    if (checkable)
        item->setCheckState(0, Qt::Checked);
    return item;
}

} // namespace

ImportReviewDialog::ImportReviewDialog(const QString& path, const SourceDocument& source, const ParsedMinutes& minutes, QWidget* parent)
    : QDialog(parent), m_path(path), m_source(source), m_minutes(minutes)
{
    setWindowTitle(tr("Import Minutes: %1").arg(QFileInfo(path).fileName()));
    resize(1200, 800);
    auto* layout = new QVBoxLayout(this);
    auto* splitter = new QSplitter(this);
    auto* left = new QWidget(splitter);
    auto* ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 0, 0);
    auto* nav = new QHBoxLayout;
    m_pageLabel = new QLabel(tr("&Page:"), left);
    m_pageBox = new QSpinBox(left);
    m_pageBox->setRange(1, qMax(1, source.pages));
    m_pageLabel->setBuddy(m_pageBox);
    nav->addWidget(m_pageLabel);
    nav->addWidget(m_pageBox);
    nav->addWidget(new QLabel(tr("of %1").arg(qMax(1, source.pages)), left));
    nav->addStretch();
    ll->addLayout(nav);
    auto* scroll = new QScrollArea(left);
    m_page = new QLabel(scroll);
    m_page->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    scroll->setWidget(m_page);
    scroll->setWidgetResizable(true);
    ll->addWidget(scroll, 1);
    m_tree = new QTreeWidget(splitter);
    m_tree->setObjectName(QStringLiteral("reviewTree"));
    m_tree->setHeaderLabels({tr("What was found"), tr("Text (double-click to correct)")});
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_tree->setWordWrap(true);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    splitter->addWidget(left);
    splitter->addWidget(m_tree);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({580, 620});
    layout->addWidget(splitter, 1);
    if (!minutes.warnings.isEmpty()) {
        auto* warnings = new QLabel(QStringLiteral("⚠ ") + tr("%n warning(s): %1", nullptr, int(minutes.warnings.size()))
                                                              .arg(minutes.warnings.join(QStringLiteral("; "))),
                                    this);
        warnings->setWordWrap(true);
        warnings->setObjectName(QStringLiteral("importWarnings"));
        layout->addWidget(warnings);
    }
    auto* note = new QLabel(tr("Untick anything that should not be saved; tick suggested actions to keep them. Nothing is saved until you choose Save."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save to Database"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_pageBox, &QSpinBox::valueChanged, this, &ImportReviewDialog::showPage);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item && item->data(0, PageRole).toInt() > 0)
            m_pageBox->setValue(item->data(0, PageRole).toInt());
    });
    build();
    showPage(1);
}

void ImportReviewDialog::build()
{
    const ParsedMinutes& m = m_minutes;
    auto* meeting = new QTreeWidgetItem(m_tree, {tr("Meeting"), QString()});
    auto field = [&](const QString& key, const QString& label, const QString& value) {
        row(meeting, Field, label, value, 1, false)->setData(0, KeyRole, key);
    };
    field(QStringLiteral("council"), tr("Council"), m.council);
    field(QStringLiteral("committee"), tr("Committee"), m.committee);
    field(QStringLiteral("date"), tr("Date"), m.date.isValid() ? BritishDate::longDate(m.date) : QString());
    field(QStringLiteral("time"), tr("Time"), m.time.isValid() ? m.time.toString(QStringLiteral("HH:mm")) : QString());
    field(QStringLiteral("venue"), tr("Venue"), m.venue);
    field(QStringLiteral("contact"), tr("Contact"), m.contact);
    auto* present = new QTreeWidgetItem(m_tree, {tr("Present (%1)").arg(m.present.size()), QString()});
    for (const QString& p : m.present)
        row(present, Person, QString(), p, 1, true)->setData(0, KeyRole, QStringLiteral("present"));
    auto* apologies = new QTreeWidgetItem(m_tree, {tr("Apologies (%1)").arg(m.apologies.size()), QString()});
    for (const QString& p : m.apologies)
        row(apologies, Person, QString(), p, 1, true)->setData(0, KeyRole, QStringLiteral("apologies"));
    for (const ParsedItem& item : m.items) {
        auto* top = row(m_tree->invisibleRootItem(), Item, item.number.isEmpty() ? tr("Item") : item.number, item.title, item.page, true);
        top->setData(0, KeyRole, item.number);
        QFont bold = top->font(1);
        bold.setBold(true);
        top->setFont(1, bold);
        for (int r = 0; r < item.resolutions.size(); ++r)
            row(top, Resolution, tr("Resolution %1").arg(r + 1), item.resolutions.at(r), item.page, true);
        for (const ParsedAction& a : item.actions) {
            auto* act = row(top, Action, tr("Action · %1%2").arg(a.owner, a.due.isValid() ? tr(" · due %1").arg(BritishDate::shortDate(a.due)) : QString()),
                            a.text, a.page > 0 ? a.page : item.page, true);
            act->setData(0, OwnerRole, a.owner);
            act->setData(0, KeyRole, a.due);
        }
        for (const ParsedAction& a : item.suggestedActions) {
            auto* s = row(top, Suggestion, tr("Suggested action"), a.text, item.page, true);
            s->setCheckState(0, Qt::Unchecked);
            s->setForeground(0, QColor(0x8d, 0x6e, 0x00));
        }
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(0);
}

void ImportReviewDialog::showPage(int page)
{
    if (page == m_shownPage)
        return;
    m_shownPage = page;
    if (m_source.kind != QLatin1String("pdf")) {
        m_page->setText(tr("(plain-text minutes: no page to show)"));
        return;
    }
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(m_path);
    if (!doc || doc->isLocked()) {
        m_page->setText(tr("The page cannot be shown."));
        return;
    }
    doc->setRenderHint(Poppler::Document::Antialiasing);
    doc->setRenderHint(Poppler::Document::TextAntialiasing);
    std::unique_ptr<Poppler::Page> p(doc->page(page - 1));
    if (!p) {
        m_page->setText(tr("The page cannot be shown."));
        return;
    }
    m_page->setPixmap(QPixmap::fromImage(p->renderToImage(90, 90)));
}

ParsedMinutes ImportReviewDialog::result() const
{
    ParsedMinutes out;
    out.warnings = m_minutes.warnings;
    for (int t = 0; t < m_tree->topLevelItemCount(); ++t) {
        QTreeWidgetItem* top = m_tree->topLevelItem(t);
        for (int c = 0; c < top->childCount(); ++c) {
            QTreeWidgetItem* child = top->child(c);
            const int kind = child->data(0, KindRole).toInt();
            const QString key = child->data(0, KeyRole).toString();
            const QString value = child->text(1).trimmed();
            if (kind == Field) {
                if (key == QLatin1String("council"))
                    out.council = value;
                else if (key == QLatin1String("committee"))
                    out.committee = value;
                else if (key == QLatin1String("date"))
                    out.date = BritishDate::parse(value).isValid() ? BritishDate::parse(value) : m_minutes.date;
                else if (key == QLatin1String("time"))
                    out.time = BritishDate::parseTime(value);
                else if (key == QLatin1String("venue"))
                    out.venue = value;
                else if (key == QLatin1String("contact"))
                    out.contact = value;
            } else if (kind == Person && child->checkState(0) == Qt::Checked) {
                (key == QLatin1String("present") ? out.present : out.apologies) << value;
            }
        }
        if (top->data(0, KindRole).toInt() != Item || top->checkState(0) != Qt::Checked)
            continue;
        ParsedItem item;
        item.number = top->data(0, KeyRole).toString();
        item.title = top->text(1).trimmed();
        item.page = top->data(0, PageRole).toInt();
        for (const ParsedItem& original : m_minutes.items)
            if (original.number == item.number) {
                item.text = original.text;
                item.reportRefs = original.reportRefs;
            }
        for (int c = 0; c < top->childCount(); ++c) {
            QTreeWidgetItem* child = top->child(c);
            if (child->checkState(0) != Qt::Checked)
                continue;
            const int kind = child->data(0, KindRole).toInt();
            if (kind == Resolution)
                item.resolutions << child->text(1).trimmed();
            else if (kind == Action)
                item.actions << ParsedAction{child->text(1).trimmed(), child->data(0, OwnerRole).toString(), child->data(0, KeyRole).toDate(),
                                             child->data(0, PageRole).toInt()};
            else if (kind == Suggestion)
                item.actions << ParsedAction{child->text(1).trimmed(), QString(), {}, child->data(0, PageRole).toInt()};
        }
        out.items << item;
    }
    return out;
}
