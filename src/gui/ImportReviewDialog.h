#pragma once

#include "core/ParsedMinutes.h"
#include "importer/MinutesSource.h"

#include <QDialog>

class QLabel;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

// The review step: the PDF page on one side (the selected element's page), the parsed meeting on
// the other as an editable tree. Nothing is saved here: the caller saves result() on Accepted.
class ImportReviewDialog : public QDialog
{
    Q_OBJECT
public:
    ImportReviewDialog(const QString& path, const SourceDocument& source, const ParsedMinutes& minutes, QWidget* parent = nullptr);

    // The minutes as reviewed: edited texts, unticked rows left out, accepted suggestions as actions.
    ParsedMinutes result() const;

private:
    void showPage(int page);
    void build();

    QString m_path;
    SourceDocument m_source;
    ParsedMinutes m_minutes;
    QTreeWidget* m_tree = nullptr;
    QLabel* m_page = nullptr;
    QLabel* m_pageLabel = nullptr;
    QSpinBox* m_pageBox = nullptr;
    int m_shownPage = 0;
};
