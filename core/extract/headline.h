#pragma once

#include "extract/dom_text.h"
#include "extract/metadata_extractor.h"

namespace galley {

// The article's headline: the visible <h1> that heads the article container (inside it,
// or the last one before its first block), else a heading the declared titles confirm,
// else the declared title (og:title, JSON-LD headline, <title>) without the site name.
// Candidates are weighed by agreement: an <h1> that shares almost no words with any
// declared title (a section label, a template placeholder) gives way to the declared one.
QString chooseHeadline(const DomText &dom, const GumboNode *container, const PageMetadata &metadata);

// True when some declared title shares at least 15% of its words with `heading` (or none is declared).
bool headingAgreesWithDeclaredTitles(const QString &heading, const PageMetadata &metadata);

} // namespace galley
