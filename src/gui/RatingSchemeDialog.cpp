#include "RatingSchemeDialog.h"

#include "RagDelegate.h"
#include "WindowSize.h"
#include "store/Database.h"
#include "ui_RatingSchemeDialog.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

namespace {

constexpr int IdRole = Qt::UserRole + 1;
constexpr int VersionRole = Qt::UserRole + 2;
constexpr int CodeRole = Qt::UserRole + 3;
constexpr int ColourNameRole = Qt::UserRole + 4;

} // namespace

RatingSchemeDialog::RatingSchemeDialog(Database& db, const PlanRepository::Plan& plan, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RatingSchemeDialog>()), m_db(db), m_plan(plan),
      m_readOnly(!db.may(Roles::mayChangeRatings))
{
    m_ui->setupUi(this); // the layout: ui/RatingSchemeDialog.ui
    m_table = m_ui->ratingStatuses;
    m_reviewDays = m_ui->reviewDays;
    m_message = m_ui->schemeMessage;
    m_shared = m_ui->schemeSharedNote;
    setWindowTitle(m_readOnly ? tr("Rating Scheme of %1").arg(plan.title)
                              : tr("Edit Rating Scheme of %1").arg(plan.title));
    colourChooser = [](const QColor& current, QWidget* parent) {
        return QColorDialog::getColor(current, parent, tr("Colour of the Rating"));
    };

    m_ui->intro->setText(
        m_readOnly ? tr("How this plan's milestones are rated, best first. You may read the scheme; clerks, "
                        "officers and administrators change it.")
                   : tr("How this plan's milestones are rated, best first: the last status is treated as Red "
                        "(a flag is raised when it has no open action). Every status needs a letter, so that "
                        "a rating never depends on colour alone."));

    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Definition, QHeaderView::Stretch);
    m_table->setEditTriggers(m_readOnly
                                 ? QAbstractItemView::NoEditTriggers
                                 : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                       QAbstractItemView::AnyKeyPressed);
    m_table->setItemDelegateForColumn(Letter, new RagDelegate(m_table));

    if (m_readOnly) {
        delete m_ui->statusButtons; // nothing to change: no buttons that would change it
    } else {
        m_add = m_ui->addStatus;
        m_remove = m_ui->removeStatus;
        m_colour = m_ui->colourStatus;
        m_up = m_ui->moveStatusUp;
        m_down = m_ui->moveStatusDown;
        connect(m_add, &QPushButton::clicked, this, &RatingSchemeDialog::addStatus);
        connect(m_remove, &QPushButton::clicked, this, [this] { removeStatus(currentRow()); });
        connect(m_colour, &QPushButton::clicked, this, [this] { chooseColour(currentRow()); });
        connect(m_up, &QPushButton::clicked, this, [this] { moveStatus(currentRow(), -1); });
        connect(m_down, &QPushButton::clicked, this, [this] { moveStatus(currentRow(), +1); });
        connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
            if (column == Colour)
                chooseColour(row);
        });
        connect(m_table, &QTableWidget::currentCellChanged, this, &RatingSchemeDialog::updateButtons);
    }

    m_reviewDays->setReadOnly(m_readOnly);
    m_message->setVisible(false);
    m_shared->setVisible(false);

    if (m_readOnly)
        m_ui->buttons->setStandardButtons(QDialogButtonBox::Close);
    m_save = m_ui->buttons->button(QDialogButtonBox::Save);
    if (m_save)
        m_save->setObjectName(QStringLiteral("saveScheme"));

    load();
    showSharing();
    WindowSize::fit(this, {880, 420});
}

RatingSchemeDialog::~RatingSchemeDialog() = default;

// Names the plans rated with this scheme when there is more than this one, so that nobody changes
// the ratings of another year's plan without knowing; the Save button says so too.
void RatingSchemeDialog::showSharing()
{
    QList<PlanRepository::PlanUsingScheme> plans;
    try {
        plans = PlanRepository(m_db).plansUsingScheme(m_plan.schemeId);
    } catch (const StoreError& e) {
        m_shared->setText(tr("Whether other plans use this scheme could not be checked (%1). Close the "
                             "dialog and open it again before changing the scheme.")
                              .arg(e.message().toHtmlEscaped()));
        m_shared->setVisible(true);
        return;
    }
    if (plans.size() < 2) {
        m_shared->clear();
        m_shared->setVisible(false);
        return;
    }
    constexpr int named = 5;
    QStringList titles;
    for (int i = 0; i < plans.size() && i < named; ++i) {
        QString title = plans.at(i).title.toHtmlEscaped();
        if (plans.at(i).id == m_plan.id)
            title = tr("<b>%1</b> (this plan)").arg(title);
        titles << title;
    }
    if (plans.size() > named) {
        bool thisOneNamed = false;
        for (int i = 0; i < named; ++i)
            thisOneNamed = thisOneNamed || plans.at(i).id == m_plan.id;
        if (!thisOneNamed)
            titles << tr("<b>%1</b> (this plan)").arg(m_plan.title.toHtmlEscaped());
        const int more = int(plans.size()) - int(titles.size());
        if (more > 0)
            titles << (more == 1 ? tr("and 1 more") : tr("and %1 more").arg(more));
    }
    const QString list = titles.join(QStringLiteral(", "));
    m_shared->setText(m_readOnly ? tr("⚠ This scheme is used by %1 plans: %2; it rates the milestones of "
                                      "all of them.")
                                       .arg(plans.size())
                                       .arg(list)
                                 : tr("⚠ This scheme is used by %1 plans: %2; a change applies to all of "
                                      "them (the review period below is this plan's own).")
                                       .arg(plans.size())
                                       .arg(list));
    m_shared->setVisible(true);
    m_table->horizontalHeaderItem(InUse)->setToolTip(
        tr("Milestones rated with this status now, in all %1 plans that use the scheme.").arg(plans.size()));
    if (m_save) {
        m_save->setText(tr("&Save for All %1 Plans").arg(plans.size()));
        m_save->setToolTip(tr("Saving changes the rating scheme of every plan named above."));
    }
}

QString RatingSchemeDialog::sharedNote() const
{
    return m_shared->isHidden() ? QString() : m_shared->text();
}

void RatingSchemeDialog::load()
{
    m_table->setRowCount(0);
    PlanRepository repo(m_db);
    for (const auto& s : m_plan.statuses) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        int inUse = 0;
        try {
            inUse = repo.milestonesRatedWith(s.id);
        } catch (const StoreError&) {
        }
        setRow(row, s, inUse);
    }
    m_reviewDays->setValue(m_plan.reviewDays);
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(Name, qMax(m_table->columnWidth(Name), 110));
    m_table->setColumnWidth(Colour, qMax(m_table->columnWidth(Colour), 120));
    m_table->setColumnWidth(Letter, qMax(m_table->columnWidth(Letter), 60));
    m_table->horizontalHeader()->setSectionResizeMode(Definition, QHeaderView::Stretch);
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(0, Letter);
    updateButtons();
}

void RatingSchemeDialog::setRow(int row, const PlanRepository::Status& s, int inUse)
{
    const Qt::ItemFlags readFlags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const Qt::ItemFlags editFlags = m_readOnly ? readFlags : readFlags | Qt::ItemIsEditable;
    const Qt::ItemFlags checkFlags = m_readOnly ? readFlags : readFlags | Qt::ItemIsUserCheckable;

    auto* letter = new QTableWidgetItem(s.letter);
    letter->setData(IdRole, s.id);
    letter->setData(VersionRole, s.version);
    letter->setData(CodeRole, s.code);
    letter->setFlags(editFlags);
    m_table->setItem(row, Letter, letter);
    auto* name = new QTableWidgetItem(s.name);
    name->setFlags(editFlags);
    m_table->setItem(row, Name, name);
    auto* colour = new QTableWidgetItem;
    colour->setFlags(readFlags);
    colour->setToolTip(m_readOnly ? QString() : tr("Double-click, or press Colour…, to choose the colour."));
    m_table->setItem(row, Colour, colour);
    paintColour(row, QColor(s.colour));
    auto* onTrack = new QTableWidgetItem;
    onTrack->setFlags(checkFlags);
    onTrack->setCheckState(s.onTrack ? Qt::Checked : Qt::Unchecked);
    m_table->setItem(row, OnTrack, onTrack);
    auto* complete = new QTableWidgetItem;
    complete->setFlags(checkFlags);
    complete->setCheckState(s.meansComplete ? Qt::Checked : Qt::Unchecked);
    m_table->setItem(row, MeansComplete, complete);
    auto* used = new QTableWidgetItem(QString::number(inUse));
    used->setFlags(readFlags);
    used->setTextAlignment(Qt::AlignCenter);
    m_table->setItem(row, InUse, used);
    auto* definition = new QTableWidgetItem(s.definition);
    definition->setFlags(editFlags);
    definition->setToolTip(s.definition);
    m_table->setItem(row, Definition, definition);
}

void RatingSchemeDialog::paintColour(int row, const QColor& colour)
{
    QTableWidgetItem* item = m_table->item(row, Colour);
    if (!item)
        return;
    item->setData(ColourNameRole, colour.name());
    item->setText(colour.name());
    QPixmap swatch(fontMetrics().height() * 2, fontMetrics().height() - 2);
    swatch.fill(colour);
    item->setData(Qt::DecorationRole, swatch);
    // The letter column shows the rating as the plan page will: its letter on its colour.
    if (QTableWidgetItem* letter = m_table->item(row, Letter))
        letter->setData(RagDelegate::ColourRole, colour.name());
}

QList<PlanRepository::Status> RatingSchemeDialog::statuses() const
{
    QList<PlanRepository::Status> out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        PlanRepository::Status s;
        const QTableWidgetItem* letter = m_table->item(r, Letter);
        s.id = letter->data(IdRole).toLongLong();
        s.version = letter->data(VersionRole).toInt();
        s.code = letter->data(CodeRole).toString();
        s.letter = letter->text().trimmed();
        s.name = m_table->item(r, Name)->text().trimmed();
        s.colour = m_table->item(r, Colour)->data(ColourNameRole).toString();
        s.definition = m_table->item(r, Definition)->text().trimmed();
        s.onTrack = m_table->item(r, OnTrack)->checkState() == Qt::Checked;
        s.meansComplete = m_table->item(r, MeansComplete)->checkState() == Qt::Checked;
        s.rank = r;
        out.append(s);
    }
    return out;
}

QString RatingSchemeDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void RatingSchemeDialog::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

int RatingSchemeDialog::currentRow() const
{
    return m_table->currentRow();
}

void RatingSchemeDialog::updateButtons()
{
    if (m_readOnly)
        return;
    const int row = currentRow();
    m_remove->setEnabled(row >= 0);
    m_colour->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_table->rowCount() - 1);
}

void RatingSchemeDialog::addStatus()
{
    if (m_readOnly)
        return;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    PlanRepository::Status s;
    s.name = tr("New status");
    s.colour = QStringLiteral("#757575");
    setRow(row, s, 0);
    m_table->setCurrentCell(row, Letter);
    m_table->editItem(m_table->item(row, Letter));
    showMessage(tr("Give the new status a letter, a name, a colour and a definition, then put it in order."));
    updateButtons();
}

bool RatingSchemeDialog::removeStatus(int row)
{
    if (m_readOnly || row < 0 || row >= m_table->rowCount())
        return false;
    const PlanRepository::Status s = statuses().at(row);
    try {
        PlanRepository::Status named = s;
        // Say the name it was saved with: that is the one the milestones show.
        if (const auto* saved = m_plan.status(s.id))
            named.name = saved->name;
        if (const QString why = PlanRepository(m_db).whyNotRemovable(named); !why.isEmpty()) {
            showMessage(why);
            return false;
        }
    } catch (const StoreError& e) {
        showMessage(e.message());
        return false;
    }
    m_table->removeRow(row);
    showMessage(QString());
    updateButtons();
    return true;
}

void RatingSchemeDialog::moveStatus(int row, int delta)
{
    const int to = row + delta;
    if (m_readOnly || row < 0 || row >= m_table->rowCount() || to < 0 || to >= m_table->rowCount())
        return;
    QList<QTableWidgetItem*> a, b;
    for (int c = 0; c < ColumnCount; ++c) {
        a << m_table->takeItem(row, c);
        b << m_table->takeItem(to, c);
    }
    for (int c = 0; c < ColumnCount; ++c) {
        m_table->setItem(to, c, a.at(c));
        m_table->setItem(row, c, b.at(c));
    }
    m_table->setCurrentCell(to, m_table->currentColumn() < 0 ? Letter : m_table->currentColumn());
    updateButtons();
}

void RatingSchemeDialog::chooseColour(int row)
{
    if (m_readOnly || row < 0 || row >= m_table->rowCount() || !colourChooser)
        return;
    const QColor chosen =
        colourChooser(QColor(m_table->item(row, Colour)->data(ColourNameRole).toString()), this);
    if (chosen.isValid())
        paintColour(row, chosen);
}

bool RatingSchemeDialog::save()
{
    if (m_readOnly)
        return false;
    try {
        PlanRepository(m_db).saveScheme(m_plan, statuses(), m_reviewDays->value());
    } catch (const StoreError& e) {
        showMessage(e.message());
        return false;
    }
    showMessage(QString());
    return true;
}

void RatingSchemeDialog::accept()
{
    if (m_readOnly || save())
        QDialog::accept();
}
