#include "extract/headline.h"

namespace galley {

namespace {

// A site logo in an <h1> is no headline.
bool couldBeHeadline(const DomBlock &block, const PageMetadata &metadata)
{
    const QString text = normalizedTitle(block.text);
    return text.size() >= 8 && text.size() <= 300 && block.linkLength * 2 < block.text.size()
        && text != normalizedTitle(metadata.site);
}

bool confirmedByDeclaredTitles(const QString &heading, const PageMetadata &metadata)
{
    const QString wanted = normalizedTitle(heading);
    for (const QString &title : metadata.declaredTitles) {
        if (wanted.size() >= 8 && normalizedTitle(title).contains(wanted))
            return true;
    }
    return false;
}

} // namespace

QString chooseHeadline(const DomText &dom, const GumboNode *container, const PageMetadata &metadata)
{
    const DomBlock *beforeContainer = nullptr;
    const DomBlock *confirmed = nullptr;
    for (const DomBlock &block : dom.blocks) {
        const bool inside = container && isInside(block.element, container);
        if (block.contentKind == BlockKind::Heading && block.headingLevel == 1 && couldBeHeadline(block, metadata)) {
            if (inside)
                return block.text;
            if (!confirmed && confirmedByDeclaredTitles(block.text, metadata))
                confirmed = &block;
            if (!container || !beforeContainer || confirmedByDeclaredTitles(block.text, metadata)
                || !confirmedByDeclaredTitles(beforeContainer->text, metadata))
                beforeContainer = &block;
        }
        if (inside)
            break;
    }
    if (beforeContainer)
        return beforeContainer->text;
    if (confirmed)
        return confirmed->text;
    for (const DomBlock &block : dom.blocks) {
        if (block.contentKind == BlockKind::Heading && block.headingLevel <= 3 && couldBeHeadline(block, metadata)
            && confirmedByDeclaredTitles(block.text, metadata))
            return block.text;
    }
    return metadata.title;
}

} // namespace galley
