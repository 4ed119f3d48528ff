// Figures: the validating entry grid (indicators × months for a team) and the chart of the chosen indicator.
#include "FiguresPage.h"

#include "FigureImportDialog.h"
#include "FiguresModel.h"
#include "FiguresTable.h"
#include "IndicatorCatalogueDialog.h"
#include "reports/FigureChart.h"
#include "store/Database.h"
#include "ui_FiguresPage.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QUndoStack>

namespace {

// Paints a small mark in the top right corner of a figure that has a comment (as spreadsheets do);
// the comment itself is in the tooltip.
class CommentMarkDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        if (index.data(FiguresModel::CommentRole).toString().isEmpty())
            return;
        const QRect r = option.rect;
        const int size = qMax(6, r.height() / 3);
        QPainterPath mark;
        mark.moveTo(r.right() - size, r.top());
        mark.lineTo(r.right(), r.top());
        mark.lineTo(r.right(), r.top() + size);
        mark.closeSubpath();
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->fillPath(mark, QColor(QStringLiteral("#6a1b9a")));
        painter->restore();
    }
};

} // namespace

FiguresPage::FiguresPage(AppContext& context, QWidget* parent)
    : Page(context, parent), m_ui(std::make_unique<Ui::FiguresPage>())
{
    const bool mayEnter = context.db().may(Roles::mayEnterFigures);
    m_catalogueAction = new QAction(tr("Indicator &Catalogue…"), this);
    m_catalogueAction->setObjectName(QStringLiteral("catalogueAction"));
    m_catalogueAction->setStatusTip(tr("The indicators, their definitions, targets and linked priorities"));
    m_importAction = new QAction(tr("&Import Figures from CSV…"), this);
    m_importAction->setObjectName(QStringLiteral("importFiguresAction"));
    m_importAction->setStatusTip(
        tr("Preview a CSV of figures (period, team, indicator, value), then import it"));
    m_importAction->setEnabled(mayEnter);
    m_saveChartAction = new QAction(tr("Save Chart as &PNG…"), this);
    m_saveChartAction->setObjectName(QStringLiteral("saveChartAction"));
    m_commentAction = new QAction(tr("&Comment…"), this);
    m_commentAction->setObjectName(QStringLiteral("commentAction"));
    m_commentAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F2));
    m_commentAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_commentAction->setStatusTip(tr("Add or change the comment on the chosen figure"));
    m_commentAction->setEnabled(mayEnter);

    m_ui->setupUi(this); // the layout: ui/FiguresPage.ui
    m_ui->importFiguresButton->setEnabled(mayEnter);
    m_model = new FiguresModel(context.db(), this);
    m_model->setEditable(mayEnter);
    m_model->setUndoStack(context.undoStack(PageId::Figures));
    m_ui->figuresGrid->setModel(m_model);
    m_ui->figuresGrid->setItemDelegate(new CommentMarkDelegate(m_ui->figuresGrid));
    // Columns sized to their figures once a team is loaded and when a figure changes, rows of one
    // line: sizing every cell on every layout (ResizeToContents) was most of the page's first show.
    m_ui->figuresGrid->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->figuresGrid->verticalHeader()->setDefaultSectionSize(m_ui->figuresGrid->fontMetrics().height() + 6);
    connect(m_model, &QAbstractItemModel::dataChanged, m_ui->figuresGrid,
            [this](const QModelIndex& from, const QModelIndex& to) {
                for (int c = from.column(); c <= to.column(); ++c)
                    m_ui->figuresGrid->resizeColumnToContents(c);
            });
    m_ui->figuresGrid->addAction(m_commentAction);
    m_ui->figuresGrid->commentAction = m_commentAction;
    m_ui->figuresGrid->onPasted = [this](int tried, const QStringList& refusals) {
        if (tried == 0)
            return;
        if (refusals.isEmpty())
            showMessage(tried == 1 ? tr("1 figure pasted and saved.")
                                   : tr("%1 figures pasted and saved.").arg(tried),
                        false);
        else if (refusals.size() == tried)
            showMessage(tr("Nothing pasted was saved: %1").arg(refusals.first()), true);
        else
            showMessage(
                (refusals.size() == 1
                     ? tr("1 of the %1 pasted figures was not saved: %2").arg(tried).arg(refusals.first())
                     : tr("%1 of the %2 pasted figures were not saved; the first: %3")
                           .arg(refusals.size())
                           .arg(tried)
                           .arg(refusals.first())) +
                    QLatin1Char(' ') +
                    tr("The others are saved. Correct the figure and type it in, or paste again."),
                true);
    };
    m_ui->figuresGrid->onReadOnly = [this](const QString& why) {
        if (!why.isEmpty())
            showMessage(why, true);
    };
    m_ui->figuresChart->setRenderHint(QPainter::Antialiasing);
    // The grid keeps the height of its rows (the form gives the chart the stretch); what a tall window
    // has beyond that goes to the chart, until the person moves the divider.
    QSplitter* splitter = m_ui->splitter;
    connect(splitter, &QSplitter::splitterMoved, splitter,
            [splitter] { splitter->setProperty("moved", true); });
    m_ui->figuresMessage->setText(
        mayEnter ? tr("Type a figure into its month and press Enter or Tab; paste a block copied "
                      "from a spreadsheet with Ctrl+V; Shift+F2 adds a comment. Worked-out rows "
                      "are computed from their parts.")
                 : tr("You may read these figures; officers enter them."));

    connect(m_ui->teamBox, &QComboBox::currentIndexChanged, this, [this] { loadTeam(); });
    connect(m_ui->figuresGrid->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { drawChart(); });
    connect(m_model, &FiguresModel::refused, this,
            [this](const QString& reason) { showMessage(reason, true); });
    // Asked once for a typed figure, once for a pasted block.
    m_model->setConfirmUnusual([this](const QString& question) {
        return QMessageBox::question(this, tr("Unusual figures"), question) == QMessageBox::Yes;
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        showMessage(tr("Saved."), false);
        drawChart();
        this->context().notifyDataChanged();
    });
    connect(m_catalogueAction, &QAction::triggered, this, &FiguresPage::editCatalogue);
    connect(m_importAction, &QAction::triggered, this, &FiguresPage::importFiguresCsv);
    connect(m_saveChartAction, &QAction::triggered, this, &FiguresPage::saveChartAsPng);
    connect(m_commentAction, &QAction::triggered, this, &FiguresPage::editComment);
    connect(m_ui->catalogueButton, &QPushButton::clicked, this, &FiguresPage::editCatalogue);
    connect(m_ui->importFiguresButton, &QPushButton::clicked, this, &FiguresPage::importFiguresCsv);
    connect(m_ui->saveChartButton, &QPushButton::clicked, this, &FiguresPage::saveChartAsPng);
}

FiguresPage::~FiguresPage() = default;

QString FiguresPage::title() const
{
    return tr("Figures");
}

QString FiguresPage::menuTitle() const
{
    return tr("Fi&gures");
}

QList<QAction*> FiguresPage::menuActions() const
{
    return {m_catalogueAction, m_importAction, m_commentAction, m_saveChartAction};
}

void FiguresPage::reload()
{
    const qint64 current = m_ui->teamBox->currentData().toLongLong();
    {
        QSignalBlocker block(m_ui->teamBox);
        m_ui->teamBox->clear();
        try {
            for (const auto& t : IndicatorRepository(context().db()).teams())
                if (t.kind == QLatin1String("service") || t.kind == QLatin1String("team"))
                    m_ui->teamBox->addItem(t.name, t.id);
        } catch (const StoreError& e) {
            showMessage(e.message(), true);
        }
        const int i = m_ui->teamBox->findData(current);
        m_ui->teamBox->setCurrentIndex(i >= 0 ? i : 0);
    }
    loadTeam();
}

void FiguresPage::reveal(const QVariantMap& target)
{
    // {"indicator": key}, and (from Edit ▸ Undo) the team and the month of the figure.
    if (const qint64 team = target.value(QStringLiteral("team")).toLongLong()) {
        const int i = m_ui->teamBox->findData(team);
        if (i >= 0 && i != m_ui->teamBox->currentIndex())
            m_ui->teamBox->setCurrentIndex(i);
    }
    const QString key = target.value(QStringLiteral("indicator")).toString();
    const QString period = target.value(QStringLiteral("period")).toString();
    int column = m_model->columnCount() - 1;
    for (int c = 0; c < m_model->columnCount(); ++c)
        if (m_model->period(c) == period)
            column = c;
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->indicator(r)->key == key) {
            m_ui->figuresGrid->setCurrentIndex(m_model->index(r, column));
            m_ui->figuresGrid->scrollTo(m_model->index(r, column));
        }
}

void FiguresPage::editCatalogue()
{
    IndicatorCatalogueDialog dialog(context().db(), this);
    dialog.exec();
    if (dialog.changed()) {
        refresh();
        context().notifyDataChanged();
    }
}

void FiguresPage::importFiguresCsv()
{
    FigureImportDialog dialog(context().db(), this);
    if (!dialog.chooseFile())
        return;
    if (dialog.exec() == QDialog::Accepted && dialog.importedCount() > 0) {
        refresh();
        showMessage(dialog.importedCount() == 1 ? tr("1 figure imported.")
                                                : tr("%1 figures imported.").arg(dialog.importedCount()),
                    false);
        context().notifyDataChanged();
    }
}

void FiguresPage::saveChartAsPng()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Save Chart"), QStringLiteral("figures.png"),
                                                      tr("PNG images (*.png)"));
    if (!file.isEmpty() && !m_ui->figuresChart->grab().save(file, "PNG"))
        QMessageBox::warning(
            this, tr("Chart not saved"),
            tr("The chart could not be written to %1. Choose a folder you may write to, and a "
               "name ending in .png.")
                .arg(QDir::toNativeSeparators(file)));
}

void FiguresPage::editComment()
{
    const QModelIndex cell = m_ui->figuresGrid->currentIndex();
    if (!cell.isValid())
        return;
    if (!m_model->canComment(cell)) {
        const auto* ind = m_model->indicator(cell.row());
        showMessage(
            !context().db().may(Roles::mayEnterFigures)
                ? tr("Only officers and administrators may comment on figures.")
            : ind && ind->derived()
                ? tr("%1 is worked out from its parts; comment on the parts instead.").arg(ind->name)
                : tr("There is no figure here to comment on. Type the figure first, then add its comment."),
            true);
        return;
    }
    const auto* ind = m_model->indicator(cell.row());
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("Comment"),
        tr("Comment on %1, %2 (leave empty to remove it):")
            .arg(ind->name, m_model->headerData(cell.column(), Qt::Horizontal, Qt::DisplayRole).toString()),
        cell.data(FiguresModel::CommentRole).toString(), &ok);
    if (ok)
        m_model->setComment(cell, text);
}

void FiguresPage::loadTeam()
{
    try {
        m_model->load(m_ui->teamBox->currentData().toLongLong());
    } catch (const StoreError& e) {
        showMessage(e.message(), true);
    }
    m_ui->figuresGrid->resizeColumnsToContents();
    // Choosing the first row draws its chart (currentRowChanged); with no rows it is drawn below.
    const int before = m_ui->figuresGrid->currentIndex().row();
    if (m_model->rowCount() > 0 && m_model->columnCount() > 0)
        m_ui->figuresGrid->setCurrentIndex(m_model->index(0, m_model->columnCount() - 1));
    // Unless the person has moved the divider, the grid gets the height of its rows (at most what
    // leaves the chart its own minimum, or half) and the chart the rest.
    if (auto* splitter = qobject_cast<QSplitter*>(m_ui->figuresGrid->parentWidget());
        splitter && splitter->height() > 0 && !splitter->property("moved").toBool()) {
        const int total = splitter->height() - splitter->handleWidth();
        const int grid = qMin(m_ui->figuresGrid->sizeHint().height(),
                              qMax(total / 2, total - m_ui->figuresChart->minimumHeight()));
        splitter->setSizes({grid, total - grid});
    }
    if (m_ui->figuresGrid->currentIndex().row() == before)
        drawChart();
}

void FiguresPage::drawChart()
{
    const auto* ind = m_model->indicator(m_ui->figuresGrid->currentIndex().row());
    QChart* chart = nullptr;
    try {
        FigureChart::Options options;
        options.otherTeams = true;
        // The last three years: on thirty years of figures every month of every team would take
        // half a second to draw, and could not be read.
        options.lastPeriods = 36;
        chart = ind ? FigureChart::build(context().db(), ind->key, {m_model->teamId()}, options) : new QChart;
    } catch (const StoreError& e) {
        chart = new QChart;
        showMessage(e.message(), true);
    }
    QChart* old = m_ui->figuresChart->chart();
    m_ui->figuresChart->setChart(chart);
    delete old;
}

void FiguresPage::showMessage(const QString& text, bool problem)
{
    m_ui->figuresMessage->setText(problem ? QStringLiteral("⚠ ") + text : text);
    m_ui->figuresMessage->setStyleSheet(problem ? QStringLiteral("color: #b71c1c;") : QString());
}

Page* createFiguresPage(AppContext& context, QWidget* parent)
{
    return new FiguresPage(context, parent);
}
