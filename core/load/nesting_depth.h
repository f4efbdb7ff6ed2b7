#pragma once

#include <QByteArrayView>

namespace galley {

// Gumbo checks scopes by walking its stack of open elements, so parsing slows down with the
// square of the nesting depth (10,000 levels: over a second; 100,000: minutes). Pages deeper
// than this are refused before they reach gumbo. Real pages stay far below it.
inline constexpr int maxElementNestingDepth = 4096;

// The same cost without extreme depth: many start tags each opened under thousands of open
// elements. Gumbo does 4e7 to 9e7 such steps a second; this budget keeps a parse under ten seconds.
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
