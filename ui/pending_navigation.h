#pragma once

#include "annotation/annotation_set.h"
#include "annotation/span_filter.h"

#include <QStringList>

namespace galley {

// The pending span after (or before) `currentSpanId` in reading order: by start, then by end.
// Without a current span, the first (or last) pending one; wraps around; empty when none is pending.
// Only spans the filter lets through count (the panel's filter: N walks what the reviewer sees).
QString nextPendingSpan(const AnnotationSet &set, const QString &currentSpanId, const SpanFilter &filter = {});
QString previousPendingSpan(const AnnotationSet &set, const QString &currentSpanId, const SpanFilter &filter = {});

// The same over the spans a sorted tab lists, in its order (span ids, its first row first): with
// quotes sorted by confidence, N goes to the least sure quote still pending.
QString nextPendingListed(const AnnotationSet &set, const QStringList &listed, const QString &currentSpanId);
QString previousPendingListed(const AnnotationSet &set, const QStringList &listed, const QString &currentSpanId);

} // namespace galley
