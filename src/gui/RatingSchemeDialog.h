#pragma once

#include "store/PlanRepository.h"

#include <QDialog>
#include <functional>
#include <memory>

class Database;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Ui {
class RatingSchemeDialog;
}

// The plan's own rating scheme: its statuses (letter, name, colour, definition, whether each
// counts as on track or as complete, best first) and the plan's review period. Clerks, officers
// and administrators edit it; members read it. Saved through PlanRepository::saveScheme, all or
// nothing; a refusal is shown in the dialog, which stays open with the edits kept. A scheme may
// rate several plans: the dialog names them before a save, which changes all of them.
class RatingSchemeDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column
    {
        Letter,
        Name,
        Colour,
        OnTrack,
        MeansComplete,
        InUse,
        Definition,
        ColumnCount
    };

    RatingSchemeDialog(Database& db, const PlanRepository::Plan& plan, QWidget* parent = nullptr);
    ~RatingSchemeDialog() override;

    // How a colour is chosen: QColorDialog unless replaced (tests answer without a dialog).
    // An invalid colour means the choice was cancelled.
    std::function<QColor(const QColor& current, QWidget* parent)> colourChooser;

    bool isReadOnly() const { return m_readOnly; }
    // The statuses as edited, best first.
    QList<PlanRepository::Status> statuses() const;
    // The last refusal or error shown in the dialog (empty when none).
    QString message() const;
    // When other plans are rated with the same scheme, what the dialog says about it before a save
    // ("This scheme is used by 4 plans: …; a change applies to all of them."); empty otherwise.
    QString sharedNote() const;

    void addStatus();
    // Removes the status on `row`, unless a milestone or the rating history uses it (then says so).
    bool removeStatus(int row);
    void moveStatus(int row, int delta);
    void chooseColour(int row);
    // Saves; false (with message() saying why) when refused.
    bool save();

public slots:
    void accept() override;

private:
    void load();
    void setRow(int row, const PlanRepository::Status& status, int inUse);
    void paintColour(int row, const QColor& colour);
    void showMessage(const QString& text);
    int currentRow() const;
    void updateButtons();
    void showSharing();

    std::unique_ptr<Ui::RatingSchemeDialog> m_ui; // the layout: ui/RatingSchemeDialog.ui
    Database& m_db;
    PlanRepository::Plan m_plan;
    bool m_readOnly = true;
    QTableWidget* m_table;
    QSpinBox* m_reviewDays;
    QLabel* m_message;
    QLabel* m_shared;
    QPushButton* m_save = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
    QPushButton* m_colour = nullptr;
};
