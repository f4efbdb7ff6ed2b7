#include "extract/block_classifier.h"

#include "extract/byline_cleaning.h"
#include "extract/content_scorer.h"
#include "extract/date_parsing.h"

#include <QRegularExpression>

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

bool isHeadline(const DomBlock &block, const PageMetadata &metadata)
{
    if (block.contentKind != BlockKind::Heading || metadata.title.isEmpty())
        return false;
    return normalizedTitle(block.text) == normalizedTitle(metadata.title);
}

} // namespace

QList<BlockVerdict> classifyBlocks(const DomText &dom, const GumboNode *container,
                                   const PageMetadata &metadata, const RegionStats &stats, ElementHints &hints)
{
    QList<BlockVerdict> verdicts;
    verdicts.reserve(qsizetype(dom.blocks.size()));
    bool headlineSeen = false;
    for (const DomBlock &block : dom.blocks) {
        BlockVerdict verdict;
        const bool inside = container && isInside(block.element, container);
        if (!headlineSeen && isHeadline(block, metadata)) {
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
                && block.linkLength * 2 > block.text.size() && block.contentKind != BlockKind::Heading)
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
    return verdicts;
}

} // namespace galley
