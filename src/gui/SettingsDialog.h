#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class SettingsDialog;
}

// Edit ▸ Settings…: the language of the interface (the system's, English or Cymraeg). A new language
// takes effect at the next start; accepting the dialog saves the choice.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);
    ~SettingsDialog() override;

    // The language chosen in the dialog: empty for the system's, else Translations::English or Welsh.
    QString language() const;
    void setLanguage(const QString& language);

    // Saves the choice; true when it differs from the language in use now (a restart is needed).
    bool save() const;

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
};
