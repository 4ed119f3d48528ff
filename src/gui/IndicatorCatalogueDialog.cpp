#include "IndicatorCatalogueDialog.h"

#include "WindowSize.h"
#include "store/Database.h"
#include "ui_IndicatorCatalogueDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleValidator>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>

namespace {

enum Column
{
    Name,
    Key,
    Unit,
    Frequency,
    Target,
    Priorities,
    ColumnCount
};

QString unitName(const QString& code)
{
    if (code == QLatin1String("count"))
        return IndicatorCatalogueDialog::tr("Count");
    if (code == QLatin1String("percentage"))
        return IndicatorCatalogueDialog::tr("Percentage");
    if (code == QLatin1String("ratio"))
        return IndicatorCatalogueDialog::tr("Ratio");
    if (code == QLatin1String("rate10k"))
        return IndicatorCatalogueDialog::tr("Rate per 10,000 children");
    if (code == QLatin1String("days"))
        return IndicatorCatalogueDialog::tr("Days");
    if (code == QLatin1String("number"))
        return IndicatorCatalogueDialog::tr("Number (such as FTE)");
    return code;
}

// The unit as the list shows it, short enough to leave the Target and Priorities columns in view;
// the whole name is in the cell's tooltip and the form.
QString shortUnitName(const QString& code)
{
    if (code == QLatin1String("rate10k"))
        return IndicatorCatalogueDialog::tr("Per 10,000");
    if (code == QLatin1String("number"))
        return IndicatorCatalogueDialog::tr("Number");
    return unitName(code);
}

QString betterName(const QString& code)
{
    if (code == QLatin1String("higher"))
        return IndicatorCatalogueDialog::tr("Higher is better");
    if (code == QLatin1String("lower"))
        return IndicatorCatalogueDialog::tr("Lower is better");
    return IndicatorCatalogueDialog::tr("Within the target band is best");
}

QString frequencyName(const QString& code)
{
    if (code == QLatin1String("quarterly"))
        return IndicatorCatalogueDialog::tr("Quarterly");
    if (code == QLatin1String("annual"))
        return IndicatorCatalogueDialog::tr("Annual");
    return IndicatorCatalogueDialog::tr("Monthly");
}

QString boundText(const std::optional<double>& v)
{
    return v ? QLocale(QLocale::English, QLocale::UnitedKingdom).toString(*v, 'g', 12) : QString();
}

// "11–15", "60 or more", "22 or less", "" (no band).
QString bandText(const std::optional<double>& low, const std::optional<double>& high)
{
    if (low && high)
        return QStringLiteral("%1–%2").arg(boundText(low), boundText(high));
    if (low)
        return IndicatorCatalogueDialog::tr("%1 or more").arg(boundText(low));
    if (high)
        return IndicatorCatalogueDialog::tr("%1 or less").arg(boundText(high));
    return QString();
}

QString targetText(const IndicatorBands& b)
{
    const QString green = bandText(b.greenLow, b.greenHigh);
    const QString amber = bandText(b.amberLow, b.amberHigh);
    if (green.isEmpty())
        return QString();
    return amber.isEmpty() ? IndicatorCatalogueDialog::tr("G %1").arg(green)
                           : IndicatorCatalogueDialog::tr("G %1, A %2").arg(green, amber);
}

// Bounds are numbers written the British way (the field's placeholder says "no limit" when empty).
void setBoundValidator(QLineEdit* edit)
{
    auto* validator = new QDoubleValidator(0, 1e9, 3, edit);
    validator->setNotation(QDoubleValidator::StandardNotation);
    validator->setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    edit->setValidator(validator);
}

// Empty text is no limit; `ok` is false for text that is not a number.
std::optional<double> readBound(const QLineEdit* edit, bool* ok)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool good = false;
    const double v = QLocale(QLocale::English, QLocale::UnitedKingdom).toDouble(text, &good);
    if (!good)
        *ok = false;
    return v;
}

} // namespace

IndicatorCatalogueDialog::IndicatorCatalogueDialog(Database& db, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::IndicatorCatalogueDialog>()), m_db(db),
      m_editable(db.mayWrite(QStringLiteral("indicators")))
{
    m_ui->setupUi(this); // the layout: ui/IndicatorCatalogueDialog.ui
    m_filter = m_ui->catalogueFilter;
    m_table = m_ui->catalogueTable;
    m_key = m_ui->keyLabel;
    m_name = m_ui->nameEdit;
    m_definition = m_ui->definitionEdit;
    m_formula = m_ui->formulaLabel;
    m_unit = m_ui->unitBox;
    m_better = m_ui->betterBox;
    m_frequency = m_ui->frequencyBox;
    m_greenLow = m_ui->greenLowEdit;
    m_greenHigh = m_ui->greenHighEdit;
    m_amberLow = m_ui->amberLowEdit;
    m_amberHigh = m_ui->amberHighEdit;
    m_source = m_ui->sourceEdit;
    m_isKey = m_ui->keyIndicatorBox;
    m_linked = m_ui->priorityList;
    m_message = m_ui->catalogueMessage;
    WindowSize::fit(this, {1300, 720});
    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels(
        {tr("Name"), tr("Key"), tr("Unit"), tr("Frequency"), tr("Target"), tr("Priorities")});
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // The name takes what the other columns leave (elided, whole in its tooltip), so that Target
    // and Priorities are in view at the dialog's size rather than past a horizontal scroll.
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);

    for (const QString& code : IndicatorRepository::unitCodes())
        m_unit->addItem(unitName(code), code);
    for (const QString& code : IndicatorRepository::betterCodes())
        m_better->addItem(betterName(code), code);
    for (const QString& code : IndicatorRepository::frequencyCodes())
        m_frequency->addItem(frequencyName(code), code);
    for (QLineEdit* edit : {m_greenLow, m_greenHigh, m_amberLow, m_amberHigh})
        setBoundValidator(edit);
    m_ui->splitter->setSizes({760, 520});

    QDialogButtonBox* buttons = m_ui->buttons;
    m_new = buttons->addButton(tr("New &Indicator…"), QDialogButtonBox::ActionRole);
    m_new->setObjectName(QStringLiteral("newButton"));
    m_revert = buttons->addButton(tr("&Revert"), QDialogButtonBox::ResetRole);
    m_revert->setObjectName(QStringLiteral("revertButton"));
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::ApplyRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_revert, &QPushButton::clicked, this, [this] { revert(); });
    connect(m_new, &QPushButton::clicked, this, [this] { addIndicator(); });

    // Only officers and administrators edit; the store checks again when saving.
    for (QWidget* w : {static_cast<QWidget*>(m_unit), static_cast<QWidget*>(m_better),
                       static_cast<QWidget*>(m_frequency), static_cast<QWidget*>(m_isKey)})
        w->setEnabled(m_editable);
    for (QLineEdit* e : {m_name, m_greenLow, m_greenHigh, m_amberLow, m_amberHigh, m_source})
        e->setReadOnly(!m_editable);
    m_definition->setReadOnly(!m_editable);
    m_save->setVisible(m_editable);
    m_revert->setVisible(m_editable);
    m_new->setVisible(m_editable);
    m_save->setEnabled(false);
    m_revert->setEnabled(false);

    auto dirty = [this] {
        if (!m_loading)
            setDirty(true);
    };
    for (QLineEdit* e : {m_name, m_greenLow, m_greenHigh, m_amberLow, m_amberHigh, m_source})
        connect(e, &QLineEdit::textEdited, this, dirty);
    connect(m_definition, &QPlainTextEdit::textChanged, this, dirty);
    for (QComboBox* c : {m_unit, m_better, m_frequency})
        connect(c, &QComboBox::currentIndexChanged, this, dirty);
    connect(m_isKey, &QCheckBox::toggled, this, dirty);
    connect(m_linked, &QListWidget::itemChanged, this, dirty);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& now, const QModelIndex& before) {
                if (m_loading)
                    return;
                const QString next =
                    now.isValid() ? m_indicators.value(m_proxy->mapToSource(now).row()).key : QString();
                if (!confirmLeaving()) {
                    m_loading = true;
                    m_table->setCurrentIndex(before);
                    m_loading = false;
                    return;
                }
                // Saving reloads the list: find the chosen indicator again.
                const int row = sourceRowOf(next);
                m_loading = true;
                if (row >= 0)
                    m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
                m_loading = false;
                showIndicator(row);
            });

    reload(QString());
    showMessage(m_editable
                    ? tr("Choose an indicator, change what needs changing and press Save. Every change is "
                         "recorded with your name.")
                    : tr("You may read the catalogue; officers and administrators change it."),
                false);
}

IndicatorCatalogueDialog::~IndicatorCatalogueDialog() = default;

void IndicatorCatalogueDialog::reload(const QString& selectKey)
{
    m_loading = true;
    try {
        IndicatorRepository repo(m_db);
        m_indicators = repo.indicators();
        m_priorities = repo.priorities();
        m_links = repo.priorityLinks();
    } catch (const StoreError& e) {
        showMessage(e.message(), true);
    }
    m_linked->clear();
    for (const auto& p : std::as_const(m_priorities)) {
        auto* item = new QListWidgetItem(tr("Priority %1: %2").arg(p.number).arg(p.title), m_linked);
        item->setData(Qt::UserRole, p.id);
        item->setToolTip(p.plan);
        item->setFlags(m_editable ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable : Qt::ItemIsEnabled);
        item->setCheckState(Qt::Unchecked);
    }
    m_model->setRowCount(0);
    for (const auto& i : std::as_const(m_indicators)) {
        QList<QStandardItem*> row;
        auto* name = new QStandardItem(i.derived() ? tr("%1 (worked out)").arg(i.name) : i.name);
        name->setToolTip(QStringLiteral("%1\n%2").arg(i.name, i.definition));
        auto* key = new QStandardItem(i.key);
        key->setToolTip(i.key);
        auto* unit = new QStandardItem(shortUnitName(i.unit));
        unit->setToolTip(unitName(i.unit));
        row << name << key << unit << new QStandardItem(frequencyName(i.frequency))
            << new QStandardItem(targetText(i.bands));
        QStringList numbers;
        for (qint64 pid : m_links.value(i.id))
            for (const auto& p : std::as_const(m_priorities))
                if (p.id == pid)
                    numbers << QString::number(p.number);
        row << new QStandardItem(numbers.join(QStringLiteral(", ")));
        for (QStandardItem* item : row)
            item->setEditable(false);
        m_model->appendRow(row);
    }
    m_table->resizeColumnsToContents();
    // Key and unit are kept narrow (elided, whole in their tooltips); the name stretches into the rest.
    m_table->setColumnWidth(Key,
                            qMin(m_table->columnWidth(Key), m_table->fontMetrics().averageCharWidth() * 14));
    m_table->setColumnWidth(Unit,
                            qMin(m_table->columnWidth(Unit), m_table->fontMetrics().averageCharWidth() * 13));
    m_loading = false;
    const int row = sourceRowOf(selectKey);
    QModelIndex target = row >= 0 ? m_proxy->mapFromSource(m_model->index(row, 0)) : m_proxy->index(0, 0);
    m_loading = true;
    m_table->setCurrentIndex(target);
    m_loading = false;
    showIndicator(target.isValid() ? m_proxy->mapToSource(target).row() : -1);
}

int IndicatorCatalogueDialog::sourceRowOf(const QString& key) const
{
    for (int r = 0; r < m_indicators.size(); ++r)
        if (m_indicators.at(r).key == key)
            return r;
    return -1;
}

void IndicatorCatalogueDialog::showIndicator(int sourceRow)
{
    m_loading = true;
    m_current = sourceRow;
    const bool any = sourceRow >= 0 && sourceRow < m_indicators.size();
    const IndicatorRepository::Indicator i =
        any ? m_indicators.at(sourceRow) : IndicatorRepository::Indicator{};
    m_key->setText(i.key);
    m_name->setText(i.name);
    m_definition->setPlainText(i.definition);
    m_unit->setCurrentIndex(qMax(0, m_unit->findData(i.unit)));
    m_better->setCurrentIndex(qMax(0, m_better->findData(i.better)));
    m_frequency->setCurrentIndex(qMax(0, m_frequency->findData(i.frequency)));
    m_greenLow->setText(boundText(i.bands.greenLow));
    m_greenHigh->setText(boundText(i.bands.greenHigh));
    m_amberLow->setText(boundText(i.bands.amberLow));
    m_amberHigh->setText(boundText(i.bands.amberHigh));
    m_source->setText(i.source);
    m_isKey->setChecked(i.isKey);
    m_formula->setText(i.derived()
                           ? tr("%1\n(computed from its parts, never typed; the formula cannot be changed "
                                "here)")
                                 .arg(i.formula)
                           : tr("Typed (not worked out)"));
    const QList<qint64> linked = m_links.value(i.id);
    for (int r = 0; r < m_linked->count(); ++r) {
        QListWidgetItem* item = m_linked->item(r);
        item->setCheckState(linked.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked
                                                                                   : Qt::Unchecked);
    }
    m_loading = false;
    setDirty(false);
}

bool IndicatorCatalogueDialog::selectIndicator(const QString& key)
{
    const int row = sourceRowOf(key);
    if (row < 0)
        return false;
    const QModelIndex at = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!at.isValid())
        return false;
    m_table->setCurrentIndex(at);
    return m_current == row;
}

IndicatorRepository::Indicator IndicatorCatalogueDialog::formIndicator(bool* ok) const
{
    IndicatorRepository::Indicator i = m_indicators.value(m_current);
    i.name = m_name->text().trimmed();
    i.definition = m_definition->toPlainText().trimmed();
    i.unit = m_unit->currentData().toString();
    i.better = m_better->currentData().toString();
    i.frequency = m_frequency->currentData().toString();
    i.bands = {readBound(m_greenLow, ok), readBound(m_greenHigh, ok), readBound(m_amberLow, ok),
               readBound(m_amberHigh, ok)};
    i.source = m_source->text().trimmed();
    i.isKey = m_isKey->isChecked();
    return i;
}

QList<qint64> IndicatorCatalogueDialog::formPriorities() const
{
    QList<qint64> out;
    for (int r = 0; r < m_linked->count(); ++r)
        if (m_linked->item(r)->checkState() == Qt::Checked)
            out << m_linked->item(r)->data(Qt::UserRole).toLongLong();
    return out;
}

bool IndicatorCatalogueDialog::save()
{
    if (m_current < 0)
        return false;
    bool ok = true;
    const IndicatorRepository::Indicator i = formIndicator(&ok);
    if (!ok) {
        showMessage(
            tr("A band bound is not a number. Type a number such as 15 or 95.5, or leave it empty for no "
               "limit."),
            true);
        return false;
    }
    try {
        IndicatorRepository(m_db).saveIndicator(i, formPriorities());
    } catch (const StoreError& e) {
        // The form keeps what was typed; Revert shows the database's version.
        showMessage(e.message(), true);
        return false;
    }
    m_changed = true;
    reload(i.key);
    showMessage(tr("%1 saved.").arg(i.name), false);
    return true;
}

void IndicatorCatalogueDialog::revert()
{
    const QString key = m_indicators.value(m_current).key;
    reload(key);
    showMessage(tr("The form shows the indicator as it is saved now."), false);
}

void IndicatorCatalogueDialog::addIndicator()
{
    if (!m_editable || !confirmLeaving())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New Indicator"), tr("Name of the new indicator:"),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    QString suggested = name.toLower();
    suggested.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("_"));
    suggested.remove(QRegularExpression(QStringLiteral("^_+|_+$")));
    const QString key =
        QInputDialog::getText(this, tr("New Indicator"),
                              tr("Key (used in CSV files and formulas; lower-case letters, digits "
                                 "and underscores):"),
                              QLineEdit::Normal, suggested, &ok)
            .trimmed();
    if (!ok)
        return;
    IndicatorRepository::Indicator i;
    i.key = key;
    i.name = name;
    i.unit = QStringLiteral("count");
    i.better = QStringLiteral("band");
    try {
        IndicatorRepository(m_db).addIndicator(i);
    } catch (const StoreError& e) {
        showMessage(e.message(), true);
        return;
    }
    m_changed = true;
    m_filter->clear();
    reload(key);
    showMessage(tr("%1 added. Give its definition, unit and bands, then press Save.").arg(name), false);
}

void IndicatorCatalogueDialog::setDirty(bool dirty)
{
    m_dirty = dirty && m_editable;
    m_save->setEnabled(m_dirty && m_current >= 0);
    m_revert->setEnabled(m_dirty && m_current >= 0);
}

bool IndicatorCatalogueDialog::confirmLeaving()
{
    if (!m_dirty)
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"),
        tr("You have changed %1 without saving. Save the changes?").arg(m_indicators.value(m_current).name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return save();
    setDirty(false);
    return true;
}

void IndicatorCatalogueDialog::done(int result)
{
    if (!confirmLeaving())
        return;
    QDialog::done(result);
}

void IndicatorCatalogueDialog::showMessage(const QString& text, bool problem)
{
    m_message->setText(problem ? QStringLiteral("⚠ ") + text : text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b71c1c;") : QString());
}
