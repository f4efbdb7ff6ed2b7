#pragma once

#include "annotation/annotation_set.h"

#include <optional>
#include <utility>

namespace galley {

// Where text selected in the rendered page lies in the article text: the occurrence of its
// exact text (whitespace compared loosely: the page wraps and indents what the article does
// not) whose surroundings agree best with the page's. [start, end) in UTF-16 offsets.
std::optional<std::pair<int, int>> locateSelection(const QString &articleText, const TextQuote &selection);

} // namespace galley
