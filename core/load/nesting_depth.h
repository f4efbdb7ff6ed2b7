#pragma once

#include <QByteArrayView>

namespace galley {

// Gumbo checks scopes by walking its stack of open elements, so parsing slows down with the
// square of the nesting depth (10,000 levels: over a second; 100,000: minutes). Pages deeper
// than this are refused before they reach gumbo. Real pages stay far below it.
inline constexpr int maxElementNestingDepth = 4096;

// A linear scan over HTML markup estimating the depth of open elements the tree builder
// would reach: void elements, self-closing foreign elements, raw-text elements and the
// implied end tags of p, li, td, option, ... are accounted for. Stops counting at `stopAt`.
int estimateElementNestingDepth(QByteArrayView markup, int stopAt = maxElementNestingDepth + 1);

} // namespace galley
