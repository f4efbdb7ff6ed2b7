#pragma once

#include "extract/boilerplate_hints.h"
#include "extract/dom_text.h"

namespace galley {

// The element that holds the article body: the subtree whose blocks weigh most, where
// prose counts for it and link lists, boilerplate-marked regions and stray short lines
// count against it (a maximum-weight subtree, in the spirit of Readability's scoring).
// Null when the page has no block that reads like prose.
const GumboNode *findArticleContainer(const DomText &dom, ElementHints &hints);

// Nearest boilerplate reason on the path from `element` up to, not including, `stop`;
// weak reasons are ignored on article-like elements. Empty when none.
QString boilerplateReasonBetween(const GumboNode *element, const GumboNode *stop, ElementHints &hints);

} // namespace galley
