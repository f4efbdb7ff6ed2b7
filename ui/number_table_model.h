#pragma once

#include "span_rows_model.h"

namespace galley {

// The Numbers tab: one row per number, amount, date or time with its normalised value and unit.
class NumberTableModel final : public SpanRowsModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberTableModel)

public:
    enum Column { TextColumn, LabelColumn, ValueColumn, UnitColumn, StatusColumn, ColumnCount };

    explicit NumberTableModel(ReviewAnnotations *document, QObject *parent = nullptr);
    int columnCount(const QModelIndex &parent = {}) const override;

protected:
    bool accepts(const Span &span) const override;
    QVariant cell(const Span &span, int column) const override;
    QString columnTitle(int column) const override;
};

} // namespace galley
