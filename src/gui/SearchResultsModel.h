#pragma once

#include "store/SearchRepository.h"

#include <QAbstractTableModel>

// The hits of one search, best first, as rows of a table: rank, what it is, date, committee, and
// the match (heading and snippet, with the matched words marked for SearchSnippetDelegate).
class SearchResultsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Rank,
        What,
        Date,
        Committee,
        Match,
        ColumnCount
    };
    enum Role
    {
        HeadingRole = Qt::UserRole + 1, // QString with SearchHit::MarkStart/MarkEnd around matched words
        SnippetRole,                    // likewise
        SortRole,                       // what the proxy sorts by
        KindRole,                       // int(SearchHit::Kind)
    };

    explicit SearchResultsModel(QObject* parent = nullptr);

    void setHits(const QList<SearchHit>& hits);
    const QList<SearchHit>& hits() const { return m_hits; }
    const SearchHit* hit(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Item 56a", "Resolution 56a/2", "Action 56a/1", "Milestone P2.3"
    static QString what(const SearchHit& hit);

private:
    QList<SearchHit> m_hits;
};
