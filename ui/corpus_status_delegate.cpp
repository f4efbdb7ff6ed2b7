#include "corpus_status_delegate.h"

#include "corpus/corpus_document_model.h"

namespace galley {

QColor CorpusStatusDelegate::statusColour(const QString &statusName)
{
    if (statusName == QLatin1String("not-started"))
        return QColor(0xe4, 0xe4, 0xe4);
    if (statusName == QLatin1String("in-progress"))
        return QColor(0xff, 0xe0, 0x99);
    if (statusName == QLatin1String("done"))
        return QColor(0xb8, 0xe6, 0xb8);
    if (statusName == QLatin1String("adjudicated"))
        return QColor(0xb8, 0xd4, 0xf5);
    return {};
}

void CorpusStatusDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QColor colour = statusColour(index.data(CorpusDocumentModel::StatusRole).toString());
    if (colour.isValid()) {
        option->backgroundBrush = colour;
        option->palette.setColor(QPalette::Text, Qt::black);
    }
    option->displayAlignment = Qt::AlignCenter;
}

} // namespace galley
