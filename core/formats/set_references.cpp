#include "formats/set_references.h"

#include <QSet>

namespace galley {

std::optional<QString> referenceProblem(const AnnotationSet &set)
{
    QSet<QString> spans, clusters, relations;
    for (const Span &span : set.spans) {
        if (span.id.isEmpty() || spans.contains(span.id))
            return QStringLiteral("span id '%1' is empty or not unique").arg(span.id);
        spans.insert(span.id);
    }
    for (const Cluster &cluster : set.clusters) {
        if (cluster.id.isEmpty() || clusters.contains(cluster.id))
            return QStringLiteral("cluster id '%1' is empty or not unique").arg(cluster.id);
        clusters.insert(cluster.id);
    }
    for (const Relation &relation : set.relations) {
        if (relation.id.isEmpty() || relations.contains(relation.id))
            return QStringLiteral("relation id '%1' is empty or not unique").arg(relation.id);
        relations.insert(relation.id);
        const bool toCluster = relation.type == QLatin1StringView("cluster");
        if (!spans.contains(relation.from) || !(toCluster ? clusters : spans).contains(relation.to))
            return QStringLiteral("relation '%1' (%2) leads from '%3' to '%4', not from a span to a %5")
                .arg(relation.id, relation.type, relation.from, relation.to,
                     toCluster ? QStringLiteral("cluster") : QStringLiteral("span"));
    }
    return std::nullopt;
}

} // namespace galley
