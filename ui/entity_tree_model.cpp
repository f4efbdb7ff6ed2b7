#include "entity_tree_model.h"

#include "review_annotations.h"
#include "annotation_roles.h"
#include "span_description.h"
#include "span_labels.h"
#include "status_swatch.h"

#include <QFont>
#include <QHash>

#include <algorithm>

namespace galley {

namespace {
constexpr quintptr groupRowId = 0;   // internal id of group rows; mention rows carry group + 1
} // namespace

EntityTreeModel::EntityTreeModel(ReviewAnnotations *document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
{
    connect(document, &ReviewAnnotations::aboutToReset, this, &EntityTreeModel::beginResetModel);
    connect(document, &ReviewAnnotations::reset, this, [this] {
        collectGroups();
        endResetModel();
    });
    connect(document, &ReviewAnnotations::spanChanged, this, &EntityTreeModel::onSpanChanged);
    connect(document, &ReviewAnnotations::placementChanged, this, [this] {
        for (int group = 0; group < m_groups.size(); ++group) {
            const QModelIndex parent = index(group, 0);
            const int last = int(m_groups.at(group).spanIds.size()) - 1;
            emit dataChanged(index(0, 0, parent), index(last, ColumnCount - 1, parent));
        }
    });
    collectGroups();
}

void EntityTreeModel::rebuild()
{
    beginResetModel();
    collectGroups();
    endResetModel();
}

void EntityTreeModel::collectGroups()
{
    m_groups.clear();
    QHash<QString, qsizetype> groupOfCluster;
    QHash<QString, qsizetype> groupOfName;   // label + text of unclustered mentions
    // in reading order: a span added by hand comes last in the set, but not in the text
    QList<const Span *> mentions;
    for (const Span &span : m_document->annotationSet().spans) {
        if (labelFamily(span.label) == LabelFamily::Entity)
            mentions.append(&span);
    }
    std::stable_sort(mentions.begin(), mentions.end(), [](const Span *a, const Span *b) {
        return a->start != b->start ? a->start < b->start : a->end < b->end;
    });
    for (const Span *mention : std::as_const(mentions)) {
        const Span &span = *mention;
        qsizetype group = -1;
        if (const Cluster *cluster = m_document->clusterOf(span.id)) {
            group = groupOfCluster.value(cluster->id, -1);
            if (group < 0) {
                group = m_groups.size();
                groupOfCluster.insert(cluster->id, group);
                m_groups.append({cluster->id, cluster->canonical,
                                 cluster->label.isEmpty() ? span.label : cluster->label, {}});
            }
        } else {
            const QString key = span.label + QLatin1Char('\n') + span.text;
            group = groupOfName.value(key, -1);
            if (group < 0) {
                group = m_groups.size();
                groupOfName.insert(key, group);
                m_groups.append({QString(), span.text, span.label, {}});
            }
        }
        m_groups[group].spanIds.append(span.id);
    }
}

void EntityTreeModel::onSpanChanged(const QString &spanId)
{
    const QModelIndex mention = indexOfSpan(spanId);
    const Span *span = m_document->span(spanId);
    // An edit that keeps the mention in its group only changes its row and its group's row.
    if (mention.isValid() && span && labelFamily(span->label) == LabelFamily::Entity) {
        const Group &group = m_groups.at(mention.parent().row());
        const bool sameGroup = group.clusterId.isEmpty()
                                   ? !m_document->clusterOf(spanId) && group.label == span->label
                                         && group.name == span->text
                                   : m_document->clusterOf(spanId)
                                         && m_document->clusterOf(spanId)->id == group.clusterId;
        if (sameGroup) {
            emit dataChanged(index(mention.row(), 0, mention.parent()),
                             index(mention.row(), ColumnCount - 1, mention.parent()));
            // its status counts in the group's mentions
            emit dataChanged(index(mention.parent().row(), 0), index(mention.parent().row(), ColumnCount - 1));
            return;
        }
    }
    rebuild();
}

QModelIndex EntityTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, groupRowId);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex EntityTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == groupRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, groupRowId);
}

int EntityTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != groupRowId || parent.column() != 0)
        return 0;
    return int(m_groups.at(parent.row()).spanIds.size());
}

int EntityTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant EntityTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == groupRowId)
        return groupData(m_groups.at(index.row()), index.column(), role);
    const Group &group = m_groups.at(int(index.internalId() - 1));
    return mentionData(group.spanIds.at(index.row()), index.column(), role);
}

QVariant EntityTreeModel::groupData(const Group &group, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (column == NameColumn)
            return group.name;
        if (column == LabelColumn)
            return labelDisplayName(group.label);
        if (column == ConfidenceColumn) {
            const GroupConfidence confidence = confidenceOf(group);
            return confidence.unscoredFinding ? QStringLiteral("\u2014") : confidenceText(confidence.shown);
        }
        if (column == CommentColumn)
            return QVariant();   // each mention shows its own
        return liveMentions(group);
    case Qt::ToolTipRole: {
        // The whole name, which a narrow column cuts; the id tells apart two entities of one
        // name, and is what galley-cli edit takes.
        if (column == NameColumn && !group.clusterId.isEmpty()) {
            const QString id = group.name + QLatin1Char('\n')
                               + tr("Entity %1 (the cluster id galley-cli edit takes)").arg(group.clusterId);
            return canRename() ? id + QLatin1Char('\n') + tr("F2 or a double click renames it") : id;
        }
        if (column != ConfidenceColumn)
            return {};
        const GroupConfidence confidence = confidenceOf(group);
        if (confidence.unscoredFinding)
            return tr("One of its names still to review was found or changed by a rule, which gives no confidence");
        if (!confidence.shown)
            return {};
        return confidence.toReview ? tr("The tagger's confidence in the least sure of its names still to review")
                                   : tr("Every name is reviewed: the tagger's confidence in the least sure of them");
    }
    case SortKeyRole:
        return groupSortKey(group, column);
    case Qt::DecorationRole:
        return column == NameColumn ? QVariant(statusSwatch(labelColor(group.label), groupStatus(group))) : QVariant();
    case Qt::FontRole: {
        if (column != NameColumn)
            return {};
        QFont font;
        font.setBold(true);
        font.setStrikeOut(liveMentions(group) == 0);   // every name rejected: no such entity
        return font;
    }
    case SpanLabelRole:
        return group.label;
    case MentionCountRole:
        return liveMentions(group);
    case SpanIdRole:
        return QString();
    case ClusterIdRole:
        return group.clusterId;
    case GroupSpanIdsRole:
        return QStringList(group.spanIds);
    default:
        return {};
    }
}

QVariant EntityTreeModel::groupSortKey(const Group &group, int column) const
{
    switch (column) {
    case NameColumn: return group.name.toLower();
    case LabelColumn: return labelDisplayName(group.label);
    case CountColumn: return liveMentions(group);
    case CommentColumn: return group.name.toLower();
    default: return confidenceOf(group).sortKey;
    }
}

// One pass over the entity's names not rejected. It shows the confidence of the least sure of
// them still to review, or, once every name is reviewed, of the least sure of them all; it goes
// where the least sure of them goes (see confidenceSortKey), so after every entity still to
// review once all are reviewed; a name still to review that a rule made shows it as a dash.
EntityTreeModel::GroupConfidence EntityTreeModel::confidenceOf(const Group &group) const
{
    GroupConfidence result;
    std::optional<double> lowestToReview;
    std::optional<double> lowestReviewed;
    for (const QString &spanId : group.spanIds) {
        const Span *span = m_document->span(spanId);
        if (!span || span->status == ReviewStatus::Rejected)
            continue;
        const bool pending = span->status == ReviewStatus::Pending;
        result.toReview = result.toReview || pending;
        result.unscoredFinding = result.unscoredFinding || isUnscoredFinding(*span);
        result.sortKey = std::min(result.sortKey, confidenceSortKey(*span));
        std::optional<double> &lowest = pending ? lowestToReview : lowestReviewed;
        if (const std::optional<double> confidence = spanConfidence(*span); confidence && (!lowest || *confidence < *lowest))
            lowest = confidence;
    }
    result.shown = result.toReview ? lowestToReview : lowestReviewed;
    return result;
}

// An entity is done when none of its names is pending: rejected when every one is, else decided.
ReviewStatus EntityTreeModel::groupStatus(const Group &group) const
{
    bool anyLive = false;
    for (const QString &spanId : group.spanIds) {
        const Span *span = m_document->span(spanId);
        if (span && span->status == ReviewStatus::Pending)
            return ReviewStatus::Pending;
        anyLive = anyLive || (span && span->status != ReviewStatus::Rejected);
    }
    return anyLive ? ReviewStatus::Accepted : ReviewStatus::Rejected;
}

// The mentions the reviewer has not rejected, as the CSV export counts them.
int EntityTreeModel::liveMentions(const Group &group) const
{
    int live = 0;
    for (const QString &spanId : group.spanIds) {
        const Span *span = m_document->span(spanId);
        live += span && span->status != ReviewStatus::Rejected;
    }
    return live;
}

QVariant EntityTreeModel::mentionData(const QString &spanId, int column, int role) const
{
    const Span *span = m_document->span(spanId);
    if (!span)
        return {};
    const bool placed = m_document->isPlaced(spanId);
    switch (role) {
    case Qt::DecorationRole:
        return column == NameColumn ? QVariant(statusSwatch(labelColor(span->label), span->status)) : QVariant();
    case Qt::DisplayRole:
        if (column == NameColumn)
            return span->text;
        if (column == LabelColumn)
            return labelDisplayName(span->label);
        if (column == ConfidenceColumn)
            return confidenceCellText(*span);
        if (column == CommentColumn)
            return spanCommentCell(*span);
        return QVariant();
    case Qt::ToolTipRole:
        if (column == ConfidenceColumn && isUnscoredFinding(*span))
            return tr("Found or changed by a rule, which gives no confidence");
        return spanToolTip(*m_document, *span);
    case SortKeyRole:
        if (column == ConfidenceColumn)
            return confidenceSortKey(*span);
        return span->start;   // mentions stay in text order by any other column
    case Qt::FontRole: {
        const bool rejected = span->status == ReviewStatus::Rejected;
        if (placed && !rejected)
            return {};
        QFont font;
        font.setItalic(!placed);
        font.setStrikeOut(rejected);
        return font;
    }
    case SpanIdRole:
        return spanId;
    case SpanLabelRole:
        return span->label;
    case SpanStatusRole:
        return int(span->status);
    case SpanPlacedRole:
        return placed;
    case MentionCountRole:
        return 0;
    default:
        return {};
    }
}

QVariant EntityTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Entity");
    case LabelColumn: return tr("Label");
    case CountColumn: return tr("Mentions");
    case ConfidenceColumn: return tr("Confidence");
    case CommentColumn: return tr("Comment");
    default: return QAbstractItemModel::headerData(section, orientation, role);
    }
}

QModelIndex EntityTreeModel::indexOfSpan(const QString &spanId) const
{
    for (int group = 0; group < m_groups.size(); ++group) {
        const qsizetype row = m_groups.at(group).spanIds.indexOf(spanId);
        if (row >= 0)
            return createIndex(int(row), 0, quintptr(group) + 1);
    }
    return {};
}

QModelIndex EntityTreeModel::indexOfCluster(const QString &clusterId) const
{
    for (int group = 0; group < m_groups.size(); ++group) {
        if (!clusterId.isEmpty() && m_groups.at(group).clusterId == clusterId)
            return index(group, 0);
    }
    return {};
}

bool EntityTreeModel::canRename() const
{
    return m_renamer && (!m_renamingAvailable || m_renamingAvailable());
}

Qt::ItemFlags EntityTreeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractItemModel::flags(index);
    if (canRename() && index.isValid() && index.internalId() == groupRowId && index.column() == NameColumn
        && !m_groups.at(index.row()).clusterId.isEmpty())
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool EntityTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_renamer || !(flags(index) & Qt::ItemIsEditable))
        return false;
    // The rename rebuilds the groups: it waits until the view has closed its editor on this row.
    QMetaObject::invokeMethod(
        this,
        [this, clusterId = m_groups.at(index.row()).clusterId, name = value.toString()] {
            const QString refused = m_renamer ? m_renamer(clusterId, name) : QString();
            if (!refused.isEmpty())
                emit editRefused(refused);
        },
        Qt::QueuedConnection);
    return true;   // the group follows the rename through ReviewAnnotations
}

} // namespace galley
