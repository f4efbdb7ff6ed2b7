#pragma once

#include "extract/article.h"

#include <QString>

#include <gumbo.h>

#include <vector>

namespace galley {

// One block of visible text as the DOM lays it out, before any boilerplate decision.
struct DomBlock
{
    BlockKind contentKind = BlockKind::Paragraph;
    int headingLevel = 0;              // 1..6 for headings
    QString text;                      // whitespace collapsed and trimmed (not inside <pre>)
    QList<AlignmentRun> runs;          // AlignmentRun::node indexes DomText::textNodes
    const GumboNode *element = nullptr;  // nearest block-level element around the text
    int linkLength = 0;                // UTF-16 units of `text` that sit inside <a href>
};

struct DomText
{
    std::vector<DomBlock> blocks;                 // in document order
    std::vector<const GumboNode *> textNodes;     // every text node a run points at
};

// Walks the visible part of `root` (skips script, style, template, svg, head, hidden
// elements, form controls) and cuts it into blocks at block-level elements.
DomText collectDomBlocks(const GumboNode *root);

// True when `node` is `ancestor` or lies below it.
bool isInside(const GumboNode *node, const GumboNode *ancestor);

// True for elements that start a new block of text.
bool isBlockLevel(const GumboNode *element);

} // namespace galley
