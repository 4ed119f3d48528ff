#include "ImportReviewDialog.h"

#include "core/BritishDate.h"
#include "core/CommitteeName.h"
#include "importer/MinutesSource.h"
#include "importer/PageRenderer.h"
#include "ui_ImportReviewDialog.h"

#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSpinBox>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTreeWidget>

namespace {

enum Kind
{
    Group = 0,
    Field,
    Person,
    Item,
    Resolution,
    Action,
    Suggestion,
    Declaration
};
enum Column
{
    LabelColumn,
    TextColumn,
    OwnerColumn,
    DueColumn,
    CheckColumn
};
constexpr int KindRole = Qt::UserRole + 1;
constexpr int KeyRole = Qt::UserRole + 2;
constexpr int PageRole = Qt::UserRole + 3;
constexpr int BoxRole = Qt::UserRole + 4;
constexpr int IndexRole = Qt::UserRole + 5;
constexpr int ToCheckRole = Qt::UserRole + 6; // the importer is unsure of it: the clerk checks it first

QString draftText()
{
    return QCoreApplication::translate("ImportReviewDialog", "Draft: held, not yet approved");
}

QString approvedText()
{
    return QCoreApplication::translate("ImportReviewDialog", "Approved");
}

// Which cells a clerk may correct: texts, owners and due dates, and an item's number; not the labels.
// The committee is typed with the known committees offered as it is typed; the minutes' status is
// chosen from a list.
class ReviewDelegate : public QStyledItemDelegate
{
public:
    ReviewDelegate(const QStringList* committees, QObject* parent)
        : QStyledItemDelegate(parent), m_committees(committees)
    {
    }
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override
    {
        const int kind = index.siblingAtColumn(LabelColumn).data(KindRole).toInt();
        const QString key = index.siblingAtColumn(LabelColumn).data(KeyRole).toString();
        const bool editable = index.column() != CheckColumn &&
                              ((index.column() == TextColumn && kind != Group) ||
                               (index.column() == LabelColumn && kind == Item) ||
                               (index.column() == OwnerColumn && (kind == Action || kind == Suggestion)) ||
                               (index.column() == DueColumn && kind == Action) || kind == Declaration);
        if (!editable)
            return nullptr;
        if (kind == Field && key == QLatin1String("status")) {
            auto* box = new QComboBox(parent);
            box->setObjectName(QStringLiteral("statusEditor"));
            box->addItems({draftText(), approvedText()});
            return box;
        }
        QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto* line = qobject_cast<QLineEdit*>(editor);
            line && kind == Field && key == QLatin1String("committee") && m_committees) {
            auto* completer = new QCompleter(*m_committees, line);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            completer->setFilterMode(Qt::MatchContains);
            line->setCompleter(completer);
        }
        return editor;
    }

private:
    const QStringList* m_committees;
};

QTreeWidgetItem* row(QTreeWidgetItem* parent, Kind kind, const QString& label, const QString& value,
                     const SourceRegion& where, QTreeWidgetItem* after = nullptr)
{
    auto* item = after ? new QTreeWidgetItem(parent, after) : new QTreeWidgetItem(parent);
    item->setText(LabelColumn, label);
    item->setText(TextColumn, value);
    item->setData(LabelColumn, KindRole, kind);
    item->setData(LabelColumn, PageRole, where.page);
    item->setData(LabelColumn, BoxRole, where.box);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    if (kind != Field)
        item->setCheckState(LabelColumn, Qt::Checked);
    return item;
}

QString dueText(const QDate& due)
{
    return due.isValid() ? BritishDate::shortDate(due) : QString();
}

QDate dueFrom(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    const QDate iso = QDate::fromString(t, Qt::ISODate);
    return iso.isValid() ? iso : BritishDate::parse(t);
}

} // namespace

ImportReviewDialog::ImportReviewDialog(const QString& path, const SourceDocument& source,
                                       const ParsedMinutes& minutes, QWidget* parent, const QString& password)
    : QDialog(parent), m_ui(std::make_unique<Ui::ImportReviewDialog>()), m_path(path), m_source(source),
      m_minutes(minutes)
{
    m_ui->setupUi(this); // the layout: ui/ImportReviewDialog.ui
    m_pageBox = m_ui->pageBox;
    m_scroll = m_ui->scroll;
    m_page = m_ui->pageImage;
    m_tree = m_ui->reviewTree;
    m_add = m_ui->addRow;
    m_next = m_ui->nextToCheck;
    m_toCheck = m_ui->toCheckCount;
    m_warnings = m_ui->importWarnings;
    m_message = m_ui->reviewMessage;
    setWindowTitle(tr("Import Minutes: %1").arg(QFileInfo(path).fileName()));
    // As large as is useful, never larger than the screen (a 1024 × 700 laptop screen included).
    const QScreen* screen = parent ? parent->screen() : QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1300, 850);
    resize(qMin(1300, available.width() - 24), qMin(850, available.height() - 24));
    m_pageBox->setRange(1, qMax(1, source.pages));
    m_ui->pageCount->setText(tr("of %1").arg(qMax(1, source.pages)));
    // The page fits the width of its side (no sideways scrolling) and follows it when resized.
    m_scroll->viewport()->installEventFilter(this);

    m_tree->header()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_tree->setItemDelegate(new ReviewDelegate(&m_committees, m_tree));
    // Long resolutions wrap onto more lines rather than being cut short, also after a resize.
    connect(m_tree->header(), &QHeaderView::sectionResized, m_tree, [this] { m_tree->doItemsLayout(); });
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const QString& w : minutes.warnings)
        new QListWidgetItem(warningIcon, w, m_warnings);
    if (minutes.warnings.isEmpty())
        new QListWidgetItem(tr("None: still check the items against the page."), m_warnings);
    m_warnings->setMaximumHeight(
        qMax(48, qMin(int(minutes.warnings.size()), 3) * m_warnings->fontMetrics().height() * 3 / 2 + 12));

    m_ui->splitter->setSizes({width() * 2 / 5, width() * 3 / 5});
    m_message->hide();
    m_ui->buttons->button(QDialogButtonBox::Save)->setText(tr("&Save to Database"));
    connect(m_pageBox, &QSpinBox::valueChanged, this, [this](int page) {
        if (page != m_shownPage)
            showPage(page);
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        updateButtons();
        if (!item)
            return;
        const int page = item->data(LabelColumn, PageRole).toInt();
        if (page > 0)
            showPage(page, item->data(LabelColumn, BoxRole).toRectF());
    });
    connect(m_add, &QPushButton::clicked, this, &ImportReviewDialog::addRowBelow);
    connect(m_next, &QPushButton::clicked, this, &ImportReviewDialog::nextToCheck);
    auto* nextKey = new QShortcut(QKeySequence(Qt::Key_F8), this);
    connect(nextKey, &QShortcut::activated, this, &ImportReviewDialog::nextToCheck);

    if (source.kind == QLatin1String("pdf"))
        m_renderer = std::make_unique<PageRenderer>(source.bytes, password, MinutesSource::extractProgram());
    build();
    updateButtons();
    showPage(1);
}

ImportReviewDialog::~ImportReviewDialog() = default;

void ImportReviewDialog::build()
{
    const ParsedMinutes& m = m_minutes;
    auto* meeting = new QTreeWidgetItem(m_tree, {tr("Meeting")});
    meeting->setData(LabelColumn, PageRole, m.headerRegion.page);
    meeting->setData(LabelColumn, BoxRole, m.headerRegion.box);
    auto field = [&](const QString& key, const QString& label, const QString& value) {
        row(meeting, Field, label, value, m.headerRegion)->setData(LabelColumn, KeyRole, key);
    };
    field(QStringLiteral("council"), tr("Council"), m.council);
    field(QStringLiteral("committee"), tr("Committee"), m.committee);
    field(QStringLiteral("date"), tr("Date"), m.date.isValid() ? BritishDate::longDate(m.date) : QString());
    field(QStringLiteral("time"), tr("Time"),
          m.time.isValid() ? m.time.toString(QStringLiteral("HH:mm")) : QString());
    field(QStringLiteral("venue"), tr("Venue"), m.venue);
    field(QStringLiteral("contact"), tr("Contact"), m.contact);
    field(QStringLiteral("status"), tr("Minutes"), m.draft ? draftText() : approvedText());
    if (QTreeWidgetItem* status = fieldRow(QStringLiteral("status"))) {
        status->setToolTip(TextColumn,
                           tr("As the document says: draft minutes (a draft, or the minutes of the "
                              "previous meeting in an agenda pack) are saved as held, not approved. "
                              "Double-click to change it."));
        if (m.draft) {
            QFont italic = status->font(TextColumn);
            italic.setItalic(true);
            status->setFont(TextColumn, italic);
        }
    }
    markToCheck(meeting, m.headerCertainty);
    auto group = [&](const QString& label, const QString& key, const QStringList& people) {
        auto* top = new QTreeWidgetItem(m_tree, {label});
        top->setData(LabelColumn, KeyRole, key);
        top->setData(LabelColumn, PageRole, m.attendanceRegion.page);
        top->setData(LabelColumn, BoxRole, m.attendanceRegion.box);
        for (const QString& p : people)
            row(top, Person, QString(), p, m.attendanceRegion)->setData(LabelColumn, KeyRole, key);
        return top;
    };
    markToCheck(group(tr("Present (%1)").arg(m.present.size()), QStringLiteral("present"), m.present),
                m.attendanceCertainty);
    markToCheck(group(tr("Apologies (%1)").arg(m.apologies.size()), QStringLiteral("apologies"), m.apologies),
                m.attendanceCertainty);
    // Declarations of interest: the member in the first column, what the interest is, its kind and
    // the item it concerns in the others; each cell editable, each row untickable.
    auto* declarations =
        new QTreeWidgetItem(m_tree, {tr("Declarations of interest (%1)").arg(m.declarations.size())});
    declarations->setData(LabelColumn, KeyRole, QStringLiteral("declarations"));
    declarations->setToolTip(LabelColumn,
                             tr("Each row: the member, what the interest is, its kind (personal, "
                                "prejudicial, pecuniary) and the item it concerns."));
    if (!m.declarations.isEmpty()) {
        declarations->setData(LabelColumn, PageRole,
                              m.declarations.first().region.page > 0 ? m.declarations.first().region.page
                                                                     : m.declarations.first().page);
        declarations->setData(LabelColumn, BoxRole, m.declarations.first().region.box);
    }
    for (const ParsedDeclaration& d : m.declarations) {
        SourceRegion dw = d.region;
        if (dw.page == 0)
            dw.page = d.page;
        markToCheck(addDeclarationRow(declarations, d.member, d.nature, d.kind, d.itemNumber, dw),
                    d.certainty);
    }
    for (int i = 0; i < m.items.size(); ++i) {
        const ParsedItem& item = m.items.at(i);
        SourceRegion where = item.region;
        if (where.page == 0)
            where.page = item.page;
        auto* top = row(m_tree->invisibleRootItem(), Item, item.number, item.title, where);
        top->setData(LabelColumn, IndexRole, i);
        top->setToolTip(TextColumn, item.title);
        top->setToolTip(LabelColumn, tr("The item's number as printed; double-click to correct it."));
        QFont bold = top->font(TextColumn);
        bold.setBold(true);
        top->setFont(TextColumn, bold);
        markToCheck(top, item.certainty);
        for (int r = 0; r < item.resolutions.size(); ++r) {
            SourceRegion rw = item.resolutionRegions.value(r);
            if (rw.page == 0)
                rw.page = item.page;
            auto* resolution =
                row(top, Resolution, tr("Resolution %1").arg(r + 1), item.resolutions.at(r), rw);
            resolution->setToolTip(TextColumn, item.resolutions.at(r));
            markToCheck(resolution, item.resolutionCertainty.value(r));
        }
        for (const ParsedAction& a : item.actions) {
            SourceRegion aw = a.region;
            if (aw.page == 0)
                aw.page = a.page > 0 ? a.page : item.page;
            auto* act = row(top, Action, tr("Action"), a.text, aw);
            act->setToolTip(TextColumn, a.text);
            act->setText(OwnerColumn, a.owner);
            act->setText(DueColumn, dueText(a.due));
            markToCheck(act, a.certainty);
        }
        for (const ParsedAction& a : item.suggestedActions) {
            SourceRegion sw = a.region;
            if (sw.page == 0)
                sw.page = item.page;
            auto* s = row(top, Suggestion, tr("Suggested action"), a.text, sw);
            s->setText(OwnerColumn, a.owner);
            s->setToolTip(TextColumn, a.text);
            s->setCheckState(LabelColumn, Qt::Unchecked);
            s->setForeground(LabelColumn, QColor(0x8d, 0x6e, 0x00));
            s->setToolTip(
                LabelColumn,
                tr("Found in the narrative, not minuted as an action: tick to accept it as an action, "
                   "leave unticked to reject it."));
        }
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(LabelColumn);
    // Owner and due date as wide as what they hold (narrow when there are none), the text the rest.
    m_tree->resizeColumnToContents(OwnerColumn);
    m_tree->resizeColumnToContents(DueColumn);
    m_tree->setColumnWidth(OwnerColumn, qBound(70, m_tree->columnWidth(OwnerColumn), 220));
    m_tree->setColumnWidth(DueColumn, qBound(50, m_tree->columnWidth(DueColumn), 100));
    m_tree->resizeColumnToContents(CheckColumn);
    m_tree->setColumnWidth(CheckColumn, qBound(60, m_tree->columnWidth(CheckColumn), 110));
    updateToCheck();
}

QTreeWidgetItem* ImportReviewDialog::fieldRow(const QString& key) const
{
    QTreeWidgetItem* meeting = m_tree->topLevelItem(0);
    for (int c = 0; meeting && c < meeting->childCount(); ++c)
        if (meeting->child(c)->data(LabelColumn, KeyRole).toString() == key)
            return meeting->child(c);
    return nullptr;
}

void ImportReviewDialog::markToCheck(QTreeWidgetItem* item, const Certainty& certainty)
{
    if (!item || !certainty.unsure())
        return;
    setToCheck(item, tr("Check"),
               certainty.why.isEmpty() ? tr("The importer is not sure of this: check it against the page.")
                                       : tr("The importer is not sure of this: %1").arg(certainty.why),
               style()->standardIcon(QStyle::SP_MessageBoxWarning));
}

void ImportReviewDialog::setToCheck(QTreeWidgetItem* item, const QString& word, const QString& why,
                                    const QIcon& icon)
{
    // An icon, a colour and a word: never colour alone.
    item->setData(LabelColumn, ToCheckRole, !word.isEmpty());
    item->setText(CheckColumn, word);
    item->setIcon(CheckColumn, word.isEmpty() ? QIcon() : icon);
    item->setToolTip(CheckColumn, why);
    const QBrush marker = word.isEmpty() ? QBrush() : QBrush(QColor(255, 236, 179));
    item->setBackground(LabelColumn, marker);
    item->setBackground(CheckColumn, marker);
    if (!word.isEmpty())
        item->setToolTip(LabelColumn, why);
}

void ImportReviewDialog::updateToCheck()
{
    int n = 0;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        n += (*it)->data(LabelColumn, ToCheckRole).toBool() ? 1 : 0;
    m_next->setEnabled(n > 0);
    m_toCheck->setText(n == 0   ? tr("Nothing marked to check; still compare the rows with the page.")
                       : n == 1 ? tr("1 element to check first (F8).")
                                : tr("%1 elements to check first (F8 goes to the next).").arg(n));
}

void ImportReviewDialog::nextToCheck()
{
    QList<QTreeWidgetItem*> marked;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->data(LabelColumn, ToCheckRole).toBool())
            marked << *it;
    if (marked.isEmpty())
        return;
    QTreeWidgetItem* current = m_tree->currentItem();
    int from = -1;
    if (current) {
        // The first marked row after the current one in the tree's order, wrapping round.
        QList<QTreeWidgetItem*> all;
        for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
            all << *it;
        const qsizetype at = all.indexOf(current);
        for (int i = 0; i < marked.size(); ++i)
            if (all.indexOf(marked.at(i)) > at) {
                from = i;
                break;
            }
    }
    QTreeWidgetItem* target = marked.value(from < 0 ? 0 : from);
    m_tree->setCurrentItem(target, TextColumn);
    m_tree->scrollToItem(target);
    m_tree->setFocus();
}

void ImportReviewDialog::setKnownCommittees(const QStringList& names, const QStringList& shortNames)
{
    m_committees = names;
    QTreeWidgetItem* committee = fieldRow(QStringLiteral("committee"));
    if (!committee)
        return;
    const QString printed = m_minutes.committee;
    const QString known = CommitteeName::match(printed, names, shortNames);
    if (!known.isEmpty()) {
        committee->setText(TextColumn, known);
        if (known != printed)
            committee->setToolTip(TextColumn, tr("Printed as “%1”: this is the committee already in the "
                                                 "database. Double-click to choose another.")
                                                  .arg(printed));
        if (!committee->data(LabelColumn, ToCheckRole).toBool())
            setToCheck(committee, QString(), QString(), QIcon());
    } else if (!printed.isEmpty()) {
        setToCheck(
            committee, tr("New"),
            tr("No committee of this name is in the database: saving creates it. Double-click and type "
               "to choose one of the committees already there."),
            style()->standardIcon(QStyle::SP_MessageBoxInformation));
    }
    updateToCheck();
}

QTreeWidgetItem* ImportReviewDialog::addDeclarationRow(QTreeWidgetItem* parent, const QString& member,
                                                       const QString& nature, const QString& kind,
                                                       const QString& item, const SourceRegion& where,
                                                       QTreeWidgetItem* after)
{
    auto* r = row(parent, Declaration, member, nature, where, after);
    r->setData(LabelColumn, KeyRole, QStringLiteral("declarations"));
    r->setText(OwnerColumn, kind);
    r->setText(DueColumn, item);
    r->setToolTip(LabelColumn, tr("The member who declared the interest; double-click to correct it."));
    r->setToolTip(TextColumn, nature.isEmpty() ? tr("What the interest is, as the minutes say it.") : nature);
    r->setToolTip(OwnerColumn, tr("The kind of interest, as written: personal, prejudicial, pecuniary …"));
    r->setToolTip(DueColumn, tr("The number of the item it concerns, when the minutes say."));
    return r;
}

void ImportReviewDialog::updateButtons()
{
    QTreeWidgetItem* current = m_tree->currentItem();
    const int kind = current ? current->data(LabelColumn, KindRole).toInt() : -1;
    const bool peopleGroup =
        current && kind == Group && !current->data(LabelColumn, KeyRole).toString().isEmpty();
    m_add->setEnabled(kind == Person || kind == Item || kind == Resolution || kind == Action ||
                      kind == Declaration || peopleGroup);
}

void ImportReviewDialog::addRowBelow()
{
    QTreeWidgetItem* current = m_tree->currentItem();
    if (!current)
        return;
    const Kind kind = Kind(current->data(LabelColumn, KindRole).toInt());
    const SourceRegion where{current->data(LabelColumn, PageRole).toInt(), QRectF()};
    QTreeWidgetItem* added = nullptr;
    const QString key = current->data(LabelColumn, KeyRole).toString();
    if (kind == Group && key == QLatin1String("declarations")) {
        added = addDeclarationRow(current, QString(), QString(), QString(), QString(), where);
        m_tree->setCurrentItem(added, LabelColumn);
        m_tree->editItem(added, LabelColumn);
        return;
    } else if (kind == Declaration) {
        added =
            addDeclarationRow(current->parent(), QString(), QString(), QString(), QString(), where, current);
        m_tree->setCurrentItem(added, LabelColumn);
        m_tree->editItem(added, LabelColumn);
        return;
    } else if (kind == Group) {
        if (key.isEmpty())
            return;
        added = row(current, Person, QString(), QString(), where);
        added->setData(LabelColumn, KeyRole, key);
    } else if (kind == Person) {
        added = row(current->parent(), Person, QString(), QString(), where, current);
        added->setData(LabelColumn, KeyRole, current->data(LabelColumn, KeyRole));
    } else if (kind == Item) {
        added = row(m_tree->invisibleRootItem(), Item, QString(), QString(), where, current);
        added->setData(LabelColumn, IndexRole, -1);
    } else if (kind == Resolution) {
        added = row(current->parent(), Resolution, tr("Resolution (added)"), QString(), where, current);
    } else if (kind == Action) {
        added = row(current->parent(), Action, tr("Action"), QString(), where, current);
    } else {
        return;
    }
    m_tree->setCurrentItem(added, TextColumn);
    m_tree->editItem(added, TextColumn);
}

bool ImportReviewDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize && m_shownPage > 0)
        showPage(m_shownPage, m_highlight, true);
    return QDialog::eventFilter(watched, event);
}

void ImportReviewDialog::showPage(int page, const QRectF& highlight, bool force)
{
    if (page == m_shownPage && highlight == m_highlight && !force)
        return;
    m_shownPage = page;
    m_highlight = highlight;
    if (m_pageBox->value() != page) {
        const QSignalBlocker block(m_pageBox);
        m_pageBox->setValue(page);
    }
    if (m_source.kind != QLatin1String("pdf")) {
        m_page->setText(
            tr("Plain-text minutes: there is no page to show. Check the rows against the text you copied."));
        return;
    }
    const QSizeF size = m_renderer ? m_renderer->pageSize(page) : QSizeF();
    if (size.isEmpty()) {
        m_page->setText(
            tr("Page %1 cannot be shown. Check the rows against the PDF in another viewer.").arg(page));
        return;
    }
    // Fit to width: the resolution at which the page is as wide as the viewport.
    const double fit =
        qBound(40.0, (m_scroll->viewport()->width() - 8) * 72.0 / qMax(1.0, size.width()), 200.0);
    if (force && qAbs(fit - m_dpi) < 1 && !m_page->pixmap().isNull())
        return;
    m_dpi = fit;
    const double ratio = devicePixelRatioF();
    QImage image = m_renderer->render(page, m_dpi * ratio);
    if (image.isNull()) {
        m_page->setText(
            tr("Page %1 cannot be shown. Check the rows against the PDF in another viewer.").arg(page));
        return;
    }
    if (!highlight.isEmpty()) {
        // The element's lines, a little larger than the text, in a translucent marker colour with an outline.
        const double scale = m_dpi * ratio / 72.0;
        const QRectF box(highlight.left() * scale - 4 * ratio, highlight.top() * scale - 3 * ratio,
                         highlight.width() * scale + 8 * ratio, highlight.height() * scale + 6 * ratio);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setCompositionMode(QPainter::CompositionMode_Multiply);
        painter.fillRect(box, QColor(255, 214, 0));
        painter.setCompositionMode(QPainter::CompositionMode_SourceOver);
        painter.setPen(QPen(QColor(200, 120, 0), 2 * ratio));
        painter.drawRect(box);
        painter.end();
        image.setDevicePixelRatio(ratio);
        m_page->setPixmap(QPixmap::fromImage(image));
        // Bring the highlight into view, with some of what comes before it.
        const QPoint centre = (box.center() / ratio).toPoint();
        const int margin = int(qMin(box.height() / ratio / 2 + 80, m_scroll->viewport()->height() / 2.0));
        const int offset = qMax(0, (m_page->width() - int(image.width() / ratio)) / 2);
        m_scroll->ensureVisible(centre.x() + offset, centre.y(), 50, margin);
        return;
    }
    image.setDevicePixelRatio(ratio);
    m_page->setPixmap(QPixmap::fromImage(image));
    m_scroll->verticalScrollBar()->setValue(0);
}

void ImportReviewDialog::accept()
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        QTreeWidgetItem* item = *it;
        const int kind = item->data(LabelColumn, KindRole).toInt();
        const QString key = item->data(LabelColumn, KeyRole).toString();
        const QString text = item->text(TextColumn).simplified();
        QString problem;
        int column = TextColumn;
        if (kind == Field && key == QLatin1String("date") && !text.isEmpty() &&
            !BritishDate::parse(text).isValid() && !dueFrom(text).isValid()) {
            problem = tr("“%1” is not a date that can be read. Write the meeting's date as "
                         "Tuesday 5 March 2024 or 05/03/2024, or leave it empty if it is not known.")
                          .arg(text);
        } else if (kind == Field && key == QLatin1String("time") && !text.isEmpty() &&
                   !BritishDate::parseTime(text).isValid()) {
            problem = tr("“%1” is not a time that can be read. Write it as 19:00 or 7.00 pm, or leave it "
                         "empty.")
                          .arg(text);
        } else if (kind == Action && item->checkState(LabelColumn) == Qt::Checked && !text.isEmpty()) {
            const QString due = item->text(DueColumn).simplified();
            if (!due.isEmpty() && !dueFrom(due).isValid()) {
                problem = tr("“%1” is not a due date that can be read. Write it as 30/04/2024 or "
                             "30 April 2024, or leave it empty.")
                              .arg(due);
                column = DueColumn;
            }
        }
        if (!problem.isEmpty()) {
            m_tree->setCurrentItem(item, column);
            m_tree->scrollToItem(item);
            m_message->setText(QStringLiteral("⚠ ") + problem);
            m_message->show();
            return;
        }
    }
    m_message->hide();
    QDialog::accept();
}

ParsedMinutes ImportReviewDialog::result() const
{
    ParsedMinutes out;
    out.warnings = m_minutes.warnings;
    out.draft = m_minutes.draft;
    out.headerCertainty = m_minutes.headerCertainty;
    out.attendanceCertainty = m_minutes.attendanceCertainty;
    out.headerRegion = m_minutes.headerRegion;
    out.attendanceRegion = m_minutes.attendanceRegion;
    for (int t = 0; t < m_tree->topLevelItemCount(); ++t) {
        QTreeWidgetItem* top = m_tree->topLevelItem(t);
        const bool isItem = top->data(LabelColumn, KindRole).toInt() == Item;
        if (!isItem) {
            for (int c = 0; c < top->childCount(); ++c) {
                QTreeWidgetItem* child = top->child(c);
                const int kind = child->data(LabelColumn, KindRole).toInt();
                const QString key = child->data(LabelColumn, KeyRole).toString();
                const QString value = child->text(TextColumn).simplified();
                if (kind == Field) {
                    if (key == QLatin1String("council"))
                        out.council = value;
                    else if (key == QLatin1String("committee"))
                        out.committee = value;
                    else if (key == QLatin1String("date"))
                        out.date =
                            BritishDate::parse(value).isValid() ? BritishDate::parse(value) : dueFrom(value);
                    else if (key == QLatin1String("time"))
                        out.time = BritishDate::parseTime(value);
                    else if (key == QLatin1String("venue"))
                        out.venue = value;
                    else if (key == QLatin1String("contact"))
                        out.contact = value;
                    else if (key == QLatin1String("status"))
                        out.draft = value != approvedText();
                } else if (kind == Person && child->checkState(LabelColumn) == Qt::Checked &&
                           !value.isEmpty()) {
                    (key == QLatin1String("present") ? out.present : out.apologies) << value;
                } else if (kind == Declaration && child->checkState(LabelColumn) == Qt::Checked &&
                           !child->text(LabelColumn).simplified().isEmpty()) {
                    const SourceRegion where{child->data(LabelColumn, PageRole).toInt(),
                                             child->data(LabelColumn, BoxRole).toRectF()};
                    out.declarations << ParsedDeclaration{child->text(LabelColumn).simplified(),
                                                          child->text(OwnerColumn).simplified(),
                                                          value,
                                                          child->text(DueColumn).simplified(),
                                                          where.page,
                                                          where};
                }
            }
            continue;
        }
        if (top->checkState(LabelColumn) != Qt::Checked)
            continue;
        ParsedItem item;
        item.number = top->text(LabelColumn).simplified();
        item.title = top->text(TextColumn).simplified();
        item.page = qMax(1, top->data(LabelColumn, PageRole).toInt());
        item.region = {item.page, top->data(LabelColumn, BoxRole).toRectF()};
        const int original = top->data(LabelColumn, IndexRole).toInt();
        if (original >= 0 && original < m_minutes.items.size()) {
            item.text = m_minutes.items.at(original).text;
            item.reportRefs = m_minutes.items.at(original).reportRefs;
        }
        for (int c = 0; c < top->childCount(); ++c) {
            QTreeWidgetItem* child = top->child(c);
            const QString text = child->text(TextColumn).simplified();
            if (child->checkState(LabelColumn) != Qt::Checked || text.isEmpty())
                continue;
            const int kind = child->data(LabelColumn, KindRole).toInt();
            const SourceRegion where{child->data(LabelColumn, PageRole).toInt(),
                                     child->data(LabelColumn, BoxRole).toRectF()};
            if (kind == Resolution) {
                item.resolutions << text;
                item.resolutionRegions << where;
            } else if (kind == Action || kind == Suggestion) {
                item.actions << ParsedAction{text, child->text(OwnerColumn).simplified(),
                                             dueFrom(child->text(DueColumn)), where.page, where};
            }
        }
        out.items << item;
    }
    return out;
}
