#include "extract/content_scorer.h"

#include <QHash>

namespace galley {

namespace {

bool endsLikeSentence(const QString &text)
{
    for (qsizetype i = text.size() - 1; i >= 0 && i >= text.size() - 3; --i) {
        const QChar c = text.at(i);
        if (c == u'.' || c == u'!' || c == u'?' || c == u':' || c == QChar(0x3002))
            return true;
    }
    return false;
}

// How much a block says "this is the article": positive for prose, negative for link
// lists and scraps.
double blockWeight(const DomBlock &block, bool inBoilerplate)
{
    const double length = double(block.text.size());
    const double linkDensity = double(block.linkLength) / std::max(1.0, length);
    if (inBoilerplate || linkDensity > 0.5)
        return -length;
    if (block.contentKind == BlockKind::Heading)
        return 0;
    if (length < 30 && !endsLikeSentence(block.text))
        return -0.5 * length;
    return length * (1.0 - linkDensity);
}

} // namespace

bool readsAsProse(const DomBlock &block)
{
    const qsizetype length = block.text.size();
    return length >= 150 && block.linkLength * 5 < length && endsLikeSentence(block.text);
}

bool yieldsToProse(const QString &reason)
{
    return reason == QLatin1String("navigation") || reason == QLatin1String("tags")
        || reason == QLatin1String("sidebar") || reason == QLatin1String("header")
        || reason == QLatin1String("metadata");
}

RegionStats::RegionStats(const DomText &dom)
{
    for (const DomBlock &block : dom.blocks) {
        const double length = double(block.text.size());
        const double prose = readsAsProse(block) ? length : 0;
        m_pageText += length;
        for (const GumboNode *node = block.element; node && node->type == GUMBO_NODE_ELEMENT; node = node->parent) {
            Totals &totals = m_regions[node];
            totals.text += length;
            totals.prose += prose;
        }
    }
}

QString boilerplateReasonFor(const DomBlock &block, const GumboNode *stop, const RegionStats &stats,
                             ElementHints &hints)
{
    const QString reason = boilerplateReasonBetween(block.element, stop, stats, hints);
    return !reason.isEmpty() && yieldsToProse(reason) && readsAsProse(block) ? QString() : reason;
}

namespace {

bool hintHolds(const ElementHint &hint, const GumboNode *element, const RegionStats &stats)
{
    if (hint.boilerplateReason.isEmpty() || (hint.weak && hint.articleLike))
        return false;
    const bool proseProof = hint.boilerplateReason == QLatin1String("comments")
        || hint.boilerplateReason == QLatin1String("related");
    return proseProof || stats.proseLength(element) < 2000;
}

} // namespace

QString boilerplateReasonBetween(const GumboNode *element, const GumboNode *stop, const RegionStats &stats,
                                 ElementHints &hints)
{
    for (const GumboNode *node = element; node && node != stop && node->type == GUMBO_NODE_ELEMENT;
         node = node->parent) {
        if (node->v.element.tag == GUMBO_TAG_BODY)
            break;
        const ElementHint &hint = hints.of(node);
        if (hintHolds(hint, node, stats))
            return hint.boilerplateReason;
    }
    return {};
}

const GumboNode *findArticleContainer(const DomText &dom, const RegionStats &stats, ElementHints &hints)
{
    QHash<const GumboNode *, double> weights;
    const double pageText = stats.pageText();
    // A boilerplate-sounding class on a wrapper of most of the page ("page-header-fixed",
    // "nav-open") says nothing about the text inside it; comments are the exception. Weak
    // hints ("sidebar", "header") name layout columns too often to steer the choice.
    // A comment thread is dropped wherever it sits, so it neither pulls the choice towards
    // itself nor pushes it away from the post when both share one parent.
    enum class Region { Content, Boilerplate, Comments };
    auto regionOf = [&](const DomBlock &block) {
        const bool prose = readsAsProse(block);
        Region region = Region::Content;
        for (const GumboNode *node = block.element; node && node->type == GUMBO_NODE_ELEMENT; node = node->parent) {
            if (node->v.element.tag == GUMBO_TAG_BODY)
                break;
            const ElementHint &hint = hints.of(node);
            if (hint.boilerplateReason.isEmpty())
                continue;
            if (!hint.weak && hint.boilerplateReason == QLatin1String("comments"))
                return Region::Comments;
            if (region == Region::Boilerplate)
                continue;
            if (hint.weak || !hintHolds(hint, node, stats) || (prose && yieldsToProse(hint.boilerplateReason)))
                continue;
            if (stats.textLength(node) < 0.5 * pageText)
                region = Region::Boilerplate;
        }
        return region;
    };
    for (const DomBlock &block : dom.blocks) {
        const Region region = regionOf(block);
        const double weight = region == Region::Comments ? 0.0 : blockWeight(block, region == Region::Boilerplate);
        for (const GumboNode *node = block.element; node && node->type == GUMBO_NODE_ELEMENT; node = node->parent)
            weights[node] += weight;
    }
    const GumboNode *best = nullptr;
    double bestWeight = 0;
    double bestLength = 0;
    for (auto it = weights.cbegin(); it != weights.cend(); ++it) {
        double weight = it.value();
        if (hints.of(it.key()).articleLike)
            weight *= 1.1;
        const double length = stats.textLength(it.key());
        if (weight > bestWeight || (weight == bestWeight && best && length < bestLength)) {
            best = it.key();
            bestWeight = weight;
            bestLength = length;
        }
    }
    return best;
}

} // namespace galley
