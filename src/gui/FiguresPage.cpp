// Figures: the validating entry grid (indicators × months for a team) and the chart of the chosen indicator.
#include "FiguresModel.h"
#include "Page.h"
#include "reports/FigureChart.h"
#include "store/Database.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// A table that pastes a block copied from a spreadsheet (tab-separated rows) into its cells.
class FiguresTable : public QTableView
{
public:
    using QTableView::QTableView;

protected:
    void keyPressEvent(QKeyEvent* event) override
    {
        if (event->matches(QKeySequence::Paste) && currentIndex().isValid()) {
            const QString text = QApplication::clipboard()->text();
            const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            for (int r = 0; r < lines.size(); ++r) {
                const QStringList cells = lines.at(r).split(QLatin1Char('\t'));
                for (int c = 0; c < cells.size(); ++c) {
                    const QModelIndex target =
                        model()->index(currentIndex().row() + r, currentIndex().column() + c);
                    if (target.isValid() && (target.flags() & Qt::ItemIsEditable) &&
                        !cells.at(c).trimmed().isEmpty())
                        model()->setData(target, cells.at(c).trimmed(), Qt::EditRole);
                }
            }
            return;
        }
        QTableView::keyPressEvent(event);
    }
};

class FiguresPage : public Page
{
    Q_OBJECT
public:
    FiguresPage(AppContext& context, QWidget* parent) : Page(context, parent)
    {
        auto* layout = new QVBoxLayout(this);
        auto* bar = new QHBoxLayout;
        auto* teamLabel = new QLabel(tr("&Team or service:"), this);
        m_team = new QComboBox(this);
        m_team->setObjectName(QStringLiteral("teamBox"));
        teamLabel->setBuddy(m_team);
        bar->addWidget(teamLabel);
        bar->addWidget(m_team);
        bar->addStretch();
        auto* exportChart = new QPushButton(tr("Save Chart as &PNG…"), this);
        bar->addWidget(exportChart);
        layout->addLayout(bar);
        m_message = new QLabel(this);
        m_message->setObjectName(QStringLiteral("figuresMessage"));
        m_message->setWordWrap(true);
        auto* splitter = new QSplitter(Qt::Vertical, this);
        m_model = new FiguresModel(context.db(), this);
        m_model->setEditable(Roles::mayEnterFigures(context.db().role()));
        m_table = new FiguresTable(splitter);
        m_table->setObjectName(QStringLiteral("figuresGrid"));
        m_table->setModel(m_model);
        m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        m_table->setSelectionMode(QAbstractItemView::ContiguousSelection);
        m_table->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                                 QAbstractItemView::EditKeyPressed);
        m_table->setAccessibleName(tr("Figures by month"));
        m_chart = new QChartView(splitter);
        m_chart->setRenderHint(QPainter::Antialiasing);
        m_chart->setMinimumHeight(260);
        splitter->addWidget(m_table);
        splitter->addWidget(m_chart);
        splitter->setStretchFactor(0, 1);
        splitter->setStretchFactor(1, 1);
        layout->addWidget(splitter, 1);
        layout->addWidget(m_message);
        m_message->setText(
            Roles::mayEnterFigures(context.db().role())
                ? tr("Type a figure into its month and press Enter or Tab; paste a block copied from a "
                     "spreadsheet with Ctrl+V. Worked-out rows are computed from their parts.")
                : tr("You may read these figures; officers enter them."));

        connect(m_team, &QComboBox::currentIndexChanged, this, [this] { loadTeam(); });
        connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                [this] { drawChart(); });
        connect(m_model, &FiguresModel::refused, this, [this](const QString& reason) {
            m_message->setText(QStringLiteral("⚠ ") + reason);
            m_message->setStyleSheet(QStringLiteral("color: #b71c1c;"));
        });
        connect(m_model, &FiguresModel::confirmUnusual, this, [this](const QString& question) {
            return QMessageBox::question(this, tr("Unusual figure"), question) == QMessageBox::Yes;
        });
        connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
            m_message->setStyleSheet(QString());
            m_message->setText(tr("Saved."));
            drawChart();
            this->context().notifyDataChanged();
        });
        connect(exportChart, &QPushButton::clicked, this, [this] {
            const QString file = QFileDialog::getSaveFileName(
                this, tr("Save Chart"), QStringLiteral("figures.png"), tr("PNG images (*.png)"));
            if (!file.isEmpty() && !m_chart->grab().save(file))
                QMessageBox::warning(this, tr("Chart not saved"),
                                     tr("The chart could not be written to %1.").arg(file));
        });
        refresh();
    }

    QString title() const override { return tr("Figures"); }

    void refresh() override
    {
        const qint64 current = m_team->currentData().toLongLong();
        QSignalBlocker block(m_team);
        m_team->clear();
        try {
            for (const auto& t : IndicatorRepository(context().db()).teams())
                if (t.kind == QLatin1String("service") || t.kind == QLatin1String("team"))
                    m_team->addItem(t.name, t.id);
        } catch (const StoreError& e) {
            m_message->setText(e.message());
        }
        const int i = m_team->findData(current);
        m_team->setCurrentIndex(i >= 0 ? i : 0);
        loadTeam();
    }

    void reveal(const QVariantMap& target) override
    {
        const QString key = target.value(QStringLiteral("indicator")).toString();
        for (int r = 0; r < m_model->rowCount(); ++r)
            if (m_model->indicator(r)->key == key)
                m_table->setCurrentIndex(m_model->index(r, m_model->columnCount() - 1));
    }

private:
    void loadTeam()
    {
        try {
            m_model->load(m_team->currentData().toLongLong());
        } catch (const StoreError& e) {
            m_message->setText(e.message());
        }
        if (m_model->rowCount() > 0 && m_model->columnCount() > 0)
            m_table->setCurrentIndex(m_model->index(0, m_model->columnCount() - 1));
        drawChart();
    }

    void drawChart()
    {
        const auto* ind = m_model->indicator(m_table->currentIndex().row());
        QChart* chart = nullptr;
        try {
            FigureChart::Options options;
            options.otherTeams = true;
            chart =
                ind ? FigureChart::build(context().db(), ind->key, {m_model->teamId()}, options) : new QChart;
        } catch (const StoreError& e) {
            chart = new QChart;
            m_message->setText(e.message());
        }
        QChart* old = m_chart->chart();
        m_chart->setChart(chart);
        delete old;
    }

    QComboBox* m_team;
    QLabel* m_message;
    FiguresModel* m_model;
    FiguresTable* m_table;
    QChartView* m_chart;
};

} // namespace

Page* createFiguresPage(AppContext& context, QWidget* parent)
{
    return new FiguresPage(context, parent);
}

#include "FiguresPage.moc"
