#pragma once

#include "extract/boilerplate_hints.h"
#include "extract/dom_text.h"

#include <QHash>

namespace galley {

// Text totals per element, summed over the blocks inside it.
class RegionStats
{
public:
    explicit RegionStats(const DomText &dom);
    double textLength(const GumboNode *element) const { return m_regions.value(element).text; }
    double proseLength(const GumboNode *element) const { return m_regions.value(element).prose; }
    double pageText() const { return m_pageText; }

private:
    struct Totals
    {
        double text = 0;    // UTF-16 units
        double prose = 0;   // UTF-16 units in blocks that read as prose
    };
    QHash<const GumboNode *, Totals> m_regions;
    double m_pageText = 0;
};

// The element that holds the article body: the subtree whose blocks weigh most, where
// prose counts for it and link lists, boilerplate-marked regions and stray short lines
// count against it (a maximum-weight subtree, in the spirit of Readability's scoring).
// Null when the page has no block that reads like prose.
const GumboNode *findArticleContainer(const DomText &dom, const RegionStats &stats, ElementHints &hints);

// Nearest boilerplate reason on the path from `element` up to, not including, `stop`;
// weak reasons are ignored on article-like elements, and any but comments and related on
// regions holding pages of prose (an "ad-wrapper" around the body). Empty when none.
QString boilerplateReasonBetween(const GumboNode *element, const GumboNode *stop, const RegionStats &stats,
                                 ElementHints &hints);

// A long, sentence-ending, mostly unlinked block: text that no navigation, tag or metadata
// class is right about.
bool readsAsProse(const DomBlock &block);
bool yieldsToProse(const QString &reason);

// boilerplateReasonBetween() for a block, dropping the reasons that prose overrides.
QString boilerplateReasonFor(const DomBlock &block, const GumboNode *stop, const RegionStats &stats,
                            ElementHints &hints);

} // namespace galley
