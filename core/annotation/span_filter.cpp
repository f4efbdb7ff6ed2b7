#include "annotation/span_filter.h"

#include <algorithm>

namespace galley {

bool SpanFilter::matches(const Span &span, const QStringList &shownWithIt) const
{
    if (!labels.isEmpty() && !labels.contains(span.label))
        return false;
    if (!statuses.isEmpty() && !statuses.contains(span.status))
        return false;
    const QString wanted = text.trimmed();
    if (wanted.isEmpty() || span.text.contains(wanted, Qt::CaseInsensitive))
        return true;
    for (const char *attribute : {"note", "unit"}) {
        if (span.attributes.value(QLatin1String(attribute)).toString().contains(wanted, Qt::CaseInsensitive))
            return true;
    }
    return std::any_of(shownWithIt.begin(), shownWithIt.end(),
                       [&wanted](const QString &words) { return words.contains(wanted, Qt::CaseInsensitive); });
}

QHash<QString, QStringList> wordsShownWithSpans(const AnnotationSet &set)
{
    QHash<QString, const Span *> byId;
    for (const Span &span : set.spans)
        byId.insert(span.id, &span);
    QHash<QString, QString> canonicalOfCluster;
    for (const Cluster &cluster : set.clusters)
        canonicalOfCluster.insert(cluster.id, cluster.canonical);
    QHash<QString, QString> clusterOfSpan;
    // a rejected link is no longer shown, as in the panel
    for (const Relation &relation : set.relations) {
        if (relation.type == u"cluster" && relation.status != ReviewStatus::Rejected)
            clusterOfSpan.insert(relation.from, relation.to);
    }
    QHash<QString, QStringList> shown;
    for (const Relation &relation : set.relations) {
        if (relation.type != u"speaker" || relation.status == ReviewStatus::Rejected)
            continue;
        if (const Span *speaker = byId.value(relation.to)) {
            QStringList &words = shown[relation.from];
            words.append(speaker->text);
            if (const QString canonical = canonicalOfCluster.value(clusterOfSpan.value(speaker->id)); !canonical.isEmpty())
                words.append(canonical);
        }
    }
    return shown;
}

} // namespace galley
