#pragma once

#include "annotation/annotation_set.h"
#include "extract/article.h"

#include <QJsonArray>
#include <QJsonObject>

namespace galley {

// The `galley-cli annotate` span list (a stable contract): one object per span, in span order,
// {id, label, start, end, text, status} with offsets in Unicode code points into set.text, end
// exclusive. Entity mentions, labelled with their cluster's majority type, add `cluster` (its
// id), `canonical` and `model_label` when the entity model labelled the mention otherwise; QUOTE spans add `kind`,
// `cue` and `speaker` (each {start, end, text} or null), `speaker_canonical` and
// `speaker_cluster` (null when unresolved); SPEAKER spans add `reference` and, when resolved,
// `cluster` and `canonical`; number spans add `value`, `unit`, `modifier`, `from`, `to` and
// `approximate` where they apply (dates and times as ISO 8601 strings, the rest as numbers).
QJsonArray spansToJson(const AnnotationSet &set);

// The `extract` object of the article with `spans` added.
QJsonObject annotatedArticleToJson(const Article &article, const AnnotationSet &set);

} // namespace galley
