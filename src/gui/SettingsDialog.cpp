#include "SettingsDialog.h"

#include "core/Translations.h"
#include "ui_SettingsDialog.h"

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    // Each language by its own name, as a person who reads only that language looks for it.
    const QString system = Translations::systemLanguage() == QLatin1String(Translations::Welsh)
                               ? QStringLiteral("Cymraeg")
                               : QStringLiteral("English");
    m_ui->languageBox->addItem(tr("System language (%1)").arg(system), QString());
    m_ui->languageBox->addItem(QStringLiteral("English"), QString::fromLatin1(Translations::English));
    m_ui->languageBox->addItem(QStringLiteral("Cymraeg"), QString::fromLatin1(Translations::Welsh));
    setLanguage(Translations::chosen());
}

SettingsDialog::~SettingsDialog() = default;

QString SettingsDialog::language() const
{
    return m_ui->languageBox->currentData().toString();
}

void SettingsDialog::setLanguage(const QString& language)
{
    const int i = m_ui->languageBox->findData(language);
    m_ui->languageBox->setCurrentIndex(i < 0 ? 0 : i);
}

bool SettingsDialog::save() const
{
    Translations::choose(language());
    const QString next = language().isEmpty() ? Translations::systemLanguage() : language();
    return next != Translations::current();
}
