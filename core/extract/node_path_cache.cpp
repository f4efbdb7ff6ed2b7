#include "extract/node_path_cache.h"

#include "load/html_document.h"

#include <vector>

namespace galley {

namespace {

bool sameElementName(const GumboNode *a, const GumboNode *b)
{
    const GumboTag tagA = a->v.element.tag;
    const GumboTag tagB = b->v.element.tag;
    if (tagA != GUMBO_TAG_UNKNOWN || tagB != GUMBO_TAG_UNKNOWN)
        return tagA == tagB;
    return HtmlDocument::tagName(a) == HtmlDocument::tagName(b);
}

// 1-based position of `node` among its parent's children of the same step kind.
int stepPosition(const GumboNode *node, const GumboVector &siblings)
{
    const bool text = HtmlDocument::isText(node);
    int position = 0;
    for (unsigned i = 0; i <= node->index_within_parent && i < siblings.length; ++i) {
        auto *sibling = static_cast<const GumboNode *>(siblings.data[i]);
        if (text ? HtmlDocument::isText(sibling) : (HtmlDocument::isElementLike(sibling) && sameElementName(sibling, node)))
            ++position;
    }
    return position;
}

} // namespace

// Built from the top down along the ancestor chain (no recursion: pages may nest very deep).
QString NodePathCache::pathOf(const GumboNode *node)
{
    if (!node || !node->parent)
        return {};
    std::vector<const GumboNode *> chain;   // node and its uncached ancestors, innermost first
    QString path;
    for (const GumboNode *n = node;; n = n->parent) {
        if (!HtmlDocument::isText(n)) {
            auto cached = m_elementPaths.constFind(n);
            if (cached != m_elementPaths.cend()) {
                path = *cached;
                break;
            }
        }
        chain.push_back(n);
        if (!n->parent->parent)
            break;
    }
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        const GumboNode *n = *it;
        const GumboVector *siblings = HtmlDocument::childrenOf(n->parent);
        if (!siblings) {
            path.clear();
            continue;
        }
        const bool text = HtmlDocument::isText(n);
        path += QLatin1Char('/') + (text ? QStringLiteral("text()") : HtmlDocument::tagName(n)) + QLatin1Char('[')
            + QString::number(stepPosition(n, *siblings)) + QLatin1Char(']');
        if (!text)
            m_elementPaths.insert(n, path);
    }
    return path;
}

} // namespace galley
