#include "adjudication_queue_model.h"

#include <QColor>
#include <QPalette>

namespace galley {

QString adjudicationContext(const QString &text, int start, int end, int radius)
{
    const int from = std::max(0, start - radius);
    const int to = std::min(int(text.size()), end + radius);
    const QString before = (from > 0 ? QStringLiteral("…") : QString()) + text.mid(from, start - from);
    const QString after = text.mid(end, to - end) + (to < text.size() ? QStringLiteral("…") : QString());
    return QString(before + u'[' + text.mid(start, end - start) + u']' + after).simplified();
}

AdjudicationQueueModel::AdjudicationQueueModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AdjudicationQueueModel::setQueue(const AdjudicationQueue *queue)
{
    beginResetModel();
    m_queue = queue;
    endResetModel();
}

void AdjudicationQueueModel::itemChanged(int item)
{
    emit dataChanged(index(item, 0), index(item, columnCount() - 1));
}

int AdjudicationQueueModel::decisionColumn() const
{
    return FirstReviewerColumn + (m_queue ? int(m_queue->reviewers().size()) : 0);
}

QString AdjudicationQueueModel::reviewerOfColumn(int column) const
{
    const int reviewer = column - FirstReviewerColumn;
    if (!m_queue || reviewer < 0 || reviewer >= m_queue->reviewers().size())
        return {};
    return m_queue->reviewers()[reviewer];
}

int AdjudicationQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_queue ? 0 : int(m_queue->items().size());
}

int AdjudicationQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : decisionColumn() + 1;
}

QString AdjudicationQueueModel::version(const AdjudicationItem &item, const QString &reviewer) const
{
    if (!m_queue->reviewersOf(item.documentId).contains(reviewer))
        return {};
    QStringList spans;
    for (const AdjudicationConflict &conflict : item.conflicts) {
        if (conflict.proposedBy.contains(reviewer))
            spans.append(conflict.detail.isEmpty() ? QStringLiteral("%1 “%2”").arg(conflict.span.label, conflict.span.text)
                                                   : QStringLiteral("%1 “%2” (%3)").arg(conflict.span.label, conflict.span.text,
                                                                                       conflict.detail));
    }
    return spans.isEmpty() ? tr("(nothing)") : spans.join(QStringLiteral("; "));
}

QString AdjudicationQueueModel::decisionText(int row) const
{
    const AdjudicationItem &item = m_queue->items()[row];
    QMap<QString, bool> chosen;
    QStringList curators;
    for (const AdjudicationConflict &conflict : item.conflicts) {
        const auto decision = m_queue->decision(item.documentId, conflict.key);
        if (!decision)
            return chosen.isEmpty() ? tr("open") : tr("partly decided");
        chosen.insert(conflict.key, decision->accept);
        if (!curators.contains(decision->curator))
            curators.append(decision->curator);
    }
    QString what;
    if (chosen == m_queue->acceptAll(row))
        what = tr("all accepted");
    else if (chosen == m_queue->rejectAll(row))
        what = tr("all rejected");
    for (const QString &reviewer : m_queue->reviewersOf(item.documentId)) {
        if (what.isEmpty() && chosen == m_queue->reviewerVersion(row, reviewer))
            what = tr("%1's version").arg(reviewer);
    }
    if (what.isEmpty())
        what = tr("mixed");
    return tr("%1 (%2)").arg(what, curators.join(QStringLiteral(", ")));
}

QVariant AdjudicationQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AdjudicationItem &item = m_queue->items()[index.row()];
    const bool decided = m_queue->isDecided(index.row());
    if (role == DecidedRole)
        return decided;
    if (role == Qt::ForegroundRole && decided)
        return QPalette().color(QPalette::Disabled, QPalette::Text);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (index.column() == DocumentColumn)
        return QStringLiteral("%1 · %2").arg(item.documentId).arg(item.contentHash.left(8));
    if (index.column() == ContextColumn)
        return adjudicationContext(m_queue->text(item.documentId), item.start, item.end);
    if (index.column() == decisionColumn())
        return decisionText(index.row());
    const QString reviewer = reviewerOfColumn(index.column());
    const QString shown = version(item, reviewer);
    if (role == Qt::ToolTipRole && shown.isEmpty())
        return tr("%1 did not annotate this document").arg(reviewer);
    return shown;
}

QVariant AdjudicationQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // Left: a reviewer's column is as wide as their longest version, and a centred name sat out of sight.
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole)
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == DocumentColumn)
        return tr("Document");
    if (section == ContextColumn)
        return tr("Context");
    if (section == decisionColumn())
        return tr("Decision");
    const QString reviewer = reviewerOfColumn(section);
    return tr("%1 (%2)").arg(reviewer).arg(section - FirstReviewerColumn + 1);
}

} // namespace galley
