#include "annotation/annotation_validation.h"

#include <algorithm>

namespace galley {

using namespace Qt::StringLiterals;

namespace {

bool splitsSurrogatePair(const QString &text, int offset)
{
    return offset > 0 && offset < text.size() && text.at(offset).isLowSurrogate()
        && text.at(offset - 1).isHighSurrogate();
}

template<typename Item>
bool containsId(const QList<Item> &items, const QString &id)
{
    return std::any_of(items.begin(), items.end(), [&](const Item &item) { return item.id == id; });
}

QString ellipsed(const QString &text)
{
    return text.size() <= 40 ? text : text.left(37) + u"…"_s;
}

} // namespace

bool relationLinksCluster(const Relation &relation)
{
    return relation.type == "cluster"_L1;
}

QString spanProblem(const Span &span, const QString &text)
{
    if (span.id.isEmpty())
        return u"a span needs an id"_s;
    if (span.label.isEmpty())
        return u"span %1 has no label"_s.arg(span.id);
    if (span.start < 0 || span.end < span.start || span.end > text.size())
        return u"span %1 runs from %2 to %3, outside the text (0 to %4, UTF-16 units)"_s.arg(span.id)
            .arg(span.start).arg(span.end).arg(text.size());
    if (splitsSurrogatePair(text, span.start) || splitsSurrogatePair(text, span.end))
        return u"span %1 splits a character (a surrogate pair) at one of its ends"_s.arg(span.id);
    if (span.anchor != AnchorState::Orphaned) {
        const QStringView atOffsets = QStringView(text).mid(span.start, span.end - span.start);
        if (atOffsets != span.text)
            return u"span %1 says \"%2\" but the text there is \"%3\""_s.arg(span.id, ellipsed(span.text),
                                                                          ellipsed(atOffsets.toString()));
    }
    return {};
}

QString relationProblem(const Relation &relation, const AnnotationSet &set)
{
    return relationProblem(
        relation, [&](const QString &id) { return containsId(set.spans, id); },
        [&](const QString &id) { return containsId(set.clusters, id); });
}

QString relationProblem(const Relation &relation, const IdExists &spanExists, const IdExists &clusterExists)
{
    if (relation.id.isEmpty())
        return u"a relation needs an id"_s;
    if (relation.type.isEmpty())
        return u"relation %1 has no type"_s.arg(relation.id);
    if (!spanExists(relation.from))
        return u"relation %1 starts at span \"%2\", which does not exist"_s.arg(relation.id, relation.from);
    if (relationLinksCluster(relation)) {
        if (!clusterExists(relation.to))
            return u"relation %1 points to cluster \"%2\", which does not exist"_s.arg(relation.id, relation.to);
    } else if (!spanExists(relation.to)) {
        return u"relation %1 ends at span \"%2\", which does not exist"_s.arg(relation.id, relation.to);
    }
    return {};
}

QString clusterProblem(const Cluster &cluster)
{
    if (cluster.id.isEmpty())
        return u"a cluster needs an id"_s;
    if (cluster.label.isEmpty())
        return u"cluster %1 has no label"_s.arg(cluster.id);
    return {};
}

} // namespace galley
