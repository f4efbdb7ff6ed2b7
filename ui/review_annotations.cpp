#include "review_annotations.h"

namespace galley {

namespace {
const QString clusterRelation = QStringLiteral("cluster");
} // namespace

ReviewAnnotations::ReviewAnnotations(QObject *parent)
    : QObject(parent)
{
}

void ReviewAnnotations::setAnnotationSet(AnnotationSet set)
{
    emit aboutToReset();
    m_set = std::move(set);
    m_unplaced.clear();
    reindex();
    emit reset();
}

void ReviewAnnotations::replaceAnnotationSet(AnnotationSet set)
{
    QSet<QString> unplaced = std::move(m_unplaced);
    setAnnotationSet(std::move(set));
    m_unplaced = std::move(unplaced);
}

void ReviewAnnotations::clear()
{
    setAnnotationSet(AnnotationSet{});
}

void ReviewAnnotations::reindex()
{
    m_spanIndex.clear();
    m_clusterIndex.clear();
    m_clusterOfSpan.clear();
    m_relationTargets.clear();
    m_relationSources.clear();
    for (qsizetype i = 0; i < m_set.spans.size(); ++i)
        m_spanIndex.insert(m_set.spans.at(i).id, i);
    for (qsizetype i = 0; i < m_set.clusters.size(); ++i)
        m_clusterIndex.insert(m_set.clusters.at(i).id, i);
    for (const Relation &relation : std::as_const(m_set.relations)) {
        if (relation.status == ReviewStatus::Rejected)
            continue;
        if (relation.type == clusterRelation) {
            m_clusterOfSpan.insert(relation.from, relation.to);
        } else {
            m_relationTargets[relation.from].insert(relation.type, relation.to);
            m_relationSources[relation.to].insert(relation.type, relation.from);
        }
    }
}

const Span *ReviewAnnotations::span(const QString &id) const
{
    const auto found = m_spanIndex.constFind(id);
    return found == m_spanIndex.cend() ? nullptr : &m_set.spans.at(*found);
}

bool ReviewAnnotations::updateSpan(const Span &span)
{
    const auto found = m_spanIndex.constFind(span.id);
    if (found == m_spanIndex.cend())
        return false;
    m_set.spans[*found] = span;
    emit spanChanged(span.id);
    return true;
}

const Span *ReviewAnnotations::relatedSpan(const QString &spanId, const QString &type) const
{
    const auto targets = m_relationTargets.constFind(spanId);
    if (targets == m_relationTargets.cend())
        return nullptr;
    return span(targets->value(type));
}

const Span *ReviewAnnotations::relatingSpan(const QString &spanId, const QString &type) const
{
    const auto sources = m_relationSources.constFind(spanId);
    if (sources == m_relationSources.cend())
        return nullptr;
    return span(sources->value(type));
}

const Cluster *ReviewAnnotations::clusterOf(const QString &spanId) const
{
    const auto found = m_clusterIndex.constFind(m_clusterOfSpan.value(spanId));
    return found == m_clusterIndex.cend() ? nullptr : &m_set.clusters.at(*found);
}

void ReviewAnnotations::setUnplacedSpans(const QStringList &ids)
{
    QSet<QString> unplaced(ids.cbegin(), ids.cend());
    if (unplaced == m_unplaced)
        return;
    m_unplaced = std::move(unplaced);
    emit placementChanged();
}

QStringList ReviewAnnotations::unplacedSpans() const
{
    QStringList ids;
    for (const Span &span : m_set.spans) {
        if (m_unplaced.contains(span.id))
            ids.append(span.id);
    }
    return ids;
}

} // namespace galley
