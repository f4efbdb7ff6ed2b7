#pragma once

#include "span_rows_model.h"

namespace galley {

// The Quotes tab: one row per QUOTE span with its speaker, the quote finder's confidence ("82 %";
// empty for quotes a reviewer made, sorting as a number), its kind and cue.
class QuoteTableModel final : public SpanRowsModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuoteTableModel)

public:
    // Who said it comes right after what was said, and how sure the finder is after that, so a
    // panel a third of the window wide shows all three.
    enum Column { TextColumn, SpeakerColumn, ConfidenceColumn, KindColumn, CueColumn, StatusColumn, CommentColumn, ColumnCount };

    explicit QuoteTableModel(ReviewAnnotations *document, QObject *parent = nullptr);
    int columnCount(const QModelIndex &parent = {}) const override;

protected:
    bool accepts(const Span &span) const override;
    QVariant cell(const Span &span, int column) const override;
    QString columnTitle(int column) const override;
    QVariant sortKey(const Span &span, int column) const override;
};

} // namespace galley
