#pragma once

// The page view speaks the annotation model's DOM ranges: a DOM text node path (see
// HtmlDocument::nodePath) and a UTF-16 offset into its data, end exclusive.
#include "annotation/annotation_set.h"

namespace galley {

using DomPosition = DomPoint;

} // namespace galley
