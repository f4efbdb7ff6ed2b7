#include "span_filter_proxy.h"

#include "annotation_roles.h"
#include "review_annotations.h"

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
    return span && m_filter.matches(*span);
}

} // namespace galley
