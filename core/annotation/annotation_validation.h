#pragma once

#include "annotation/annotation_set.h"

#include <functional>

namespace galley {

// Why an item cannot be part of a set, in words for the reviewer; empty when it can. Offsets
// are UTF-16 units into `text`. A span must have an id and a label, lie inside the text
// without splitting a surrogate pair and, unless orphaned, carry the text at its offsets.
QString spanProblem(const Span &span, const QString &text);

// A relation needs an id, a type and both ends: `from` a span of the set, `to` a span, or a
// cluster when the type is "cluster".
QString relationProblem(const Relation &relation, const AnnotationSet &set);
using IdExists = std::function<bool(const QString &id)>;
QString relationProblem(const Relation &relation, const IdExists &spanExists, const IdExists &clusterExists);
QString clusterProblem(const Cluster &cluster);

bool relationLinksCluster(const Relation &relation);   // type "cluster": `to` names a cluster

} // namespace galley
