#pragma once

#include "annotation/annotation_set.h"

namespace galley {

// How many spans, relations and clusters differ between two versions of a set (added, removed
// or changed, matched by id), plus one when the document's fields differ: what a run of edits
// changed in the end. An edit and its undo change nothing.
int changedItemCount(const AnnotationSet &before, const AnnotationSet &after);

} // namespace galley
