#include "block_dom_range.h"

#include "extract/article.h"
#include "text_page_layout.h"

#include <algorithm>

namespace galley {

namespace {

// UTF-16 offset into Page::content of a character of a text copy's block.
std::optional<qsizetype> contentOffset(const Block &block, int textOffset)
{
    auto after = std::upper_bound(block.runs.begin(), block.runs.end(), textOffset,
                                  [](int offset, const AlignmentRun &run) { return offset < run.textStart; });
    if (after == block.runs.begin())
        return std::nullopt;
    const AlignmentRun &run = *(after - 1);
    if (textOffset >= run.textStart + run.length)
        return std::nullopt;
    return qsizetype(run.sourceStart) + (textOffset - run.textStart);
}

std::optional<DomPosition> domPosition(const Block &block, int textOffset, const QStringList &nodePaths,
                                       const Page &page, const TextPageLayout *textLayout)
{
    if (page.format == PageFormat::Text) {
        const auto offset = contentOffset(block, textOffset);
        if (!offset || !textLayout)
            return std::nullopt;
        return textLayout->position(*offset);
    }
    const auto origin = block.origin(textOffset, nodePaths, page);
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
