#include "BriefingDialog.h"

#include "AppContext.h"
#include "core/BritishDate.h"
#include "reports/BriefingPack.h"
#include "store/BriefingQueries.h"
#include "store/StoreError.h"
#include "ui_BriefingDialog.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QMainWindow>
#include <QMessageBox>
#include <QPageLayout>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>

namespace {

// The context of this file's strings, the same for tr() at run time and for lupdate.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BriefingDialog)
};

} // namespace

void showBriefingPackDialog(QWidget* parent, AppContext& context)
{
    BriefingQueries::Meeting meeting;
    try {
        meeting = BriefingQueries(context.db()).meeting(context.meetingId());
    } catch (const StoreError& e) {
        QMessageBox::warning(parent, Text::tr("Briefing pack"), e.message());
        return;
    }
    if (meeting.id == 0) {
        QMessageBox::information(
            parent, Text::tr("Briefing pack"),
            Text::tr("Choose a meeting at the top of the window first: the pack is made for one meeting."));
        return;
    }

    QDialog dialog(parent);
    Ui::BriefingDialog ui;
    ui.setupUi(&dialog); // the layout: ui/BriefingDialog.ui
    ui.meeting->setText(Text::tr("<b>%1</b><br>%2")
                            .arg(meeting.committee.toHtmlEscaped(),
                                 BritishDate::longDate(meeting.startsAt.date()).toHtmlEscaped()));
    ui.confidentialPack->setText(
        Text::tr("&Confidential pack: includes exempt items, every page marked \"%1\"")
            .arg(BriefingPack::confidentialMarking()));
    QDialogButtonBox* buttons = ui.buttons;
    QPushButton* save = buttons->addButton(Text::tr("&Save as PDF…"), QDialogButtonBox::AcceptRole);
    QPushButton* print = buttons->addButton(Text::tr("&Print…"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    save->setDefault(true);

    QPushButton* chosen = nullptr;
    QObject::connect(buttons, &QDialogButtonBox::clicked, &dialog,
                     [&](QAbstractButton* button) { chosen = qobject_cast<QPushButton*>(button); });
    if (dialog.exec() != QDialog::Accepted || !chosen)
        return;
    const bool confidential = ui.confidentialPack->isChecked();

    QString error;
    if (chosen == save) {
        const QString suggested =
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(Text::tr("Briefing pack %1%2.pdf")
                              .arg(meeting.startsAt.date().toString(Qt::ISODate),
                                   confidential ? Text::tr(" (confidential)") : QString()));
        QString path = QFileDialog::getSaveFileName(parent, Text::tr("Save the briefing pack"), suggested,
                                                    Text::tr("PDF documents (*.pdf)"));
        if (path.isEmpty())
            return;
        if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            path += QStringLiteral(".pdf");
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const bool ok = BriefingPack::writePdf(context.db(), meeting.id, confidential, path, &error);
        QApplication::restoreOverrideCursor();
        if (!ok) {
            QMessageBox::warning(parent, Text::tr("Briefing pack"), error);
            return;
        }
        // Said where the person looks next: the window's status bar.
        if (auto* window = qobject_cast<QMainWindow*>(parent ? parent->window() : nullptr))
            window->statusBar()->showMessage(
                Text::tr("Briefing pack saved to %1 (open it from there to read or print it)")
                    .arg(QDir::toNativeSeparators(path)),
                15000);
        return;
    }
    if (chosen != print)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(18, 12, 18, 12), QPageLayout::Millimeter));
    printer.setDocName(Text::tr("Briefing pack"));
    QPrintDialog printDialog(&printer, parent);
    if (printDialog.exec() != QDialog::Accepted)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = BriefingPack::paint(context.db(), meeting.id, confidential, &printer, &error);
    QApplication::restoreOverrideCursor();
    if (!ok)
        QMessageBox::warning(parent, Text::tr("Briefing pack"), error);
}
