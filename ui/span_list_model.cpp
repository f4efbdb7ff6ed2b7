#include "span_list_model.h"

#include "review_annotations.h"
#include "annotation_roles.h"
#include "span_description.h"
#include "span_labels.h"

namespace galley {

SpanListModel::SpanListModel(ReviewAnnotations *document, QObject *parent)
    : SpanRowsModel(document, parent)
{
    rebuild();
}

int SpanListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool SpanListModel::accepts(const Span &) const
{
    return true;
}

QVariant SpanListModel::cell(const Span &span, int column) const
{
    switch (column) {
    case TextColumn: return span.text;
    case LabelColumn: return labelDisplayName(span.label);
    case StatusColumn: return reviewStatusDisplayName(int(span.status));
    default: return {};
    }
}

QString SpanListModel::columnTitle(int column) const
{
    switch (column) {
    case TextColumn: return tr("Text");
    case LabelColumn: return tr("Label");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

UnplacedSpanFilter::UnplacedSpanFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    setFilterRole(SpanPlacedRole);
}

bool UnplacedSpanFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return !sourceModel()->data(index, SpanPlacedRole).toBool();
}

} // namespace galley
