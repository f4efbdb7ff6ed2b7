#pragma once

#include "extract/block_classifier.h"
#include "extract/dom_text.h"

#include <QStringList>

namespace galley {

// Author names from the byline the page shows near its headline: a "By ..." line, or a
// short line inside an author/byline-classed element. Empty when there is none.
QStringList visibleByline(const DomText &dom, const QList<BlockVerdict> &verdicts);

} // namespace galley
