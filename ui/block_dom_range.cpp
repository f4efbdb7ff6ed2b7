#include "block_dom_range.h"

#include "extract/article.h"
#include "text_page_layout.h"

namespace galley {

namespace {

std::optional<DomPosition> domPosition(const Block &block, int textOffset, const QStringList &nodePaths,
                                       const Page &page, const TextPageLayout *textLayout)
{
    const auto origin = block.origin(textOffset, nodePaths, page);
    if (origin && page.format == PageFormat::Text) {
        if (!textLayout || origin->contentOffset < 0)
            return std::nullopt;
        return textLayout->position(origin->contentOffset);
    }
    if (!origin || origin->nodePath.isEmpty() || origin->nodeOffset < 0)
        return std::nullopt;
    return DomPosition{origin->nodePath, origin->nodeOffset};
}

} // namespace

std::optional<DomRange> blockDomRange(const Block &block, const QStringList &nodePaths,
                                      const Page &page, const TextPageLayout *textLayout)
{
    const int length = int(block.text.size());
    std::optional<DomPosition> start;
    for (int offset = 0; offset < length && !start; ++offset)
        start = domPosition(block, offset, nodePaths, page, textLayout);
    if (!start)
        return std::nullopt;
    std::optional<DomPosition> last;
    for (int offset = length - 1; offset >= 0 && !last; --offset)
        last = domPosition(block, offset, nodePaths, page, textLayout);
    if (!last)
        return std::nullopt;
    return DomRange{*start, DomPosition{last->nodePath, last->offset + 1}};
}

} // namespace galley
