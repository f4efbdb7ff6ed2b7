#pragma once

#include "extract/dom_text.h"
#include "extract/metadata_extractor.h"

namespace galley {

// The article's headline: the visible <h1> that heads the article container (inside it,
// or the last one before its first block), else a heading the declared titles confirm,
// else the declared title (og:title, JSON-LD headline, <title>) without the site name.
QString chooseHeadline(const DomText &dom, const GumboNode *container, const PageMetadata &metadata);

} // namespace galley
