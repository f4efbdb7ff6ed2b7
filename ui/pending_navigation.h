#pragma once

#include "annotation/annotation_set.h"

namespace galley {

// The pending span after (or before) `currentSpanId` in reading order: by start, then by end.
// Without a current span, the first (or last) pending one; wraps around; empty when none is pending.
QString nextPendingSpan(const AnnotationSet &set, const QString &currentSpanId);
QString previousPendingSpan(const AnnotationSet &set, const QString &currentSpanId);

} // namespace galley
