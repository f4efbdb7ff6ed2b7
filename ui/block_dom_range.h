#pragma once

#include "dom_range.h"

#include <QStringList>

#include <optional>

namespace galley {

struct Block;
struct Page;
class TextPageLayout;

// Where a block's text is in the rendered page: from its first aligned character to just after
// its last. HTML-based pages use the DOM origins the extractor recorded; text copies go through
// the layout of the page Galley generated for them (`textLayout`, required for text pages).
// nullopt when no character of the block is aligned.
std::optional<DomRange> blockDomRange(const Block &block, const QStringList &nodePaths,
                                      const Page &page, const TextPageLayout *textLayout);

} // namespace galley
