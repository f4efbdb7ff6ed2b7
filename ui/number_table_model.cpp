#include "number_table_model.h"

#include "review_annotations.h"
#include "span_description.h"
#include "span_labels.h"

namespace galley {

NumberTableModel::NumberTableModel(ReviewAnnotations *document, QObject *parent)
    : SpanRowsModel(document, parent)
{
    rebuild();
}

int NumberTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool NumberTableModel::accepts(const Span &span) const
{
    return labelFamily(span.label) == LabelFamily::Number;
}

QVariant NumberTableModel::cell(const Span &span, int column) const
{
    switch (column) {
    case TextColumn:
        return span.text;
    case LabelColumn:
        return labelDisplayName(span.label);
    case ValueColumn:
        return spanValueText(span);
    case UnitColumn:
        return span.attributes.value(QStringLiteral("unit")).toString();
    case StatusColumn:
        return reviewStatusDisplayName(int(span.status));
    default:
        return {};
    }
}

QString NumberTableModel::columnTitle(int column) const
{
    switch (column) {
    case TextColumn: return tr("Text");
    case LabelColumn: return tr("Label");
    case ValueColumn: return tr("Value");
    case UnitColumn: return tr("Unit");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

} // namespace galley
