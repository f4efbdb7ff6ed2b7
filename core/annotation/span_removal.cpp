#include "annotation/span_removal.h"

namespace galley {

Expected<QList<AnnotationEdit>, EditError> spanDeletion(const AnnotationSet &set, const QString &spanId)
{
    QList<AnnotationEdit> edits;
    for (const Relation &relation : set.relations) {
        if (relation.from != spanId && relation.to != spanId)
            continue;
        auto edit = removeRelation(set, relation.id);
        if (!edit)
            return edit.error();
        edits.append(*edit);
    }
    auto removal = removeSpan(set, spanId);
    if (!removal)
        return removal.error();
    edits.append(*removal);
    return edits;
}

} // namespace galley
