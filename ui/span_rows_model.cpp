#include "span_rows_model.h"

#include "review_annotations.h"
#include "annotation_roles.h"
#include "span_description.h"
#include "span_labels.h"
#include "status_swatch.h"

#include <QFont>

#include <algorithm>

namespace galley {

SpanRowsModel::SpanRowsModel(ReviewAnnotations *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &ReviewAnnotations::aboutToReset, this, &SpanRowsModel::beginResetModel);
    connect(document, &ReviewAnnotations::reset, this, [this] {
        collectRows();
        endResetModel();
    });
    connect(document, &ReviewAnnotations::spanChanged, this, &SpanRowsModel::onSpanChanged);
    connect(document, &ReviewAnnotations::placementChanged, this, [this] {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
    });
}

void SpanRowsModel::rebuild()
{
    beginResetModel();
    collectRows();
    endResetModel();
}

void SpanRowsModel::collectRows()
{
    // Reading order: a span the reviewer added sits among the others, not after them.
    QList<const Span *> listed;
    for (const Span &span : m_document->annotationSet().spans) {
        if (accepts(span))
            listed.append(&span);
    }
    std::stable_sort(listed.begin(), listed.end(), [](const Span *a, const Span *b) { return a->start < b->start; });
    m_rows.clear();
    for (const Span *span : std::as_const(listed))
        m_rows.append(span->id);
}

void SpanRowsModel::onSpanChanged(const QString &spanId)
{
    const Span *span = m_document->span(spanId);
    const qsizetype row = m_rows.indexOf(spanId);
    const bool listed = row >= 0;
    if (span && accepts(*span) == listed) {
        if (listed)
            emit dataChanged(index(int(row), 0), index(int(row), columnCount() - 1));
        return;
    }
    rebuild();
}

int SpanRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SpanRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Span *span = m_document->span(m_rows.at(index.row()));
    if (!span)
        return {};
    const bool placed = m_document->isPlaced(span->id);
    switch (role) {
    case Qt::DisplayRole:
        return cell(*span, index.column());
    case Qt::ToolTipRole: {
        // A long span is cut short in the text column: the tooltip over it gives it whole.
        constexpr int kTextColumn = 0;
        constexpr qsizetype kShownWhole = 40;
        constexpr qsizetype kLongest = 600;
        if (index.column() != kTextColumn || span->text.size() <= kShownWhole)
            return spanToolTip(*m_document, *span);
        QString text = span->text.left(kLongest);
        if (text.size() < span->text.size()) {
            if (text.back().isHighSurrogate())
                text.chop(1);
            text += u'\u2026';
        }
        return QString(text + u'\n' + spanToolTip(*m_document, *span));
    }
    case Qt::DecorationRole:
        return index.column() == 0 ? QVariant(statusSwatch(labelColor(span->label), span->status)) : QVariant();
    case Qt::FontRole: {
        const bool rejected = span->status == ReviewStatus::Rejected;
        if (placed && !rejected)
            return {};
        QFont font;
        font.setItalic(!placed);
        font.setStrikeOut(rejected);
        return font;
    }
    case SpanIdRole:
        return span->id;
    case SpanLabelRole:
        return span->label;
    case SpanStatusRole:
        return int(span->status);
    case SpanPlacedRole:
        return placed;
    case SortKeyRole:
        return sortKey(*span, index.column());
    default:
        return {};
    }
}

QVariant SpanRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    return columnTitle(section);
}

QModelIndex SpanRowsModel::indexOfSpan(const QString &spanId) const
{
    const qsizetype row = m_rows.indexOf(spanId);
    return row < 0 ? QModelIndex() : index(int(row), 0);
}

QString SpanRowsModel::spanIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QString();
}

} // namespace galley
