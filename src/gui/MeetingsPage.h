#pragma once

#include "Page.h"

#include <memory>

class ContextRepository;

namespace Ui {
class MeetingsPage;
}

// Meetings: the committee's meetings, newest first; for the chosen one its agenda with minutes,
// numbered resolutions and the actions beneath, its attendance, and the documents kept with it.
class MeetingsPage : public Page
{
    Q_OBJECT
public:
    MeetingsPage(AppContext& context, QWidget* parent = nullptr);
    ~MeetingsPage() override;

    QString title() const override;
    void reload() override;
    void reveal(const QVariantMap& target) override;

public slots:
    // Writes the selected document's original bytes to `path`; false (with the reason in `error`)
    // when there is no selection, nothing was kept, or the file cannot be written.
    bool writeDocument(const QString& path, QString* error) const;

private:
    QString selectedDocumentName() const;
    void openDocument();
    void saveDocument();
    void showDocuments(const ContextRepository& repo, qint64 meetingId);
    void selectMeeting(qint64 id);
    void showMeeting();

    std::unique_ptr<Ui::MeetingsPage> m_ui; // the layout: ui/MeetingsPage.ui
};
