#pragma once

#include "corpus/adjudication_queue.h"

#include <QAbstractTableModel>

namespace galley {

// The conflicts of an AdjudicationQueue, one row per item: document, context, what each reviewer
// made there, and the decision so far.
class AdjudicationQueueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdjudicationQueueModel)

public:
    enum FixedColumn { DocumentColumn, ContextColumn, FirstReviewerColumn };
    static constexpr int DecidedRole = Qt::UserRole + 1;   // bool: every conflict of the row is decided

    explicit AdjudicationQueueModel(QObject *parent = nullptr);
    // The queue stays owned by the caller; nullptr empties the model.
    void setQueue(const AdjudicationQueue *queue);
    void itemChanged(int item);
    int decisionColumn() const;
    QString reviewerOfColumn(int column) const;   // empty for columns that are no reviewer's

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString version(const AdjudicationItem &item, const QString &reviewer) const;
    QString decisionText(int item) const;

    const AdjudicationQueue *m_queue = nullptr;
};

// The text around an item, its extent marked: "…met [on Monday] in Riverton…".
QString adjudicationContext(const QString &text, int start, int end, int radius = 40);

} // namespace galley
