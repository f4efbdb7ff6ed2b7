#include "annotation/rejected_removal.h"

#include <QSet>

namespace galley {

AnnotationSet withoutRejected(AnnotationSet set, int *removedSpans)
{
    QSet<QString> rejected;
    for (const Span &span : std::as_const(set.spans)) {
        if (span.status == ReviewStatus::Rejected)
            rejected.insert(span.id);
    }
    set.spans.removeIf([&rejected](const Span &span) { return rejected.contains(span.id); });
    set.relations.removeIf([&rejected](const Relation &relation) {
        return relation.status == ReviewStatus::Rejected || rejected.contains(relation.from) || rejected.contains(relation.to);
    });
    if (removedSpans)
        *removedSpans = int(rejected.size());
    return set;
}

} // namespace galley
