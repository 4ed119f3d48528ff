#include "ImportFlow.h"

#include "AppContext.h"
#include "ImportReviewDialog.h"
#include "core/BritishDate.h"
#include "importer/MinutesParser.h"
#include "importer/MinutesReader.h"
#include "store/ContextRepository.h"
#include "store/Database.h"
#include "store/MinutesImport.h"
#include "store/StoreError.h"

#include <QApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QtConcurrent>
#include <optional>

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
                                         QString* password, const QString& progressLabel)
{
    const QString name = QFileInfo(path).fileName();
    const QString label = progressLabel.isEmpty() ? QObject::tr("Reading %1…").arg(name) : progressLabel;
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

namespace {

// The committee already has a meeting on the date the clerk left in the review: what to do with
// these minutes. Empty optional: back to the review.
std::optional<MinutesImport::SameMeeting>
askAboutSameMeeting(QWidget* parent, const MinutesImport::ExistingMeeting& same, const QString& name)
{
    QMessageBox ask(parent);
    ask.setObjectName(QStringLiteral("sameMeeting"));
    ask.setIcon(QMessageBox::Question);
    ask.setWindowTitle(QObject::tr("Meeting Already Recorded"));
    ask.setText(
        QObject::tr("The %1 already has a meeting recorded on %2 (%3 items, %4). What should be done with "
                    "the minutes in %5?")
            .arg(same.committee, BritishDate::longDate(same.startsAt.date()))
            .arg(same.items)
            .arg(same.status == QLatin1String("approved") ? QObject::tr("minutes approved")
                 : same.status == QLatin1String("held")   ? QObject::tr("minutes in draft")
                                                          : QObject::tr("scheduled"),
                 name));
    ask.setInformativeText(
        QObject::tr("Merge adds to that meeting what it lacks (people, items, resolutions, "
                    "actions); Replace deletes it and saves these minutes instead; Keep Both "
                    "saves a second meeting on the same date."));
    QPushButton* merge = ask.addButton(QObject::tr("&Merge into It"), QMessageBox::AcceptRole);
    QPushButton* replace = ask.addButton(QObject::tr("&Replace It"), QMessageBox::DestructiveRole);
    QPushButton* both = ask.addButton(QObject::tr("&Keep Both"), QMessageBox::YesRole);
    ask.addButton(QObject::tr("Back to the Review"), QMessageBox::RejectRole);
    ask.setDefaultButton(merge);
    ask.exec();
    if (ask.clickedButton() == merge)
        return MinutesImport::SameMeeting::Merge;
    if (ask.clickedButton() == replace)
        return MinutesImport::SameMeeting::Replace;
    if (ask.clickedButton() == both)
        return MinutesImport::SameMeeting::KeepBoth;
    return std::nullopt;
}

} // namespace

void importMinutesInteractively(QWidget* parent, AppContext& context, const QStringList& files)
{
    if (files.isEmpty())
        return;
    // The parser's patterns are made ready while the first file is read (see MinutesParser::prepare).
    const QFuture<void> prepared = QtConcurrent::run(MinutesParser::prepare);
    QStringList imported, already, failed;
    MinutesImport::Saved last;
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        const QString name = QFileInfo(path).fileName();
        QString password;
        // Its progress box closes before anything else opens (the review, a question).
        const SourceDocument source = readMinutesAskingPassword(
            parent, path, MinutesSource::extractProgram(), &password,
            files.size() > 1 ? QObject::tr("Reading %1 (%2 of %3)…").arg(name).arg(i + 1).arg(files.size())
                             : QString());
        if (source.errorCode == QLatin1String("cancelled")) {
            for (int k = i; k < files.size(); ++k)
                failed << QObject::tr("%1 — not read (cancelled)").arg(QFileInfo(files.at(k)).fileName());
            break;
        }
        if (!source.ok()) {
            failed << QStringLiteral("%1 — %2").arg(name, source.message);
            continue;
        }
        const QByteArray& bytes = source.bytes;
        QString when;
        const qint64 sameFile = MinutesImport::findSameFile(context.db(), bytes, &when);
        if (sameFile) {
            const auto answer = QMessageBox::question(
                parent, QObject::tr("Already imported"),
                QObject::tr("%1 was already imported on %2. Replace that meeting with this import?")
                    .arg(name, BritishDate::mediumDate(QDateTime::fromString(when, Qt::ISODate).date())),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
            if (answer != QMessageBox::Yes) {
                already << name;
                continue;
            }
        }
        ImportReviewDialog review(path, source, MinutesParser::parse(source), parent, password);
        review.setObjectName(QStringLiteral("importReview"));
        QStringList committees, shortNames;
        try {
            for (const auto& c : ContextRepository(context.db()).committees())
                committees << c.name;
        } catch (const StoreError&) {
        }
        review.setKnownCommittees(committees, shortNames);
        // A save the store refuses (a locked or read-only database, a full disk) goes back to the same
        // review, with the clerk's corrections still in it; so does "Back to the Review".
        for (;;) {
            if (review.exec() != QDialog::Accepted) {
                failed << QObject::tr("%1 — not saved (cancelled at review)").arg(name);
                break;
            }
            const ParsedMinutes reviewed = review.result();
            MinutesImport::SaveOptions options;
            options.replaceSameFile = sameFile != 0;
            try {
                // With what the clerk typed: the same committee (however written) and the same date.
                const auto same =
                    MinutesImport::findSameMeeting(context.db(), reviewed.committee, reviewed.date);
                if (same.id && same.id != sameFile) {
                    const auto choice = askAboutSameMeeting(&review, same, name);
                    if (!choice)
                        continue;
                    options.sameMeeting = *choice;
                }
                last = MinutesImport::save(context.db(), reviewed, name, bytes, source.pages, options);
                imported << last.message;
                break;
            } catch (const StoreError& e) {
                QMessageBox::warning(&review, QObject::tr("Minutes Not Saved"),
                                     QObject::tr("%1\n\nYour corrections are kept: deal with the cause, then "
                                                 "choose Save to Database again, or Cancel.")
                                         .arg(e.message()));
            }
        }
    }
    context.notifyDataChanged();
    // The meeting saved (the last one, when several were) is opened on the Meetings page.
    if (last.meetingId) {
        context.setCommittee(last.committeeId);
        context.setMeeting(last.meetingId);
        context.navigate(PageId::Meetings, {{QStringLiteral("meeting"), last.meetingId}});
    }
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
    section(QObject::tr("Saved"), imported);
    section(QObject::tr("Already there"), already);
    section(QObject::tr("Not imported"), failed);
    if (summary.isEmpty())
        return;
    // Say what was saved: a clerk should not have to go looking to know the import worked.
    QMessageBox done(imported.isEmpty() ? QMessageBox::Warning : QMessageBox::Information,
                     QObject::tr("Import Minutes"), summary.join(QStringLiteral("<br><br>")), QMessageBox::Ok,
                     parent);
    done.setObjectName(QStringLiteral("importSummary"));
    done.setTextFormat(Qt::RichText);
    done.exec();
}
