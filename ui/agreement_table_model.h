#pragma once

#include "agreement/agreement_report.h"

#include <QAbstractTableModel>

namespace galley {

// One row per label and one "overall": span P/R/F1 (exact, overlap) and token κ/α of a report.
class AgreementTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgreementTableModel)

public:
    enum Column {
        LabelColumn, ExactPrecisionColumn, ExactRecallColumn, ExactF1Column, OverlapF1Column,
        CohenColumn, FleissColumn, KrippendorffColumn, ColumnCount
    };
    static constexpr int ValueRole = Qt::UserRole + 1;   // the figure as a double; null when undefined

    explicit AgreementTableModel(QObject *parent = nullptr);
    void setReport(const AgreementReport &report);
    QStringList labels() const { return m_labels; }   // row order; "overall" is the last row

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant value(int row, int column) const;

    AgreementReport m_report;
    QStringList m_labels;
};

} // namespace galley
