#pragma once

#include <QDialog>
#include <memory>

class Database;
class QLabel;
class QLineEdit;
class QTableWidget;
class QTableWidgetItem;

namespace Ui {
class PeopleDialog;
}

// File ▸ People… (administrators): the members, co-opted members, officers and guests known, with
// the job title and e-mail address that chase letters are addressed to and signed with, and that
// the briefing pack names. Each cell is saved as it is changed (F2 or typing edits it); an address
// that is not one is refused in place with the reason, and the cell shows what is saved.
class PeopleDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Kind,
        JobTitle,
        Organisation,
        Email,
        ColumnCount
    };
    PeopleDialog(Database& db, QWidget* parent = nullptr);
    ~PeopleDialog() override;

    QTableWidget* table() const { return m_table; }
    QString message() const;

public slots:
    void addPerson();

private:
    void reload(qint64 select = 0);
    void save(QTableWidgetItem* item);
    void filter(const QString& text);

    std::unique_ptr<Ui::PeopleDialog> m_ui; // the layout: ui/PeopleDialog.ui
    Database& m_db;
    // The form's widgets that the behaviour works on.
    QTableWidget* m_table = nullptr;
    QLineEdit* m_find = nullptr;
    QLabel* m_message = nullptr;
    bool m_loading = false;
};
