#include "extract/node_path_cache.h"

#include "load/html_document.h"

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

QString NodePathCache::pathOf(const GumboNode *node)
{
    if (!node || !node->parent)
        return {};
    const bool text = HtmlDocument::isText(node);
    if (!text) {
        auto cached = m_elementPaths.constFind(node);
        if (cached != m_elementPaths.cend())
            return *cached;
    }
    const GumboVector *siblings = HtmlDocument::childrenOf(node->parent);
    if (!siblings)
        return {};
    const QString parentPath = node->parent->parent ? pathOf(node->parent) : QString();
    const QString step = (text ? QStringLiteral("text()") : HtmlDocument::tagName(node)) + QLatin1Char('[')
        + QString::number(stepPosition(node, *siblings)) + QLatin1Char(']');
    QString path = parentPath + QLatin1Char('/') + step;
    if (!text)
        m_elementPaths.insert(node, path);
    return path;
}

} // namespace galley
