#pragma once

#include <QAbstractTableModel>
#include <QMap>
#include <QStringList>

namespace galley {

// A token confusion matrix (rows: the first reviewer of each pair, columns: the second), cells
// shaded by count as in the HTML report.
class ConfusionMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfusionMatrixModel)

public:
    explicit ConfusionMatrixModel(QObject *parent = nullptr);
    void setConfusion(const QMap<QString, QMap<QString, int>> &confusion);
    QStringList categories() const { return m_categories; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QMap<QString, QMap<QString, int>> m_confusion;
    QStringList m_categories;
    int m_largest = 1;
};

} // namespace galley
