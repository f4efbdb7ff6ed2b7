#pragma once

#include "detect/ner/ner_model.h"
#include "detect/quotes/polnear_corpus.h"
#include "detect/quotes/quote_model.h"

#include <QList>

namespace galley {

// Fits the confidence of `model`'s quotes on `corpus` (PolNeAR dev): for each temperature tried,
// a logistic regression of isAttributionRight (quote_evaluation.h) on the calibration's inputs; the temperature whose
// fit has the smallest log-loss wins. Deterministic. Returns an empty calibration when the
// corpus has no quotes the model finds.
QuoteConfidenceCalibration calibrateQuoteConfidence(const PolnearCorpus &corpus, const NerModel &ner,
                                                    const QuoteModel &model);

} // namespace galley
