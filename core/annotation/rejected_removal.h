#pragma once

#include "annotation/annotation_set.h"

namespace galley {

// The set as a training set takes it: rejected spans left out, with every relation from or to
// them and every rejected relation. Counts what went in `removedSpans` when given.
AnnotationSet withoutRejected(AnnotationSet set, int *removedSpans = nullptr);

} // namespace galley
