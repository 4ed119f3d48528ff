#pragma once

#include "core/ParsedMinutes.h"
#include "importer/MinutesSource.h"

#include <QDialog>
#include <memory>

class QIcon;
class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;
class PageRenderer;

namespace Ui {
class ImportReviewDialog;
}

// The review step: the PDF page on one side, drawn by the importer's renderer (in a guarded child
// process) from the bytes the import read (the file is not opened again), with the selected element's
// lines highlighted; on the other the parsed meeting as an editable tree (header fields,
// attendance, items, resolutions, actions with owner and due date, suggested actions to accept or
// reject) and the importer's warnings. What the importer is unsure of is marked "Check" (an icon, a
// colour and the word; its reason as the tooltip) for the clerk to look at first, F8 going from one
// to the next. Nothing is saved here: the caller saves result() on Accepted.
class ImportReviewDialog : public QDialog
{
    Q_OBJECT
public:
    // `password` opens a locked PDF (the one it was read with); the pages are drawn from `source.bytes`.
    ImportReviewDialog(const QString& path, const SourceDocument& source, const ParsedMinutes& minutes,
                       QWidget* parent = nullptr, const QString& password = QString());
    ~ImportReviewDialog() override;

    // The minutes as reviewed: edited texts, unticked rows left out, accepted suggestions as actions,
    // the status as the clerk left it (draft or approved).
    ParsedMinutes result() const;

    // The committees in the database, offered as the clerk types the committee; the one the document
    // names is matched to them (CommitteeName), else marked as new.
    void setKnownCommittees(const QStringList& names, const QStringList& shortNames = {});

    // Selects the next element the importer is unsure of (F8, and the Next to Check button).
    void nextToCheck();

    // What the page side shows: the page (1-based; 0 for none) and the highlighted box in points.
    int shownPage() const { return m_shownPage; }
    QRectF highlightedBox() const { return m_highlight; }

    // Save: refused, with the row selected and a message saying how to write it, while a date,
    // time or due date typed in the review cannot be read (it would otherwise be dropped).
    void accept() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showPage(int page, const QRectF& highlight = QRectF(), bool force = false);
    void build();
    void addRowBelow();
    QTreeWidgetItem* addDeclarationRow(QTreeWidgetItem* parent, const QString& member, const QString& nature,
                                       const QString& kind, const QString& item, const SourceRegion& where,
                                       QTreeWidgetItem* after = nullptr);
    void updateButtons();
    QTreeWidgetItem* fieldRow(const QString& key) const;
    void markToCheck(QTreeWidgetItem* item, const Certainty& certainty);
    void setToCheck(QTreeWidgetItem* item, const QString& word, const QString& why, const QIcon& icon);
    void updateToCheck();

    std::unique_ptr<Ui::ImportReviewDialog> m_ui; // the layout: ui/ImportReviewDialog.ui
    QString m_path;
    SourceDocument m_source;
    ParsedMinutes m_minutes;
    std::unique_ptr<PageRenderer> m_renderer;
    // The form's widgets that the behaviour works on.
    QTreeWidget* m_tree = nullptr;
    QScrollArea* m_scroll = nullptr;
    QLabel* m_page = nullptr;
    QSpinBox* m_pageBox = nullptr;
    QListWidget* m_warnings = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_next = nullptr;
    QLabel* m_toCheck = nullptr;
    QStringList m_committees;
    QLabel* m_message = nullptr;
    int m_shownPage = 0;
    QRectF m_highlight;
    double m_dpi = 96;
};
