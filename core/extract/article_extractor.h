#pragma once

#include "extract/article.h"
#include "load/page.h"

namespace galley {

// Finds the article in a loaded page: metadata, body blocks, boilerplate, alignment.
// HTML-based pages go through the DOM extractor, text copies through the layout-cue one.
Article extractArticle(const Page &page);

} // namespace galley
