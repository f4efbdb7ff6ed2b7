#pragma once

#include "span_rows_model.h"

namespace galley {

// The Quotes tab: one row per QUOTE span with its kind, speaker, cue, and the quote finder's
// confidence ("82 %"; empty for quotes a reviewer made), which sorts as a number.
class QuoteTableModel final : public SpanRowsModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuoteTableModel)

public:
    enum Column { TextColumn, ConfidenceColumn, KindColumn, SpeakerColumn, CueColumn, StatusColumn, ColumnCount };

    explicit QuoteTableModel(ReviewAnnotations *document, QObject *parent = nullptr);
    int columnCount(const QModelIndex &parent = {}) const override;

protected:
    bool accepts(const Span &span) const override;
    QVariant cell(const Span &span, int column) const override;
    QString columnTitle(int column) const override;
    QVariant sortKey(const Span &span, int column) const override;
};

} // namespace galley
