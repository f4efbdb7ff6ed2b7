#pragma once

#include "corpus/corpus_documents.h"

#include <QAbstractTableModel>
#include <QHash>

namespace galley {

// The corpus's documents as a table: title, site, then one column per reviewer with that
// reviewer's layer status. Filtering reads only the matching ids (one integer a row); rows are
// read a page at a time when a view first asks for them, so a 100,000-document corpus lists,
// filters and scrolls without reading every row.
class CorpusDocumentModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorpusDocumentModel)

public:
    enum Role {
        DocumentIdRole = Qt::UserRole + 1,
        ContentHashRole,
        StatusRole,     // reviewer columns: the layer's status name ("done", …), empty without a layer
        ReviewerRole,   // reviewer columns: the reviewer's name
    };
    enum Column { TitleColumn, SiteColumn, FirstReviewerColumn };
    static constexpr int kPageSize = 100;

    explicit CorpusDocumentModel(QObject *parent = nullptr);

    // Not owned; nullptr empties the model.
    void setCorpus(Corpus *corpus);
    Corpus *corpus() const { return m_corpus; }
    // Runs the filter (and re-reads the reviewers); returns the problem, or an empty string.
    QString setFilter(const DocumentFilter &filter);
    const DocumentFilter &filter() const { return m_filter; }
    // Reads everything again (after an import or an assignment).
    QString refresh() { return setFilter(m_filter); }
    // Reads one document's row again (after its layer was saved or its status changed).
    void refreshDocument(qint64 documentId);

    const QStringList &reviewers() const { return m_reviewers; }
    int rowOfDocument(qint64 documentId) const;   // -1 when the filter leaves it out
    std::optional<CorpusDocument> document(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "done", "in progress", … as the table shows a status name.
    static QString statusText(const QString &statusName);

private:
    const CorpusDocument *cachedRow(int row) const;

    Corpus *m_corpus = nullptr;
    DocumentFilter m_filter;
    QList<qint64> m_ids;   // ascending, as findDocumentIds returns them
    QStringList m_reviewers;
    mutable QHash<int, QList<CorpusDocument>> m_pages;   // page number → its rows
};

} // namespace galley
