#pragma once

#include "annotation/annotation_edit.h"

#include <QList>

namespace galley {

// The edits that delete a span: first every relation from or to it (speaker, cue, cluster
// membership: applyEdit refuses to remove a span a relation still names), then the span.
// Applied in order (AnnotationDocument::apply), their inverses put everything back.
Expected<QList<AnnotationEdit>, EditError> spanDeletion(const AnnotationSet &set, const QString &spanId);

} // namespace galley
