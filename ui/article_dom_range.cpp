#include "article_dom_range.h"

#include "extract/article.h"
#include "text_page_layout.h"

namespace galley {

namespace {

std::optional<DomPosition> domPosition(const Article &article, const Page &page,
                                       const TextPageLayout *textLayout, int textOffset)
{
    const auto origin = article.origin(textOffset, page);
    if (!origin)
        return std::nullopt;
    if (page.format == PageFormat::Text) {
        if (!textLayout || origin->contentOffset < 0)
            return std::nullopt;
        return textLayout->position(origin->contentOffset);
    }
    if (origin->nodePath.isEmpty() || origin->nodeOffset < 0)
        return std::nullopt;
    return DomPosition{origin->nodePath, origin->nodeOffset};
}

} // namespace

std::optional<DomRange> articleDomRange(const Article &article, const Page &page,
                                        const TextPageLayout *textLayout, int start, int end)
{
    std::optional<DomPosition> first;
    for (int offset = start; offset < end && !first; ++offset)
        first = domPosition(article, page, textLayout, offset);
    std::optional<DomPosition> last;
    for (int offset = end - 1; offset >= start && first && !last; --offset)
        last = domPosition(article, page, textLayout, offset);
    if (!first || !last)
        return std::nullopt;
    return DomRange{*first, DomPosition{last->nodePath, last->offset + 1}};
}

} // namespace galley
