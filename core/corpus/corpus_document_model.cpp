#include "corpus/corpus_document_model.h"

#include "corpus/reviewer_progress.h"

#include <algorithm>

namespace galley {

namespace {
// Enough pages for several screens scrolled back and forth; beyond it the cache starts over.
constexpr int kCachedPages = 64;
} // namespace

CorpusDocumentModel::CorpusDocumentModel(QObject *parent)
    : QAbstractTableModel(parent)
{
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
    m_pages.clear();
    m_ids.clear();
    m_reviewers.clear();
    QString problem;
    if (m_corpus) {
        auto ids = findDocumentIds(*m_corpus, filter);
        auto reviewers = corpusReviewers(*m_corpus);
        if (ids && reviewers) {
            m_ids = std::move(*ids);
            m_reviewers = std::move(*reviewers);
        } else {
            problem = ids ? reviewers.error() : ids.error();
        }
    }
    endResetModel();
    return problem;
}

void CorpusDocumentModel::refreshDocument(qint64 documentId)
{
    const int row = rowOfDocument(documentId);
    if (row < 0)
        return;
    m_pages.remove(row / kPageSize);
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

int CorpusDocumentModel::rowOfDocument(qint64 documentId) const
{
    const auto found = std::lower_bound(m_ids.cbegin(), m_ids.cend(), documentId);
    return found != m_ids.cend() && *found == documentId ? int(found - m_ids.cbegin()) : -1;
}

const CorpusDocument *CorpusDocumentModel::cachedRow(int row) const
{
    if (!m_corpus || row < 0 || row >= m_ids.size())
        return nullptr;
    const int page = row / kPageSize;
    auto cached = m_pages.constFind(page);
    if (cached == m_pages.cend()) {
        if (m_pages.size() >= kCachedPages)
            m_pages.clear();
        auto rows = documentsWithIds(*m_corpus, m_ids.mid(qsizetype(page) * kPageSize, kPageSize));
        cached = m_pages.insert(page, rows ? *rows : QList<CorpusDocument>());
    }
    const int offset = row % kPageSize;
    // A document removed since the filter ran leaves its page short: its row shows empty.
    return offset < cached->size() && cached->at(offset).id == m_ids[row] ? &cached->at(offset) : nullptr;
}

std::optional<CorpusDocument> CorpusDocumentModel::document(int row) const
{
    const CorpusDocument *document = cachedRow(row);
    return document ? std::optional<CorpusDocument>(*document) : std::nullopt;
}

int CorpusDocumentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
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
    if (role == DocumentIdRole)
        return m_ids[index.row()];
    const CorpusDocument *document = cachedRow(index.row());
    if (!document)
        return {};
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
