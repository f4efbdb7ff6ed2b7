#pragma once

#include <QStyledItemDelegate>

namespace galley {

// Tints a reviewer's status cell by its status (the model's StatusRole), so a column of work
// reads at a glance: not started grey, in progress amber, done green, adjudicated blue.
class CorpusStatusDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    static QColor statusColour(const QString &statusName);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace galley
