#include "ChaseDialog.h"

#include "WindowSize.h"
#include "reports/ChaseLetters.h"
#include "ui_ChaseDialog.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextDocument>

ChaseDialog::ChaseDialog(QList<ActionRepository::ChaseGroup> groups, ChaseLetters::Context letters,
                         QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ChaseDialog>()), m_groups(std::move(groups)),
      m_letters(std::move(letters))
{
    m_ui->setupUi(this); // the layout: ui/ChaseDialog.ui
    WindowSize::fit(this, {860, 600});
    for (const auto& g : m_groups) {
        auto* item = new QListWidgetItem(g.email.isEmpty()
                                             ? tr("%1 (%2) — no e-mail address")
                                                   .arg(g.owner.isEmpty() ? tr("No owner recorded") : g.owner)
                                                   .arg(g.actions.size())
                                             : tr("%1 (%2)")
                                                   .arg(g.owner.isEmpty() ? tr("No owner recorded") : g.owner)
                                                   .arg(g.actions.size()),
                                         m_ui->chaseOwners);
        item->setToolTip(
            g.email.isEmpty()
                ? tr("No e-mail address is recorded for this owner: the draft will have no recipient. "
                     "An administrator adds it under File ▸ People…")
                : tr("To: %1").arg(g.email));
    }
    m_ui->chaseOwners->setCurrentRow(0);
    m_ui->chaseList->setHtml(html());
    QDialogButtonBox* buttons = m_ui->buttons;
    auto* mail = buttons->addButton(tr("&E-mail Owner…"), QDialogButtonBox::ActionRole);
    auto* drafts = buttons->addButton(tr("&Save E-mail Drafts…"), QDialogButtonBox::ActionRole);
    auto* print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    for (QPushButton* b : {mail, drafts, print})
        b->setEnabled(!m_groups.isEmpty());
    connect(mail, &QPushButton::clicked, this, &ChaseDialog::openMail);
    connect(drafts, &QPushButton::clicked, this, &ChaseDialog::saveDrafts);
    connect(print, &QPushButton::clicked, this, &ChaseDialog::print);
    connect(m_ui->chaseOwners, &QListWidget::itemActivated, this, &ChaseDialog::openMail);
}

ChaseDialog::~ChaseDialog() = default;

QString ChaseDialog::html() const
{
    return ChaseLetters::printableHtml(m_groups, m_letters);
}

QByteArray ChaseDialog::currentDraft() const
{
    const int r = m_ui->chaseOwners->currentRow();
    return r >= 0 && r < m_groups.size() ? ChaseLetters::eml(m_groups.at(r), m_letters) : QByteArray();
}

void ChaseDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument doc;
    doc.setHtml(html());
    doc.print(&printer);
}

void ChaseDialog::saveDrafts()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Save E-mail Drafts To"));
    if (folder.isEmpty())
        return;
    QString error;
    const QStringList written = ChaseLetters::writeDrafts(m_groups, folder, m_letters, &error);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Save E-mail Drafts"), error);
    else
        QMessageBox::information(
            this, tr("Save E-mail Drafts"),
            written.size() == 1 ? tr("1 draft saved. Open it in your mail program, check it and send it.")
                                : tr("%1 drafts saved. Open each in your mail program, check it and send it.")
                                      .arg(written.size()));
}

void ChaseDialog::openMail()
{
    const int r = m_ui->chaseOwners->currentRow();
    if (r < 0 || r >= m_groups.size())
        return;
    if (!QDesktopServices::openUrl(ChaseLetters::mailto(m_groups.at(r), m_letters)))
        QMessageBox::warning(this, tr("E-mail Owner"),
                             tr("No mail program opened. Use \"Save E-mail Drafts…\" and open the saved "
                                "draft in your mail program instead."));
}
