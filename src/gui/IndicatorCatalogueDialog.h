#pragma once

#include "store/IndicatorRepository.h"

#include <QDialog>
#include <memory>

class Database;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace Ui {
class IndicatorCatalogueDialog;
}

// Figures ▸ Indicator Catalogue…: every indicator in a sortable, filterable list; the chosen one's
// name, definition, unit, direction, frequency, target (Green) and tolerance (Amber) bands, source
// and the plan priorities it is linked to. Officers and administrators edit and save them (the store
// checks the role, audits each field and refuses a row someone else changed since it was read);
// everyone else reads. A worked-out indicator shows its formula, which cannot be edited.
class IndicatorCatalogueDialog : public QDialog
{
    Q_OBJECT
public:
    IndicatorCatalogueDialog(Database& db, QWidget* parent = nullptr);
    ~IndicatorCatalogueDialog() override;

    // Shows the indicator with `key` in the form; false when there is none (or it is filtered out).
    bool selectIndicator(const QString& key);
    // Saves the form; false, with the reason shown in the dialog, when the store refuses.
    bool save();
    // Puts the form back as the database has it now.
    void revert();
    // Asks for a key and a name and adds an indicator (officers and administrators).
    void addIndicator();
    // True once anything was saved (the Figures page then reloads).
    bool changed() const { return m_changed; }
    bool isEditable() const { return m_editable; }

protected:
    void done(int result) override;

private:
    void reload(const QString& selectKey);
    void showIndicator(int sourceRow);
    void setDirty(bool dirty);
    void showMessage(const QString& text, bool problem);
    bool confirmLeaving();
    int sourceRowOf(const QString& key) const;
    IndicatorRepository::Indicator formIndicator(bool* ok) const;
    QList<qint64> formPriorities() const;

    std::unique_ptr<Ui::IndicatorCatalogueDialog> m_ui; // the layout: ui/IndicatorCatalogueDialog.ui
    Database& m_db;
    bool m_editable = false;
    bool m_changed = false;
    bool m_dirty = false;
    bool m_loading = false;
    QList<IndicatorRepository::Indicator> m_indicators;
    QList<IndicatorRepository::Priority> m_priorities;
    QHash<qint64, QList<qint64>> m_links;
    int m_current = -1; // index into m_indicators

    // The form's widgets that the behaviour works on.
    QLineEdit* m_filter = nullptr;
    QStandardItemModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_key = nullptr;
    QLineEdit* m_name = nullptr;
    QPlainTextEdit* m_definition = nullptr;
    QComboBox* m_unit = nullptr;
    QComboBox* m_better = nullptr;
    QComboBox* m_frequency = nullptr;
    QLineEdit* m_greenLow = nullptr;
    QLineEdit* m_greenHigh = nullptr;
    QLineEdit* m_amberLow = nullptr;
    QLineEdit* m_amberHigh = nullptr;
    QLineEdit* m_source = nullptr;
    QCheckBox* m_isKey = nullptr;
    QLabel* m_formula = nullptr;
    QListWidget* m_linked = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_revert = nullptr;
    QPushButton* m_new = nullptr;
};
