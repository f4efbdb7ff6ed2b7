#pragma once

#include "detect/ner/entity_finder.h"
#include "detect/quotes/quote.h"

#include <QList>
#include <QStringView>

namespace galley {

// For each quote, the earlier quote whose speaker it shares, else -1: a direct or partial quote
// that names no speaker and follows, in the same paragraph with no other person named in
// between, a quote that does ("“This is the day,” Mayor Elena Varga told reporters. “We have
// waited long enough.”"), or that runs on from it into a new paragraph opened with a quote mark
// (the closing mark left out before the break). Quotes in text order; a paragraph ends at a line
// break.
QList<int> continuedQuoteSpeakers(QStringView text, const QList<Quote> &quotes, const QList<EntityMention> &mentions);

} // namespace galley
