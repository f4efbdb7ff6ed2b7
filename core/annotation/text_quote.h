#pragma once

#include "annotation/annotation_set.h"

#include <QStringView>

namespace galley {

constexpr int kTextQuoteContext = 32;   // code points of prefix and suffix, as Hypothesis stores

// The text-quote selector of [start, end) (UTF-16 offsets) in text: the exact text plus up to
// 32 code points before and after, never splitting a surrogate pair.
TextQuote textQuoteAt(QStringView text, int start, int end);

} // namespace galley
