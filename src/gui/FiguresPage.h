#pragma once

#include "Page.h"

#include <memory>

class FiguresModel;
class QAction;

namespace Ui {
class FiguresPage;
}

// Figures: the validating entry grid (indicators × months for a team), each figure's comment, and
// the chart of the chosen indicator. Its menu (Fi&gures) opens the indicator catalogue, imports a
// CSV of figures with a preview, and saves the chart as a PNG.
class FiguresPage : public Page
{
    Q_OBJECT
public:
    FiguresPage(AppContext& context, QWidget* parent = nullptr);
    ~FiguresPage() override;

    QString title() const override;
    void reload() override;
    void reveal(const QVariantMap& target) override;
    QList<QAction*> menuActions() const override;
    QString menuTitle() const override;

public slots:
    // Figures ▸ Indicator Catalogue…: every role may read it; officers and administrators edit it.
    void editCatalogue();
    // File ▸ Import Figures from CSV…: choose a file, preview it, import all or nothing.
    void importFiguresCsv();
    void saveChartAsPng();
    // Comment… (Shift+F2) on the current figure.
    void editComment();

private:
    void loadTeam();
    void drawChart();
    void showMessage(const QString& text, bool problem);

    std::unique_ptr<Ui::FiguresPage> m_ui; // the layout: ui/FiguresPage.ui
    FiguresModel* m_model = nullptr;
    QAction* m_catalogueAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_saveChartAction = nullptr;
    QAction* m_commentAction = nullptr;
};
