#include "ImportFlow.h"

#include "AppContext.h"
#include "ImportReviewDialog.h"
#include "importer/MinutesParser.h"
#include "importer/MinutesReader.h"
#include "store/Database.h"
#include "store/MinutesImport.h"

#include <QApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>

namespace {

// Reads one file in the importer's child process and waits for it in an event loop (the window
// goes on painting; nothing polls), with a progress box whose Cancel stops the child. The box is
// gone when this returns, so that nothing stays on top of what comes next.
SourceDocument readWaiting(QWidget* parent, const QString& path, const QString& password,
                           const QString& program, const QString& label)
{
    MinutesReader reader(program);
    QProgressDialog progress(label, QObject::tr("Cancel"), 0, 0, parent);
    progress.setObjectName(QStringLiteral("readingProgress"));
    progress.setWindowTitle(QObject::tr("Import Minutes"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setValue(0);
    QObject::connect(
        &reader, &MinutesReader::progress, &progress, [&progress, label](int, int page, int pages) {
            if (pages <= 0)
                return;
            progress.setMaximum(pages);
            progress.setValue(page);
            progress.setLabelText(QObject::tr("%1\nPage %2 of %3").arg(label).arg(page).arg(pages));
        });
    QObject::connect(&progress, &QProgressDialog::canceled, &reader, &MinutesReader::cancel);
    QEventLoop loop;
    QObject::connect(&reader, &MinutesReader::finished, &loop, &QEventLoop::quit);
    reader.start({path}, password);
    if (!reader.isFinished())
        loop.exec();
    return reader.results().value(0);
}

} // namespace

SourceDocument readMinutesAskingPassword(QWidget* parent, const QString& path, const QString& program,
                                         QString* password)
{
    const QString name = QFileInfo(path).fileName();
    const QString label = QObject::tr("Reading %1…").arg(name);
    QString tried;
    SourceDocument source = readWaiting(parent, path, tried, program, label);
    while (source.errorCode == QLatin1String("encrypted")) {
        QInputDialog ask(parent);
        ask.setObjectName(QStringLiteral("pdfPassword"));
        ask.setWindowTitle(QObject::tr("Password Needed"));
        ask.setLabelText(
            tried.isEmpty()
                ? QObject::tr("%1 is protected by a password. Type its password to import it:").arg(name)
                : QObject::tr("That password does not open %1. Check it (capitals count) and type it again:")
                      .arg(name));
        ask.setTextEchoMode(QLineEdit::Password);
        ask.setOkButtonText(QObject::tr("&Open"));
        if (ask.exec() != QDialog::Accepted || ask.textValue().isEmpty())
            break;
        tried = ask.textValue();
        source = readWaiting(parent, path, tried, program, label);
    }
    if (password)
        *password = source.ok() ? tried : QString();
    return source;
}

void importMinutesInteractively(QWidget* parent, AppContext& context, const QStringList& files)
{
    if (files.isEmpty())
        return;
    QStringList imported, already, failed;
    QProgressDialog progress(QObject::tr("Reading minutes…"), QObject::tr("Cancel"), 0, int(files.size()),
                             parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    for (int i = 0; i < files.size(); ++i) {
        if (progress.wasCanceled())
            break;
        const QString path = files.at(i);
        const QString name = QFileInfo(path).fileName();
        progress.setLabelText(QObject::tr("Reading %1 (%2 of %3)…").arg(name).arg(i + 1).arg(files.size()));
        progress.setValue(i);
        QString password;
        const SourceDocument source =
            readMinutesAskingPassword(parent, path, MinutesSource::extractProgram(), &password);
        if (!source.ok()) {
            failed << QStringLiteral("%1 — %2").arg(name, source.message);
            continue;
        }
        const QByteArray& bytes = source.bytes;
        QString when;
        bool replace = false;
        if (MinutesImport::findSameFile(context.db(), bytes, &when)) {
            const auto answer = QMessageBox::question(
                parent, QObject::tr("Already imported"),
                QObject::tr("%1 was already imported on %2. Replace that meeting with this import?")
                    .arg(name, when.left(10)),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
            if (answer != QMessageBox::Yes) {
                already << name;
                continue;
            }
            replace = true;
        }
        ImportReviewDialog review(path, source, MinutesParser::parse(source), parent, password);
        // A save the store refuses (a locked or read-only database, a full disk) goes back to the same
        // review, with the clerk's corrections still in it.
        for (;;) {
            if (review.exec() != QDialog::Accepted) {
                failed << QObject::tr("%1 — not saved (cancelled at review)").arg(name);
                break;
            }
            try {
                const auto saved =
                    MinutesImport::save(context.db(), review.result(), name, bytes, source.pages, replace);
                imported << saved.message;
                break;
            } catch (const StoreError& e) {
                QMessageBox::warning(parent, QObject::tr("Minutes Not Saved"),
                                     QObject::tr("%1\n\nYour corrections are kept: deal with the cause, then "
                                                 "choose Save to Database again, or Cancel.")
                                         .arg(e.message()));
            }
        }
    }
    progress.setValue(int(files.size()));
    context.notifyDataChanged();
    QStringList summary;
    const auto section = [&summary](const QString& heading, const QStringList& lines) {
        if (lines.isEmpty())
            return;
        QStringList escaped;
        for (const QString& line : lines)
            escaped << line.toHtmlEscaped();
        summary << QStringLiteral("<b>%1</b><br>%2")
                       .arg(heading.toHtmlEscaped(), escaped.join(QStringLiteral("<br>")));
    };
    section(QObject::tr("Imported"), imported);
    section(QObject::tr("Already there"), already);
    section(QObject::tr("Not imported"), failed);
    if (files.size() > 1 || !failed.isEmpty())
        QMessageBox::information(parent, QObject::tr("Import Minutes"),
                                 summary.join(QStringLiteral("<br><br>")));
}
