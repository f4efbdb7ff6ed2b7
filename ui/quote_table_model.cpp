#include "quote_table_model.h"

#include "review_annotations.h"
#include "span_description.h"
#include "span_labels.h"

namespace galley {

QuoteTableModel::QuoteTableModel(ReviewAnnotations *document, QObject *parent)
    : SpanRowsModel(document, parent)
{
    rebuild();
}

int QuoteTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool QuoteTableModel::accepts(const Span &span) const
{
    return labelFamily(span.label) == LabelFamily::Quote;
}

QVariant QuoteTableModel::cell(const Span &span, int column) const
{
    switch (column) {
    case TextColumn:
        return span.text;
    case KindColumn:
        return quoteKindDisplayName(span.attributes.value(QStringLiteral("kind")).toString());
    case SpeakerColumn: {
        const Span *speaker = document().relatedSpan(span.id, QStringLiteral("speaker"));
        if (!speaker)
            return tr("(none)");
        const Cluster *cluster = document().clusterOf(speaker->id);
        return cluster && cluster->canonical != speaker->text
                   ? QStringLiteral("%1 (%2)").arg(speaker->text, cluster->canonical)
                   : speaker->text;
    }
    case CueColumn: {
        const Span *cue = document().relatedSpan(span.id, QStringLiteral("cue"));
        return cue ? cue->text : QString();
    }
    case ConfidenceColumn:
        return confidenceCellText(span);
    case StatusColumn:
        return reviewStatusDisplayName(int(span.status));
    case CommentColumn:
        return spanCommentCell(span);
    default:
        return {};
    }
}

QString QuoteTableModel::columnTitle(int column) const
{
    switch (column) {
    case TextColumn: return tr("Quote");
    case KindColumn: return tr("Kind");
    case SpeakerColumn: return tr("Speaker");
    case CueColumn: return tr("Cue");
    case ConfidenceColumn: return tr("Confidence");
    case StatusColumn: return tr("Status");
    case CommentColumn: return tr("Comment");
    default: return {};
    }
}

QVariant QuoteTableModel::sortKey(const Span &span, int column) const
{
    if (column == StatusColumn)
        return int(span.status);   // review order, in every language
    if (column != ConfidenceColumn)
        return cell(span, column);
    return confidenceSortKey(span);
}

} // namespace galley
