#pragma once

#include "detect/quotes/quote_tags.h"

#include <QtGlobal>

#include <vector>

namespace galley {

// The negative log-likelihood of the gold tags of a paragraph under a linear-chain CRF (Lafferty
// et al. 2001) over the valid BIO paths: `scores` holds each token's score of every tag (length
// rows of kQuoteTagCount), `transitions` the score of each tag after each tag ([previous][tag];
// a paragraph starts after O). Adds the loss's gradient to `scoreGradient` and
// `transitionGradient` (same shapes) and returns the loss.
// The tags as a path the CRF can take: starting after O, an I- tag that cannot follow the tag
// before it (a piece cut inside a span, overlapping gold roles) begins its span instead.
std::vector<QuoteTag> validQuoteTagPath(const QuoteTag *tags, qsizetype count);

double quoteCrfLoss(const float *scores, int length, const float *transitions, const QuoteTag *gold,
                    float *scoreGradient, float *transitionGradient);

} // namespace galley
