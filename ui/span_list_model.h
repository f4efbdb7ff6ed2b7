#pragma once

#include "span_rows_model.h"

#include <QSortFilterProxyModel>

namespace galley {

// Every span of the document: text, label and status.
class SpanListModel final : public SpanRowsModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpanListModel)

public:
    enum Column { TextColumn, LabelColumn, StatusColumn, ColumnCount };

    explicit SpanListModel(ReviewAnnotations *document, QObject *parent = nullptr);
    int columnCount(const QModelIndex &parent = {}) const override;

protected:
    bool accepts(const Span &span) const override;
    QVariant cell(const Span &span, int column) const override;
    QString columnTitle(int column) const override;
};

// The spans the page view could not place: listed so none is dropped silently.
class UnplacedSpanFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnplacedSpanFilter)

public:
    explicit UnplacedSpanFilter(QObject *parent = nullptr);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
};

} // namespace galley
