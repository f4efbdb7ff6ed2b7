#pragma once

#include "annotation/annotation_set.h"
#include "extract/article.h"
#include "load/page.h"

#include <optional>

namespace galley {

// The DOM range of article text [start, end) (UTF-16 offsets into Article::text): from the text
// node holding its first character to the one holding its last, end exclusive. Characters with
// no origin at either edge (block separators) are skipped; nullopt for pages without a DOM (text
// copies) and for a stretch with no character from the page.
std::optional<DomRange> domRangeOf(const Article &article, const Page &page, int start, int end);

} // namespace galley
