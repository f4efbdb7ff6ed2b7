#pragma once

#include "extract/article.h"

namespace galley {

// The date the page shows next to its headline ("Updated August 19, 2025", "Sep 4, 2025 ·
// 5 min read"), as ISO 8601; empty when none of the short lines around the headline
// (or the start of the body) holds a full date. Readers take this date, which is often
// the last update, rather than the first publication the markup may declare.
QString visibleDateline(const QList<Block> &blocks);

} // namespace galley
