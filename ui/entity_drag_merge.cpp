#include "entity_drag_merge.h"

#include "annotation_roles.h"
#include "review_annotations.h"

#include <QApplication>
#include <QDrag>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QTreeView>

namespace galley {

EntityDragMerge::EntityDragMerge(QTreeView *view, const ReviewAnnotations *annotations, Merge merge, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_annotations(annotations)
    , m_merge(std::move(merge))
{
    m_view->viewport()->setAcceptDrops(true);
    m_view->viewport()->installEventFilter(this);
}

QString EntityDragMerge::mimeType() { return QStringLiteral("application/x-galley-entity"); }

QString EntityDragMerge::clusterAt(const QPoint &position, QString *spanId) const
{
    QModelIndex index = m_view->indexAt(position).siblingAtColumn(0);
    if (!index.isValid())
        return {};
    if (index.data(SpanIdRole).toString().isEmpty())
        index = m_view->model()->index(0, 0, index);
    const QString span = index.data(SpanIdRole).toString();
    const Cluster *cluster = span.isEmpty() ? nullptr : m_annotations->clusterOf(span);
    if (spanId)
        *spanId = span;
    return cluster ? cluster->id : QString();
}

bool EntityDragMerge::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view->viewport())
        return false;
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        m_pressedAt = mouse->position().toPoint();
        m_pressedCluster = mouse->button() == Qt::LeftButton ? clusterAt(m_pressedAt) : QString();
        return false;
    }
    case QEvent::MouseMove: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (m_pressedCluster.isEmpty() || !(mouse->buttons() & Qt::LeftButton)
            || (mouse->position().toPoint() - m_pressedAt).manhattanLength() < QApplication::startDragDistance())
            return false;
        auto *data = new QMimeData;
        data->setData(mimeType(), m_pressedCluster.toUtf8());
        m_pressedCluster.clear();
        auto *drag = new QDrag(m_view);
        drag->setMimeData(data);
        drag->exec(Qt::MoveAction);
        return true;
    }
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        const QString source = QString::fromUtf8(drag->mimeData()->data(mimeType()));
        const QString target = clusterAt(drag->position().toPoint());
        if (!source.isEmpty() && (event->type() == QEvent::DragEnter || (!target.isEmpty() && target != source)))
            drag->acceptProposedAction();
        else
            drag->ignore();
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const QString source = QString::fromUtf8(drop->mimeData()->data(mimeType()));
        QString focus;
        const QString target = clusterAt(drop->position().toPoint(), &focus);
        if (source.isEmpty() || target.isEmpty() || target == source) {
            drop->ignore();
            return true;
        }
        drop->acceptProposedAction();
        m_merge(source, target, focus);
        return true;
    }
    default:
        return false;
    }
}

} // namespace galley
