#include "FigureImportDialog.h"

#include "WindowSize.h"
#include "core/BritishDate.h"
#include "core/Csv.h"
#include "store/Database.h"
#include "store/FigureImport.h"
#include "ui_FigureImportDialog.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>

namespace {

QTableWidgetItem* cell(const QString& text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setTextAlignment(align);
    return item;
}

QTableWidgetItem* number(int n)
{
    auto* item = cell(QString::number(n), Qt::AlignRight | Qt::AlignVCenter);
    item->setData(Qt::EditRole, n);
    return item;
}

QString monthName(const QString& period)
{
    return BritishDate::period(period, true);
}

} // namespace

FigureImportDialog::FigureImportDialog(Database& db, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::FigureImportDialog>()), m_db(db)
{
    m_ui->setupUi(this); // the layout: ui/FigureImportDialog.ui
    m_file = m_ui->importFile;
    m_summary = m_ui->importSummary;
    m_errors = m_ui->importErrors;
    m_rows = m_ui->importRows;
    m_errorsBox = m_ui->errorsBox;
    WindowSize::fit(this, {900, 600});
    m_import = m_ui->buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(false);

    connect(m_ui->chooseFile, &QPushButton::clicked, this, [this] { chooseFile(); });
    connect(m_import, &QPushButton::clicked, this, &FigureImportDialog::importRows);
    preview();
}

FigureImportDialog::~FigureImportDialog() = default;

bool FigureImportDialog::chooseFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Import Figures from CSV"), m_path,
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (file.isEmpty())
        return false;
    setFile(file);
    return true;
}

void FigureImportDialog::setFile(const QString& path)
{
    m_path = path;
    m_text.clear();
    m_readable = false;
    QFile f(path);
    QString unreadable;
    if (f.open(QIODevice::ReadOnly)) {
        const Csv::Decoded decoded = Csv::decode(f.readAll());
        m_text = decoded.text;
        m_readable = decoded.ok();
        unreadable = decoded.problem;
    } else {
        unreadable = tr("%1 could not be read (%2). Check that the file exists and that you may read it, "
                        "or choose another.")
                         .arg(QFileInfo(path).fileName(), f.errorString());
    }
    m_file->setText(QDir::toNativeSeparators(path));
    preview();
    if (!m_readable)
        m_summary->setText(QStringLiteral("⚠ ") + unreadable);
}

void FigureImportDialog::preview()
{
    m_rows->setRowCount(0);
    m_errors->setRowCount(0);
    m_import->setEnabled(false);
    if (m_path.isEmpty()) {
        m_summary->setText(tr("Choose a CSV file of figures to see what it holds."));
        m_errorsBox->hide();
        return;
    }
    if (!m_readable)
        return;
    FigureImport::Result result;
    try {
        result = FigureImport::check(m_db, m_text);
    } catch (const StoreError& e) {
        m_summary->setText(QStringLiteral("⚠ ") + e.message());
        return;
    }
    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    m_rows->setRowCount(int(result.rows.size()));
    for (int r = 0; r < result.rows.size(); ++r) {
        const FigureImport::Row& row = result.rows.at(r);
        m_rows->setItem(r, 0, number(row.line));
        m_rows->setItem(r, 1, cell(monthName(row.period)));
        m_rows->setItem(r, 2, cell(row.teamName));
        m_rows->setItem(r, 3, cell(row.indicatorName));
        m_rows->setItem(r, 4, cell(uk.toString(row.value, 'g', 12), Qt::AlignRight | Qt::AlignVCenter));
        m_rows->setItem(r, 5, cell(row.note));
    }
    m_errors->setRowCount(int(result.problems.size()));
    for (int r = 0; r < result.problems.size(); ++r) {
        const FigureImport::Problem& p = result.problems.at(r);
        m_errors->setItem(r, 0, p.line > 0 ? number(p.line) : cell(QString()));
        m_errors->setItem(r, 1, cell(p.column));
        QString text = p.message;
        if (!text.isEmpty())
            text[0] = text.at(0).toUpper();
        auto* message = cell(text);
        message->setForeground(QColor(QStringLiteral("#b71c1c")));
        m_errors->setItem(r, 2, message);
    }
    m_errorsBox->setVisible(!result.problems.isEmpty());
    // A big export previews quickly: column widths from the first rows, rows of one line.
    m_rows->horizontalHeader()->setResizeContentsPrecision(200);
    m_rows->resizeColumnsToContents();
    m_errors->horizontalHeader()->setResizeContentsPrecision(200);
    m_errors->resizeColumnsToContents();
    if (m_errors->rowCount() <= 500)
        m_errors->resizeRowsToContents();
    const bool mayImport = m_db.may(Roles::mayEnterFigures);
    const int rowCount = int(result.rows.size());
    const int errorCount = result.errorCount;
    const QString figures = rowCount == 1 ? tr("1 figure") : tr("%1 figures").arg(rowCount);
    if (!result.ok())
        m_summary->setText(
            (errorCount == 1 ? tr("⚠ 1 error in the file") : tr("⚠ %1 errors in the file").arg(errorCount)) +
            tr(": nothing can be imported until every one is put right. Correct the lines listed below in "
               "the "
               "file, save it, and choose it again.") +
            (result.unlisted() > 0 ? tr(" The first %1 are listed.").arg(result.problems.size())
                                   : QString()));
    else if (!mayImport)
        m_summary->setText(
            tr("%1 would be imported, but as a %2 you may not import figures. Ask an officer or your "
               "administrator.")
                .arg(figures, Roles::displayName(m_db.role()).toLower()));
    else
        m_summary->setText(
            tr("%1 ready to import, with no errors. Press Import to save them all.").arg(figures));
    m_import->setEnabled(result.ok() && rowCount > 0 && mayImport);
}

void FigureImportDialog::importRows()
{
    if (!m_import->isEnabled())
        return;
    FigureImport::Result result;
    try {
        result = FigureImport::import(m_db, m_text);
    } catch (const StoreError& e) {
        m_summary->setText(QStringLiteral("⚠ ") + e.message());
        return;
    }
    if (!result.ok()) {
        preview(); // the database changed since the preview: show the file as it now stands
        m_summary->setText(tr("⚠ Nothing was imported: %1").arg(result.errors.join(QStringLiteral(" "))));
        m_import->setEnabled(false);
        return;
    }
    m_imported = int(result.rows.size());
    accept();
}
