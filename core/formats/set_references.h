#pragma once

#include "annotation/annotation_set.h"

#include <optional>

namespace galley {

// What is wrong with the ids of an imported set, if anything: span, relation and cluster ids
// must be unique, and every relation must lead from a span to a span (or, for "cluster", to a
// cluster).
std::optional<QString> referenceProblem(const AnnotationSet &set);

} // namespace galley
