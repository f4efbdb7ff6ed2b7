#include "extract/block_classifier.h"

#include "extract/byline_cleaning.h"
#include "extract/content_scorer.h"
#include "extract/date_parsing.h"

#include <QRegularExpression>
#include <QSet>

namespace galley {

namespace {

bool isMetadataLine(const DomBlock &block, const PageMetadata &metadata)
{
    const QString &text = block.text;
    if (text.size() > 120 || block.contentKind == BlockKind::Heading)
        return false;
    static const QRegularExpression label(QStringLiteral(
        R"(^\s*((written |posted |reported )?by\s|posted\b|published\b|updated\b|last updated\b|first published\b|)"
        R"(date:|author:|\d+\s+min(ute)?s?\s+read\b))"),
        QRegularExpression::CaseInsensitiveOption);
    const bool endsAsSentence = text.endsWith(QLatin1Char('.')) && text.size() > 60;
    if (!endsAsSentence && text.contains(label))
        return true;
    if (text.size() <= 60 && !parseDateToIso(text).isEmpty())
        return true;
    for (const QString &author : metadata.authors) {
        if (text.compare(author, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isHeadline(const DomBlock &block, const QString &normalizedHeadline)
{
    if (block.contentKind != BlockKind::Heading || normalizedHeadline.isEmpty())
        return false;
    return normalizedTitle(block.text) == normalizedHeadline;
}

// A sentence whose words are mostly a link ("The X is available at Y.") still says something.
bool isLinkedSentence(const DomBlock &block)
{
    const QString &text = block.text;
    return text.size() >= 60 && block.linkLength * 5 < text.size() * 4 && text.count(QLatin1Char(' ')) >= 8
        && (text.endsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char('!')) || text.endsWith(QLatin1Char('?')));
}

bool leadsSectionAway(const QString &reason)
{
    return reason == QLatin1String("related") || reason == QLatin1String("comments")
        || reason == QLatin1String("newsletter");
}

// A heading such as "Related Posts" or "Comments" names the section it opens: every block
// of the largest element inside the container that this heading starts goes with it.
void dropSectionsUnderBoilerplateHeadings(const DomText &dom, const GumboNode *container, const RegionStats &stats,
                                          QList<BlockVerdict> &verdicts)
{
    const double containerProse = stats.proseLength(container);
    for (size_t i = 0; i < dom.blocks.size(); ++i) {
        const DomBlock &heading = dom.blocks[i];
        const QString &reason = verdicts.at(qsizetype(i)).boilerplateReason;
        const bool label = heading.contentKind == BlockKind::Heading
            || (heading.contentKind == BlockKind::Paragraph && heading.text.size() <= 40);
        if (!label || !leadsSectionAway(reason)
            || !isInside(heading.element, container) || heading.element == container)
            continue;
        const GumboNode *section = nullptr;
        for (const GumboNode *node = heading.element->parent;
             node && node != container && node->type == GUMBO_NODE_ELEMENT; node = node->parent) {
            if (i > 0 && isInside(dom.blocks[i - 1].element, node))
                break;   // the section started before the heading
            section = node;
        }
        if (!section || stats.proseLength(section) > 0.5 * containerProse)
            continue;
        for (size_t j = i + 1; j < dom.blocks.size() && isInside(dom.blocks[j].element, section); ++j) {
            if (verdicts.at(qsizetype(j)).boilerplateReason.isEmpty())
                verdicts[qsizetype(j)].boilerplateReason = reason;
        }
    }
}

// The same text twice in the body is a widget repeated (a card, a button label, a
// responsive copy of a paragraph): the body keeps its first occurrence only.
void dropRepeatedLines(const DomText &dom, QList<BlockVerdict> &verdicts)
{
    QSet<QStringView> kept;
    for (size_t i = 0; i < dom.blocks.size(); ++i) {
        BlockVerdict &verdict = verdicts[qsizetype(i)];
        if (!verdict.boilerplateReason.isEmpty())
            continue;
        const QStringView text(dom.blocks[i].text);
        const qsizetype before = kept.size();
        kept.insert(text);
        if (kept.size() == before)
            verdict.boilerplateReason = QStringLiteral("repeated");
    }
}

} // namespace

QList<BlockVerdict> classifyBlocks(const DomText &dom, const GumboNode *container,
                                   const PageMetadata &metadata, const RegionStats &stats, ElementHints &hints)
{
    QList<BlockVerdict> verdicts;
    verdicts.reserve(qsizetype(dom.blocks.size()));
    bool headlineSeen = false;
    const QString normalizedHeadline = normalizedTitle(metadata.title);
    for (const DomBlock &block : dom.blocks) {
        BlockVerdict verdict;
        const bool inside = container && isInside(block.element, container);
        if (!headlineSeen && isHeadline(block, normalizedHeadline)) {
            verdict.boilerplateReason = QStringLiteral("title");
            headlineSeen = true;
        } else if (!inside) {
            verdict.boilerplateReason = boilerplateReasonFor(block, nullptr, stats, hints);
            if (verdict.boilerplateReason.isEmpty())
                verdict.boilerplateReason = block.contentKind == BlockKind::Caption ? QStringLiteral("caption")
                                                                                    : QStringLiteral("outside-article");
        } else {
            verdict.boilerplateReason = boilerplateReasonFor(block, container, stats, hints);
            if (verdict.boilerplateReason.isEmpty()
                && block.linkLength * 2 > block.text.size() && block.contentKind != BlockKind::Heading
                && !isLinkedSentence(block))
                verdict.boilerplateReason = QStringLiteral("links");
            // Figure captions describe pictures, not the story: out of the body text unless a
            // reviewer pulls them back in (the lead image caption is kept in the metadata).
            if (verdict.boilerplateReason.isEmpty() && block.contentKind == BlockKind::Caption)
                verdict.boilerplateReason = QStringLiteral("caption");
            if (verdict.boilerplateReason.isEmpty() && isMetadataLine(block, metadata))
                verdict.boilerplateReason = QStringLiteral("metadata");
            if (verdict.boilerplateReason.isEmpty())
                verdict.boilerplateReason = boilerplateLineReason(block.text);
        }
        verdicts.append(verdict);
    }
    if (container)
        dropSectionsUnderBoilerplateHeadings(dom, container, stats, verdicts);
    dropRepeatedLines(dom, verdicts);
    return verdicts;
}

} // namespace galley
