#pragma once

#include "extract/article.h"
#include "load/page.h"

namespace galley {

// Article extraction for plain-text copies of pages (PageFormat::Text), from layout cues.
Article extractTextArticle(const Page &page);

} // namespace galley
