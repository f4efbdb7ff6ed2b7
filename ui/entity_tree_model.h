#pragma once

#include "annotation/annotation_set.h"

#include <QAbstractItemModel>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace galley {

class ReviewAnnotations;

// The Entities tab: one group per entity cluster (canonical name, label, mention count, the
// tagger's lowest confidence in its names) with its mention spans beneath, in text order. Mentions that belong to no cluster are grouped by label
// and text, so "Harbour Board" said three times is one group of three.
class EntityTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityTreeModel)

public:
    enum Column { NameColumn, LabelColumn, CountColumn, ConfidenceColumn, CommentColumn, ColumnCount };

    explicit EntityTreeModel(ReviewAnnotations *document, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex indexOfSpan(const QString &spanId) const;   // the mention row; invalid when absent
    QModelIndex indexOfCluster(const QString &clusterId) const;   // the entity row; invalid when absent

    // Renames a cluster; returns why it was refused, or empty. A cluster's name becomes editable
    // in place once a renamer is set.
    using ClusterRenamer = std::function<QString(const QString &clusterId, const QString &name)>;
    void setClusterRenamer(ClusterRenamer renamer) { m_renamer = std::move(renamer); }
    // Whether renaming is possible now (the page is open for editing, not kept read-only);
    // without it, whenever a renamer is set.
    void setRenamingAvailable(std::function<bool()> available) { m_renamingAvailable = std::move(available); }
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void editRefused(const QString &reason);

private:
    bool canRename() const;
    struct Group
    {
        QString clusterId;   // empty for a group of unclustered mentions
        QString name;
        QString label;
        QList<QString> spanIds;
    };

    void rebuild();
    void collectGroups();
    void onSpanChanged(const QString &spanId);
    QVariant groupData(const Group &group, int column, int role) const;
    int liveMentions(const Group &group) const;
    ReviewStatus groupStatus(const Group &group) const;
    struct GroupConfidence
    {
        std::optional<double> shown;    // what the Confidence column shows
        double sortKey = 2.0;           // where a sort by it puts the entity
        bool toReview = false;          // a name not rejected is still pending
        bool unscoredFinding = false;   // one of those a rule made: shown as a dash
    };
    GroupConfidence confidenceOf(const Group &group) const;
    QVariant groupSortKey(const Group &group, int column) const;
    QVariant mentionData(const QString &spanId, int column, int role) const;

    ReviewAnnotations *m_document;
    QList<Group> m_groups;
    ClusterRenamer m_renamer;
    std::function<bool()> m_renamingAvailable;
};

} // namespace galley
