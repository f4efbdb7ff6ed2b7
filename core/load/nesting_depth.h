#pragma once

#include <QByteArrayView>

namespace galley {

// Gumbo checks scopes by walking its stack of open elements, so parsing slows down with the
// square of the nesting depth (measured, nested <div>s: 10,000 levels 0.15 s, 30,000 levels
// 1.6 s, 100,000 levels 17 s), and tree walks downstream recurse per level. Browsers flatten
// beyond 512 levels; Galley refuses pages deeper than this. Real pages stay far below it.
inline constexpr int maxElementNestingDepth = 4096;

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

} // namespace galley
