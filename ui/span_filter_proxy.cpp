#include "span_filter_proxy.h"

#include "annotation_roles.h"
#include "review_annotations.h"

#include <algorithm>

namespace galley {

SpanFilterProxy::SpanFilterProxy(const ReviewAnnotations *annotations, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_annotations(annotations)
{
    // A cluster row is kept while a mention beneath it is.
    setRecursiveFilteringEnabled(true);
}

void SpanFilterProxy::setFilter(const SpanFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateRowsFilter();
}

bool SpanFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter.isEmpty())
        return true;
    const QString spanId = sourceModel()->index(sourceRow, 0, sourceParent).data(SpanIdRole).toString();
    if (spanId.isEmpty())
        return false;   // a group row: shown through its matching mentions only
    const Span *span = m_annotations->span(spanId);
    if (!span)
        return false;
    QStringList shownWithIt;
    if (const Span *speaker = m_annotations->relatedSpan(spanId, QStringLiteral("speaker"))) {
        shownWithIt.append(speaker->text);
        if (const Cluster *cluster = m_annotations->clusterOf(speaker->id))
            shownWithIt.append(cluster->canonical);
    }
    return m_filter.matches(*span, shownWithIt);
}

bool SpanFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant leftKey = left.data(sortRole());
    const QVariant rightKey = right.data(sortRole());
    if (leftKey.typeId() != QMetaType::QVariantList || rightKey.typeId() != QMetaType::QVariantList)
        return QSortFilterProxyModel::lessThan(left, right);
    const QVariantList leftItems = leftKey.toList();
    const QVariantList rightItems = rightKey.toList();
    for (qsizetype i = 0; i < std::min(leftItems.size(), rightItems.size()); ++i) {
        const QPartialOrdering order = QVariant::compare(leftItems.at(i), rightItems.at(i));
        if (order == QPartialOrdering::Less)
            return true;
        if (order == QPartialOrdering::Greater)
            return false;
    }
    return leftItems.size() < rightItems.size();
}

} // namespace galley
