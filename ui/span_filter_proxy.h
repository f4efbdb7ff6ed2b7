#pragma once

#include "annotation/span_filter.h"

#include <QSortFilterProxyModel>

namespace galley {

class ReviewAnnotations;

// One of the annotation panel's tabs seen through the reviewer's filter. Rows stand for spans
// (SpanIdRole); a group row without a span of its own (an entity cluster) stays while one of its
// mentions matches, and goes when none does.
class SpanFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpanFilterProxy)

public:
    SpanFilterProxy(const ReviewAnnotations *annotations, QObject *parent = nullptr);

    void setFilter(const SpanFilter &filter);
    const SpanFilter &filter() const { return m_filter; }
    // The row of the source's `sourceIndex` here; invalid when the filter hides it.
    QModelIndex viewIndex(const QModelIndex &sourceIndex) const { return mapFromSource(sourceIndex); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // Sort keys may be lists ([tier, value]: numbers before dates), compared item by item.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    const ReviewAnnotations *m_annotations;
    SpanFilter m_filter;
};

} // namespace galley
