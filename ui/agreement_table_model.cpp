#include "agreement_table_model.h"

#include <QFont>
#include <QSet>

namespace galley {

AgreementTableModel::AgreementTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AgreementTableModel::setReport(const AgreementReport &report)
{
    beginResetModel();
    m_report = report;
    QSet<QString> labels;
    for (auto it = report.exactPerLabel.cbegin(); it != report.exactPerLabel.cend(); ++it)
        labels.insert(it.key());
    for (auto it = report.perLabel.cbegin(); it != report.perLabel.cend(); ++it)
        labels.insert(it.key());
    m_labels = QStringList(labels.cbegin(), labels.cend());
    m_labels.sort();
    endResetModel();
}

int AgreementTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_report.documents == 0 ? 0 : int(m_labels.size()) + 1;
}

int AgreementTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgreementTableModel::value(int row, int column) const
{
    const bool overall = row == m_labels.size();
    const QString label = overall ? QString() : m_labels[row];
    const PrfCounts exact = overall ? m_report.exact : m_report.exactPerLabel.value(label);
    const PrfCounts overlap = overall ? m_report.overlap : m_report.overlapPerLabel.value(label);
    const TokenAgreement tokens = overall ? m_report.overall : m_report.perLabel.value(label);
    const auto optional = [](const std::optional<double> &figure) { return figure ? QVariant(*figure) : QVariant(); };
    switch (column) {
    case ExactPrecisionColumn: return exact.precision();
    case ExactRecallColumn: return exact.recall();
    case ExactF1Column: return exact.f1();
    case OverlapF1Column: return overlap.f1();
    case CohenColumn: return optional(tokens.cohensKappa);
    case FleissColumn: return optional(tokens.fleissKappa);
    case KrippendorffColumn: return optional(tokens.krippendorffAlpha);
    default: return {};
    }
}

QVariant AgreementTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool overall = index.row() == m_labels.size();
    if (index.column() == LabelColumn) {
        if (role == Qt::DisplayRole)
            return overall ? tr("overall") : m_labels[index.row()];
        if (role == Qt::FontRole && overall) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }
    const QVariant figure = value(index.row(), index.column());
    switch (role) {
    case ValueRole: return figure;
    case Qt::TextAlignmentRole: return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DisplayRole:
        if (figure.isNull())
            return tr("n/a");
        // P/R/F1 as percentages like the CLI table; κ and α as fractions.
        return index.column() <= OverlapF1Column ? QString::number(100.0 * figure.toDouble(), 'f', 1)
                                                 : QString::number(figure.toDouble(), 'f', 3);
    case Qt::ToolTipRole:
        return figure.isNull() ? tr("Undefined: no variation to agree on") : QVariant();
    default: return {};
    }
}

QVariant AgreementTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LabelColumn: return tr("Label");
    case ExactPrecisionColumn: return tr("Exact P");
    case ExactRecallColumn: return tr("Exact R");
    case ExactF1Column: return tr("Exact F1");
    case OverlapF1Column: return tr("Overlap F1");
    case CohenColumn: return tr("Cohen κ");
    case FleissColumn: return tr("Fleiss κ");
    case KrippendorffColumn: return tr("Krippendorff α");
    default: return {};
    }
}

} // namespace galley
