#pragma once

#include <QDialog>
#include <memory>

class Database;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Ui {
class FigureImportDialog;
}

// File ▸ Import Figures from CSV…: a preview of a CSV of figures (period, team, indicator, value,
// optional note) as FigureImport reads it: the rows that would be saved, and every error with its
// line (the header is line 1) and column. Import is offered only when there is no error, and saves
// all the rows or none.
class FigureImportDialog : public QDialog
{
    Q_OBJECT
public:
    FigureImportDialog(Database& db, QWidget* parent = nullptr);
    ~FigureImportDialog() override;

    // Asks for a file and previews it; false when the person cancelled.
    bool chooseFile();
    // Reads `path` and previews it (tests, and chooseFile()).
    void setFile(const QString& path);
    // How many figures the import saved (0 until it has).
    int importedCount() const { return m_imported; }

private:
    void preview();
    void importRows();

    std::unique_ptr<Ui::FigureImportDialog> m_ui; // the layout: ui/FigureImportDialog.ui
    Database& m_db;
    QString m_path;
    QString m_text;
    bool m_readable = false;
    int m_imported = 0;
    // The form's widgets that the behaviour works on.
    QLabel* m_file = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_rows = nullptr;
    QTableWidget* m_errors = nullptr;
    QWidget* m_errorsBox = nullptr;
    QPushButton* m_import = nullptr;
};
