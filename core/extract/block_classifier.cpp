#include "extract/block_classifier.h"

#include "extract/byline_cleaning.h"
#include "extract/content_scorer.h"
#include "extract/date_parsing.h"
#include "extract/date_text.h"

#include <QRegularExpression>
#include <QSet>

namespace galley {

namespace {

constexpr double kArticleEndShare = 0.75;   // of the body read before an end marker counts
constexpr double kArticleEndShareForSection = 0.85;   // the same for a "related" or "comments" heading
constexpr qsizetype kArticleEndMinimum = 500;

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
    if (text.size() <= 60 && !parseDateToIso(text).isEmpty() && !isSentenceWithDate(text))
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
    const QString text = normalizedTitle(block.text);
    // The headline may drop a kicker label the heading has, or add a count or year it lacks.
    return text == normalizedHeadline
        || (text.endsWith(normalizedHeadline) && text.chopped(normalizedHeadline.size()).endsWith(QLatin1String(": ")))
        || (text.size() >= 8 && text.size() + 5 >= normalizedHeadline.size() && normalizedHeadline.contains(text));
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

// A short line that closes the article: what follows it (an author box, related posts,
// comments, a call to subscribe) belongs to the page, not to the story.
bool isArticleEndMarker(const DomBlock &block, const QString &reason, double share)
{
    if (block.text.size() > 80 || block.contentKind == BlockKind::ListItem)
        return false;
    static const QRegularExpression marker(QStringLiteral(
        R"(^\s*(about the (author|writer|contributor)s?|about (me|us)|author bio|meet the author|written by .{0,40}|)"
        R"(share (this|the) (article|post|story|page)|related (posts|articles|stories|reading|content|resources)|)"
        R"(you (may|might) also (like|enjoy)( reading)?|(other |more )?posts you may (also )?(like|enjoy)|more (from|by) .{1,40}|)"
        R"(recommended (posts|reading|articles|for you)|leave a (comment|reply)|\d*\s*comments?|(join|start) the (discussion|conversation)|)"
        R"(pin (this|it)? ?for later|filed under|posted in|published in|like (what you('re| are) reading|this (article|post)).{0,60})\s*[:!.?]?\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    if (block.text.contains(marker))
        return share >= kArticleEndShare;
    return block.contentKind == BlockKind::Heading && share >= kArticleEndShareForSection
        && (reason == QLatin1String("related") || reason == QLatin1String("comments"));
}

// Characters of the blocks inside the container that are still kept as body.
qsizetype keptTextLength(const DomText &dom, const std::vector<bool> &inside, const QList<BlockVerdict> &verdicts)
{
    qsizetype total = 0;
    for (size_t i = 0; i < dom.blocks.size(); ++i) {
        if (verdicts.at(qsizetype(i)).boilerplateReason.isEmpty() && inside[i])
            total += dom.blocks[i].text.size();
    }
    return total;
}

// Once most of the body has been read, the first end-of-article marker closes it: every
// later block inside the container is boilerplate ("article-end").
void trimArticleTail(const DomText &dom, const std::vector<bool> &inside, QList<BlockVerdict> &verdicts)
{
    const qsizetype total = keptTextLength(dom, inside, verdicts);
    qsizetype seen = 0;
    for (size_t i = 0; i < dom.blocks.size(); ++i) {
        const DomBlock &block = dom.blocks[i];
        const QString &reason = verdicts.at(qsizetype(i)).boilerplateReason;
        if (!inside[i])
            continue;
        if (seen >= kArticleEndMinimum && isArticleEndMarker(block, reason, double(seen) / double(total))) {
            for (size_t j = i; j < dom.blocks.size(); ++j) {
                BlockVerdict &later = verdicts[qsizetype(j)];
                if (later.boilerplateReason.isEmpty() && inside[j])
                    later.boilerplateReason = QStringLiteral("article-end");
            }
            return;
        }
        if (reason.isEmpty())
            seen += block.text.size();
    }
}

// A paragraph that introduces the author ("Jane Doe is a reporter who covers ...") in the
// second half of the body is the author box, not the story.
bool isAuthorBio(const DomBlock &block, const PageMetadata &metadata)
{
    if (block.contentKind != BlockKind::Paragraph || block.text.size() > 700)
        return false;
    static const QRegularExpression introduces(QStringLiteral(
        R"(^,?\s+(is|was|has|had|writes|covers|joined|leads|holds|loves|lives)\b)"), QRegularExpression::CaseInsensitiveOption);
    for (const QString &author : metadata.authors) {
        if (author.size() >= 5 && author.contains(QLatin1Char(' ')) && block.text.startsWith(author, Qt::CaseInsensitive)
            && QStringView(block.text).mid(author.size()).contains(introduces))
            return true;
    }
    return false;
}

void dropAuthorBios(const DomText &dom, const std::vector<bool> &inside, const PageMetadata &metadata,
                    QList<BlockVerdict> &verdicts)
{
    if (metadata.authors.isEmpty())
        return;
    const qsizetype total = keptTextLength(dom, inside, verdicts);
    qsizetype seen = 0;
    for (size_t i = 0; i < dom.blocks.size(); ++i) {
        BlockVerdict &verdict = verdicts[qsizetype(i)];
        if (!verdict.boilerplateReason.isEmpty() || !inside[i])
            continue;
        if (2 * seen >= total && isAuthorBio(dom.blocks[i], metadata))
            verdict.boilerplateReason = QStringLiteral("author-bio");
        seen += dom.blocks[i].text.size();
    }
}

// What stands above the headline inside the container (a breadcrumb, a section label, a
// reading time, a teaser) is the page's furniture, not the story.
void dropLinesAboveHeadline(const std::vector<bool> &inside, QList<BlockVerdict> &verdicts)
{
    qsizetype headline = -1;
    for (qsizetype i = 0; i < verdicts.size(); ++i) {
        if (verdicts.at(i).boilerplateReason == QLatin1String("title")) {
            headline = i;
            break;
        }
    }
    if (headline < 0 || !inside[size_t(headline)])
        return;
    for (qsizetype i = 0; i < headline; ++i) {
        BlockVerdict &verdict = verdicts[i];
        if (verdict.boilerplateReason.isEmpty() && inside[size_t(i)])
            verdict.boilerplateReason = QStringLiteral("above-headline");
    }
}

} // namespace

QList<BlockVerdict> classifyBlocks(const DomText &dom, const GumboNode *container,
                                   const PageMetadata &metadata, const RegionStats &stats, ElementHints &hints)
{
    QList<BlockVerdict> verdicts;
    verdicts.reserve(qsizetype(dom.blocks.size()));
    bool headlineSeen = false;
    std::vector<bool> insideContainer;
    insideContainer.reserve(dom.blocks.size());
    const QString normalizedHeadline = normalizedTitle(metadata.title);
    for (const DomBlock &block : dom.blocks) {
        BlockVerdict verdict;
        const bool inside = container && isInside(block.element, container);
        insideContainer.push_back(inside);
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
    if (container) {
        dropSectionsUnderBoilerplateHeadings(dom, container, stats, verdicts);
        trimArticleTail(dom, insideContainer, verdicts);
        dropAuthorBios(dom, insideContainer, metadata, verdicts);
        dropLinesAboveHeadline(insideContainer, verdicts);
    }
    dropRepeatedLines(dom, verdicts);
    return verdicts;
}

} // namespace galley
