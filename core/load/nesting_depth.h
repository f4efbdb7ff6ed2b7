#pragma once

#include <QByteArrayView>

#include <gumbo.h>

namespace galley {

// Gumbo checks scopes by walking its stack of open elements, so parsing slows down with the
// square of the nesting depth (measured, nested <div>s: 10,000 levels 0.15 s, 30,000 levels
// 1.6 s, 100,000 levels 17 s), and tree walks downstream recurse per level. Browsers flatten
// beyond 512 levels; Galley refuses pages deeper than this. Real pages stay far below it.
// The pre-parse estimate refuses beyond this; it is an estimate, so it is twice the tree limit.
// At this depth gumbo's parse of the worst repeated pattern (<table><tr><td>) stays under
// ~100 MB and a fraction of a second; the 45 KB page '<table><tr><td>'*3000 used 1.08 GB.
inline constexpr int maxElementNestingDepth = 2048;

// The limit on the real tree, measured after the parse (elementTreeDepth). Browsers' parsers
// cap DOM depth at 512; every recursive consumer downstream (extractor walks, the page view's
// serialisation, QtWebEngine) is safe at twice that with the default 8 MB stack (each frame is
// well under 1 KB), while real news pages stay below ~60 levels.
inline constexpr int maxElementTreeDepth = 1024;

// The same cost without extreme depth: many start tags each opened under thousands of open
// elements. Gumbo walks about 3e8 such steps a second; this budget bounds that part of a
// parse to a second or two (a 50 MB page, 2 million tags 25 levels deep, needs 5e7).
inline constexpr qint64 maxOpenElementSteps = 400'000'000;

struct NestingEstimate
{
    int deepest = 0;            // open elements at the deepest point
    qint64 openElementSteps = 0; // sum over start tags of the open elements above them
    bool tooCostly() const
    {
        return deepest > maxElementNestingDepth || openElementSteps > maxOpenElementSteps;
    }
};

// A linear scan over HTML markup estimating the stack of open elements the tree builder
// would keep: void elements, self-closing foreign elements, raw-text elements and the
// implied end tags of p, li, td, option, ... are accounted for. Stops once tooCostly().
NestingEstimate estimateElementNesting(QByteArrayView markup);

// The number of element levels below `root` (a document counts as no level), measured by an
// iterative walk, so it is safe on any tree gumbo builds.
int elementTreeDepth(const GumboNode *root);

} // namespace galley
