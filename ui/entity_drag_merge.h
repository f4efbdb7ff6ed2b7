#pragma once

#include <QObject>
#include <QPoint>
#include <QString>

#include <functional>

class QTreeView;

namespace galley {

class ReviewAnnotations;

// Dragging an entity (or one of its mentions) in the Entities tree onto another entity merges
// the dragged one into it. Works on the view's viewport events, so the tree's model stays as it is.
class EntityDragMerge final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityDragMerge)

public:
    // merge(sourceClusterId, targetClusterId, focusSpanId) makes the edit.
    using Merge = std::function<void(const QString &source, const QString &target, const QString &focusSpanId)>;

    EntityDragMerge(QTreeView *view, const ReviewAnnotations *annotations, Merge merge, QObject *parent = nullptr);

    static QString mimeType();   // the dragged entity's cluster id travels under this type

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The cluster of the row at `position` (a mention row's, or an entity row's first mention's).
    QString clusterAt(const QPoint &position, QString *spanId = nullptr) const;

    QTreeView *m_view;
    const ReviewAnnotations *m_annotations;
    Merge m_merge;
    QPoint m_pressedAt;
    QString m_pressedCluster;
};

} // namespace galley
