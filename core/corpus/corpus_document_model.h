#pragma once

#include "corpus/corpus_documents.h"

#include <QAbstractTableModel>
#include <QThreadPool>

#include <atomic>

namespace galley {

// The corpus's documents as a table: title, site, then one column per reviewer with that
// reviewer's layer status. A filter reads only its first page of rows; views read further
// pages as they scroll (canFetchMore/fetchMore), each page costing about its own rows, so a
// 100,000-document corpus lists and filters at once. How many documents match is counted
// on a worker thread (with its own database connection) and announced by totalCountChanged.
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
    static constexpr int kPageSize = 200;

    explicit CorpusDocumentModel(QObject *parent = nullptr);
    ~CorpusDocumentModel() override;

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
    // Reads every remaining page (tests, and views that need them all).
    void fetchAll();

    // Blocks until the count under way (if any) is done; its result arrives as an event.
    void waitForCount() { m_counting.waitForDone(); }
    // Documents the filter matches; -1 while they are being counted.
    int totalCount() const { return m_totalCount; }
    const QStringList &reviewers() const { return m_reviewers; }
    int rowOfDocument(qint64 documentId) const;   // -1 when not among the rows read so far
    std::optional<CorpusDocument> document(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // "done", "in progress", … as the table shows a status name.
    static QString statusText(const QString &statusName);

signals:
    void totalCountChanged(int count);

private:
    void startCounting();

    Corpus *m_corpus = nullptr;
    DocumentFilter m_filter;
    QList<CorpusDocument> m_rows;
    bool m_exhausted = true;
    bool m_resetting = false;
    QStringList m_reviewers;
    int m_totalCount = 0;
    std::atomic<int> m_generation = 0;   // of the filter; a count for an older one is dropped
    QThreadPool m_counting;
};

} // namespace galley
