#include "annotation/dom_range.h"

namespace galley {

std::optional<DomRange> domRangeOf(const Article &article, const Page &page, int start, int end)
{
    if (!page.dom || start >= end)
        return std::nullopt;
    std::optional<TextOrigin> first;
    int firstOffset = start;
    for (; firstOffset < end && !(first = article.origin(firstOffset, page)); ++firstOffset) {
    }
    std::optional<TextOrigin> last;
    int lastOffset = end - 1;
    for (; lastOffset >= firstOffset && !(last = article.origin(lastOffset, page)); --lastOffset) {
    }
    if (!first || !last || first->nodePath.isEmpty() || last->nodePath.isEmpty())
        return std::nullopt;
    return DomRange{{first->nodePath, first->nodeOffset}, {last->nodePath, last->nodeOffset + 1}};
}

} // namespace galley
