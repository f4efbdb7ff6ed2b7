#include "confusion_matrix_model.h"

#include <QColor>

namespace galley {

ConfusionMatrixModel::ConfusionMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ConfusionMatrixModel::setConfusion(const QMap<QString, QMap<QString, int>> &confusion)
{
    beginResetModel();
    m_confusion = confusion;
    m_categories.clear();
    m_largest = 1;
    for (auto row = confusion.cbegin(); row != confusion.cend(); ++row) {
        if (!m_categories.contains(row.key()))
            m_categories.append(row.key());
        for (auto cell = row->cbegin(); cell != row->cend(); ++cell) {
            if (!m_categories.contains(cell.key()))
                m_categories.append(cell.key());
            m_largest = std::max(m_largest, cell.value());
        }
    }
    m_categories.sort();
    endResetModel();
}

int ConfusionMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_categories.size());
}

int ConfusionMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_categories.size());
}

QVariant ConfusionMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int count = m_confusion.value(m_categories[index.row()]).value(m_categories[index.column()]);
    switch (role) {
    case Qt::DisplayRole: return count;
    case Qt::TextAlignmentRole: return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole: {
        const int shade = 255 - int(155.0 * count / m_largest);
        return QColor(shade, shade, 255);
    }
    case Qt::ForegroundRole: return QColor(Qt::black);
    default: return {};
    }
}

QVariant ConfusionMatrixModel::headerData(int section, Qt::Orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0 || section >= m_categories.size())
        return {};
    return m_categories[section];
}

} // namespace galley
