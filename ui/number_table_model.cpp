#include "number_table_model.h"

#include "review_annotations.h"
#include "span_description.h"
#include "span_labels.h"

#include "detect/numbers/duration_length.h"

#include <QLocale>

#include <cmath>

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
        return spanValueText(span, ModifierInValue::Omitted);   // the Modifier column shows it
    case UnitColumn:
        return spanUnitText(span);
    case ModifierColumn:
        return span.attributes.value(QStringLiteral("modifier")).toString();
    case StatusColumn:
        return reviewStatusDisplayName(int(span.status));
    case CommentColumn:
        return spanCommentCell(span);
    default:
        return {};
    }
}

// By value: amounts from the smallest (a range by where it starts, a vague amount by its order of
// magnitude), then dates and times in time order (ISO 8601 text), then what has no value.
QVariant NumberTableModel::sortKey(const Span &span, int column) const
{
    if (column == StatusColumn)
        return int(span.status);   // review order, in every language
    if (column != ValueColumn)
        return cell(span, column);
    for (const QString &name : {QStringLiteral("value"), QStringLiteral("from")}) {
        const QVariant value = span.attributes.value(name);
        bool number = false;
        const double amount = value.toDouble(&number);
        if (value.isValid() && number && value.typeId() != QMetaType::QString)
            return QVariantList{0, amount};
        if (value.typeId() != QMetaType::QString || value.toString().isEmpty())
            continue;
        // A duration by how long it lasts ("P18M" after "P1Y"), after the dates and times.
        if (span.label == u"DURATION") {
            if (const std::optional<double> seconds = durationSeconds(value.toString()))
                return QVariantList{2, *seconds};
        }
        return QVariantList{1, value.toString()};
    }
    // A vague amount by its order of magnitude: "dozens" among the tens, "tens of thousands" beside 10,000.
    bool vague = false;
    const double magnitude = span.attributes.value(QStringLiteral("magnitude")).toDouble(&vague);
    if (vague)
        return QVariantList{0, std::pow(10.0, magnitude)};
    return QVariantList{3};
}

QString NumberTableModel::columnTitle(int column) const
{
    switch (column) {
    case TextColumn: return tr("Text");
    case LabelColumn: return tr("Label");
    case ValueColumn: return tr("Value");
    case UnitColumn: return tr("Unit");
    case ModifierColumn: return tr("Modifier");
    case StatusColumn: return tr("Status");
    case CommentColumn: return tr("Comment");
    default: return {};
    }
}

namespace {
QString attributeOfColumn(int column)
{
    switch (column) {
    case NumberTableModel::ValueColumn: return QStringLiteral("value");
    case NumberTableModel::UnitColumn: return QStringLiteral("unit");
    case NumberTableModel::ModifierColumn: return QStringLiteral("modifier");
    case NumberTableModel::CommentColumn: return QStringLiteral("note");
    default: return {};
    }
}
} // namespace

QVariant NumberTableModel::data(const QModelIndex &index, int role) const
{
    const QString attribute = attributeOfColumn(index.column());
    if (role != Qt::EditRole || attribute.isEmpty())
        return SpanRowsModel::data(index, role);
    const Span *span = document().span(spanIdAt(index.row()));
    if (!span)
        return QString();
    // The editor opens on the value written out in full, in the reviewer's way of writing numbers:
    // "4500000000", not "4.5e+09"; every digit kept, so accepting it unchanged changes nothing.
    const QVariant value = span->attributes.value(attribute);
    if (value.typeId() == QMetaType::Double) {
        QLocale locale;
        locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
        return locale.toString(value.toDouble(), 'f', QLocale::FloatingPointShortest);
    }
    return value.toString();
}

Qt::ItemFlags NumberTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = SpanRowsModel::flags(index);
    if (!canEdit() || attributeOfColumn(index.column()).isEmpty())
        return flags;
    // a comment of several lines is edited in the Span Comment dialog, which keeps its line breaks
    if (index.column() == CommentColumn) {
        const Span *span = document().span(spanIdAt(index.row()));
        if (span && span->attributes.value(QStringLiteral("note")).toString().contains(u'\n'))
            return flags;
    }
    return flags | Qt::ItemIsEditable;
}

bool NumberTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const QString attribute = attributeOfColumn(index.column());
    if (role != Qt::EditRole || attribute.isEmpty() || !canEdit()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    // The edit rebuilds the row: it waits until the view has closed its editor on it.
    QMetaObject::invokeMethod(
        this,
        [this, spanId = spanIdAt(index.row()), attribute, text = value.toString().trimmed()] {
            const QString refused = m_editor ? m_editor(spanId, attribute, text) : QString();
            if (!refused.isEmpty())
                emit editRefused(refused);
        },
        Qt::QueuedConnection);
    return true;   // the row itself follows the edit through ReviewAnnotations
}

} // namespace galley
