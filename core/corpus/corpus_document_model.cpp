#include "corpus/corpus_document_model.h"

#include "corpus/reviewer_progress.h"

#include <algorithm>

namespace galley {

CorpusDocumentModel::CorpusDocumentModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_counting.setMaxThreadCount(1);
}

CorpusDocumentModel::~CorpusDocumentModel()
{
    ++m_generation;
    m_counting.clear();
    m_counting.waitForDone();
}

void CorpusDocumentModel::setCorpus(Corpus *corpus)
{
    m_corpus = corpus;
    m_filter = {};
    refresh();
}

QString CorpusDocumentModel::setFilter(const DocumentFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_reviewers.clear();
    m_exhausted = true;
    m_totalCount = 0;
    ++m_generation;
    QString problem;
    if (m_corpus) {
        auto first = findDocumentsAfter(*m_corpus, filter, 0, kPageSize);
        auto reviewers = corpusReviewers(*m_corpus);
        if (first && reviewers) {
            m_rows = std::move(*first);
            m_exhausted = m_rows.size() < kPageSize;
            m_reviewers = std::move(*reviewers);
        } else {
            problem = first ? reviewers.error() : first.error();
        }
    }
    // Views (and QAbstractItemModelTester) ask for more rows from their modelReset handlers;
    // the first page is enough until the view scrolls.
    m_resetting = true;
    endResetModel();
    m_resetting = false;
    if (m_corpus && problem.isEmpty())
        startCounting();
    emit totalCountChanged(m_totalCount);
    return problem;
}

void CorpusDocumentModel::startCounting()
{
    if (m_exhausted) {   // the first page holds them all
        m_totalCount = int(m_rows.size());
        return;
    }
    m_totalCount = -1;
    const int generation = m_generation;
    const QString folder = m_corpus->folder();
    const DocumentFilter filter = m_filter;
    m_counting.start([this, generation, folder, filter] {
        if (generation != m_generation)
            return;
        auto corpus = Corpus::open(folder);
        const auto count = corpus ? countDocuments(**corpus, filter) : Expected<int, QString>(corpus.error());
        if (!count || generation != m_generation)
            return;
        // Queued to this (UI) thread; the destructor waits for this task, so `this` is alive.
        QMetaObject::invokeMethod(this, [this, generation, total = *count] {
            if (generation != m_generation)
                return;
            m_totalCount = total;
            emit totalCountChanged(total);
        }, Qt::QueuedConnection);
    });
}

bool CorpusDocumentModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_corpus && !m_exhausted && !m_resetting;
}

void CorpusDocumentModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    auto page = findDocumentsAfter(*m_corpus, m_filter, m_rows.isEmpty() ? 0 : m_rows.last().id, kPageSize);
    if (!page || page->isEmpty()) {
        m_exhausted = true;
        return;
    }
    m_exhausted = page->size() < kPageSize;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows.append(std::move(*page));
    endInsertRows();
}

void CorpusDocumentModel::fetchAll()
{
    while (canFetchMore({}))
        fetchMore({});
}

void CorpusDocumentModel::refreshDocument(qint64 documentId)
{
    const int row = rowOfDocument(documentId);
    if (row < 0 || !m_corpus)
        return;
    const auto fresh = documentsWithIds(*m_corpus, {documentId});
    if (!fresh || fresh->isEmpty())
        return;
    m_rows[row] = fresh->first();
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

int CorpusDocumentModel::rowOfDocument(qint64 documentId) const
{
    const auto found = std::lower_bound(m_rows.cbegin(), m_rows.cend(), documentId,
                                        [](const CorpusDocument &row, qint64 id) { return row.id < id; });
    return found != m_rows.cend() && found->id == documentId ? int(found - m_rows.cbegin()) : -1;
}

std::optional<CorpusDocument> CorpusDocumentModel::document(int row) const
{
    return row >= 0 && row < m_rows.size() ? std::optional<CorpusDocument>(m_rows[row]) : std::nullopt;
}

int CorpusDocumentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CorpusDocumentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstReviewerColumn + int(m_reviewers.size());
}

QString CorpusDocumentModel::statusText(const QString &statusName)
{
    if (statusName == QLatin1String("not-started"))
        return tr("not started");
    if (statusName == QLatin1String("in-progress"))
        return tr("in progress");
    if (statusName == QLatin1String("done"))
        return tr("done");
    if (statusName == QLatin1String("adjudicated"))
        return tr("adjudicated");
    return statusName.isEmpty() ? QStringLiteral("\u2014") : statusName;
}

QVariant CorpusDocumentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CorpusDocument *document = &m_rows[index.row()];
    if (role == DocumentIdRole)
        return document->id;
    const int reviewerIndex = index.column() - FirstReviewerColumn;
    const QString reviewer = reviewerIndex >= 0 ? m_reviewers[reviewerIndex] : QString();
    switch (role) {
    case ContentHashRole:
        return document->contentHash;
    case StatusRole:
        return reviewerIndex >= 0 ? QVariant(document->statusByLayer.value(reviewer)) : QVariant();
    case ReviewerRole:
        return reviewerIndex >= 0 ? QVariant(reviewer) : QVariant();
    case Qt::DisplayRole:
        if (index.column() == TitleColumn)
            return document->title.isEmpty() ? document->source.section(u'/', -1) : document->title;
        if (index.column() == SiteColumn)
            return document->site;
        return statusText(document->statusByLayer.value(reviewer));
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return document->source;
        return {};
    default:
        return {};
    }
}

QVariant CorpusDocumentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section == TitleColumn)
        return tr("Title");
    if (section == SiteColumn)
        return tr("Site");
    if (section - FirstReviewerColumn < m_reviewers.size() && section >= FirstReviewerColumn)
        return m_reviewers[section - FirstReviewerColumn];
    return {};
}

} // namespace galley
