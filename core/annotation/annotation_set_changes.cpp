#include "annotation_set_changes.h"

#include <QHash>

namespace galley {

namespace {

template<typename Item>
int changedById(const QList<Item> &before, const QList<Item> &after)
{
    QHash<QString, const Item *> earlier;
    for (const Item &item : before)
        earlier.insert(item.id, &item);
    int changed = 0;
    for (const Item &item : after) {
        const Item *old = earlier.take(item.id);
        changed += !old || !(*old == item);
    }
    return changed + int(earlier.size());   // what is left was removed
}

} // namespace

int changedItemCount(const AnnotationSet &before, const AnnotationSet &after)
{
    return changedById(before.spans, after.spans) + changedById(before.relations, after.relations)
           + changedById(before.clusters, after.clusters) + int(!(before.document == after.document));
}

} // namespace galley
