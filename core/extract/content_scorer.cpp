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

QString boilerplateReasonBetween(const GumboNode *element, const GumboNode *stop, ElementHints &hints)
{
    for (const GumboNode *node = element; node && node != stop && node->type == GUMBO_NODE_ELEMENT;
         node = node->parent) {
        if (node->v.element.tag == GUMBO_TAG_BODY)
            break;
        const ElementHint &hint = hints.of(node);
        if (!hint.boilerplateReason.isEmpty() && !(hint.weak && hint.articleLike))
            return hint.boilerplateReason;
    }
    return {};
}

const GumboNode *findArticleContainer(const DomText &dom, ElementHints &hints)
{
    struct Score
    {
        double weight = 0;
        double textLength = 0;
    };
    QHash<const GumboNode *, Score> scores;
    double pageText = 0;
    for (const DomBlock &block : dom.blocks) {
        pageText += double(block.text.size());
        for (const GumboNode *node = block.element; node && node->type == GUMBO_NODE_ELEMENT; node = node->parent)
            scores[node].textLength += double(block.text.size());
    }
    // A boilerplate-sounding class on a wrapper of most of the page ("page-header-fixed",
    // "nav-open") says nothing about the text inside it; comments are the exception. Weak
    // hints ("sidebar", "header") name layout columns too often to steer the choice.
    auto marksBoilerplate = [&](const GumboNode *element) {
        for (const GumboNode *node = element; node && node->type == GUMBO_NODE_ELEMENT; node = node->parent) {
            if (node->v.element.tag == GUMBO_TAG_BODY)
                break;
            const ElementHint &hint = hints.of(node);
            if (hint.boilerplateReason.isEmpty() || hint.weak)
                continue;
            if (hint.boilerplateReason == QLatin1String("comments") || scores.value(node).textLength < 0.5 * pageText)
                return true;
        }
        return false;
    };
    for (const DomBlock &block : dom.blocks) {
        const double weight = blockWeight(block, marksBoilerplate(block.element));
        for (const GumboNode *node = block.element; node && node->type == GUMBO_NODE_ELEMENT; node = node->parent)
            scores[node].weight += weight;
    }
    const GumboNode *best = nullptr;
    double bestWeight = 0;
    double bestLength = 0;
    for (auto it = scores.cbegin(); it != scores.cend(); ++it) {
        const Score &score = it.value();
        double weight = score.weight;
        if (hints.of(it.key()).articleLike)
            weight *= 1.1;
        if (weight > bestWeight || (weight == bestWeight && best && score.textLength < bestLength)) {
            best = it.key();
            bestWeight = weight;
            bestLength = score.textLength;
        }
    }
    return best;
}

} // namespace galley
