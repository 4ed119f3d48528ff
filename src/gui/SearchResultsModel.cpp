#include "SearchResultsModel.h"

#include "core/BritishDate.h"

SearchResultsModel::SearchResultsModel(QObject* parent) : QAbstractTableModel(parent) {}

void SearchResultsModel::setHits(const QList<SearchHit>& hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

const SearchHit* SearchResultsModel::hit(int row) const
{
    return row >= 0 && row < m_hits.size() ? &m_hits.at(row) : nullptr;
}

int SearchResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int SearchResultsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SearchResultsModel::what(const SearchHit& hit)
{
    QString ref = hit.minuteNumber;
    if (hit.kind == SearchHit::Kind::Resolution && hit.resolutionNumber > 0)
        ref = ref.isEmpty() ? QString::number(hit.resolutionNumber)
                            : QStringLiteral("%1/%2").arg(ref).arg(hit.resolutionNumber);
    const QString name = SearchHit::kindName(hit.kind);
    return ref.isEmpty() ? name : tr("%1 %2").arg(name, ref);
}

QVariant SearchResultsModel::data(const QModelIndex& index, int role) const
{
    const SearchHit* h = index.isValid() ? hit(index.row()) : nullptr;
    if (!h)
        return {};
    const QString& heading = h->heading;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Rank:
            return index.row() + 1;
        case What:
            return h->exempt ? tr("%1 · Part 2").arg(what(*h)) : what(*h);
        case Date:
            if (!h->date.isValid())
                return QString();
            return h->kind == SearchHit::Kind::Milestone ? tr("due %1").arg(BritishDate::shortDate(h->date))
                                                         : BritishDate::shortDate(h->date);
        case Committee:
            return h->committeeShort;
        case Match: {
            const QString title = SearchHit::plain(heading);
            const QString snippet = SearchHit::plain(h->snippet).simplified();
            return title.isEmpty() ? snippet : QString(title + QStringLiteral(" — ") + snippet);
        }
        }
        break;
    case Qt::ToolTipRole: {
        QStringList lines;
        lines << QStringLiteral("<b>%1</b>").arg(what(*h).toHtmlEscaped());
        if (h->date.isValid())
            lines << (h->kind == SearchHit::Kind::Milestone ? tr("Due %1").arg(BritishDate::longDate(h->date))
                                                            : BritishDate::longDate(h->date));
        if (!h->committee.isEmpty())
            lines << h->committee.toHtmlEscaped();
        if (h->exempt)
            lines << tr("Exempt item (Part 2): not for publication.");
        if (!heading.isEmpty())
            lines << SearchHit::html(heading);
        lines << SearchHit::html(h->snippet);
        return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>")
            .arg(lines.join(QStringLiteral("<br>")));
    }
    case HeadingRole:
        return heading;
    case SnippetRole:
        return h->snippet;
    case KindRole:
        return int(h->kind);
    case SortRole:
        switch (index.column()) {
        case Rank:
            return index.row();
        case What:
            return QStringLiteral("%1 %2").arg(int(h->kind)).arg(what(*h));
        case Date:
            return h->date.isValid() ? h->date.toString(Qt::ISODate) : QString();
        case Committee:
            return h->committee;
        case Match:
            return SearchHit::plain(QString(heading + h->snippet));
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Rank)
            return int(Qt::AlignRight | Qt::AlignTop);
        return int(Qt::AlignLeft | Qt::AlignTop);
    case Qt::AccessibleTextRole:
        if (index.column() == Match)
            return QString(SearchHit::plain(heading) + QLatin1Char(' ') + SearchHit::plain(h->snippet));
        break;
    }
    return {};
}

QVariant SearchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Rank:
        return tr("#");
    case What:
        return tr("What");
    case Date:
        return tr("Date");
    case Committee:
        return tr("Committee");
    case Match:
        return tr("Match");
    }
    return {};
}
