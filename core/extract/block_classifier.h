#pragma once

#include "extract/boilerplate_hints.h"
#include "extract/content_scorer.h"
#include "extract/dom_text.h"
#include "extract/metadata_extractor.h"

#include <QList>

namespace galley {

struct BlockVerdict
{
    QString boilerplateReason;   // empty: the block is article body
};

// Decides, block by block and in page order, what is article body and what is boilerplate
// (with the reason): outside the container everything is boilerplate; inside it, regions
// marked as navigation/share/related/..., link lists, the headline itself, byline and
// dateline lines, and stock lines ("Advertisement", "Read more") are.
QList<BlockVerdict> classifyBlocks(const DomText &dom, const GumboNode *container,
                                   const PageMetadata &metadata, const RegionStats &stats, ElementHints &hints);

} // namespace galley
