#pragma once

#include "dom_range.h"

#include <optional>

namespace galley {

struct Article;
struct Page;
class TextPageLayout;

// Where [start, end) of Article::text (UTF-16) is in the rendered page: from its first aligned
// character to just after its last. HTML-based pages use the extractor's DOM origins; text
// copies go through `textLayout`, the page Galley generated for them. nullopt when no character
// of the stretch is aligned.
std::optional<DomRange> articleDomRange(const Article &article, const Page &page,
                                        const TextPageLayout *textLayout, int start, int end);

} // namespace galley
