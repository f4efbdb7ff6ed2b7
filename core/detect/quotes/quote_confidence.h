#pragma once

#include "detect/quotes/analysed_text.h"
#include "detect/quotes/quote.h"
#include "detect/quotes/quote_posteriors.h"

#include <array>
#include <cmath>
#include <vector>

namespace galley {

// How sure the tagger is of a quote's spans: the mean, over its content, cue and speaker (those
// it has), of the tagger's probability that their tokens play that role.
float roleProbability(const AnalysedText &text, const std::vector<QuoteTagProbabilities> &probabilities,
                      const Quote &quote);

// Turns the tagger's probabilities into the probability that a found attribution is right (what
// was said and who said it): a logistic model over the logit of roleProbability at
// `temperature`, the quote's kind and whether it names a speaker. Fit on PolNeAR dev by
// calibrateQuoteConfidence; the tagger's own probabilities are overconfident.
struct QuoteConfidenceCalibration
{
    enum Weight { Bias, RoleLogit, Direct, Partial, NamesSpeaker, WeightCount };

    float temperature = 0.0f;   // in score units; 0: not calibrated
    std::array<float, WeightCount> weights{};

    bool isEmpty() const { return temperature <= 0.0f; }
    // The inputs the weights multiply, Bias first.
    static std::array<double, WeightCount> inputs(float roleProbability, const Quote &quote);
    float confidence(float roleProbability, const Quote &quote) const;
    // A calibration that gives roleProbability itself (clamped as inputs() clamps its logit).
    static QuoteConfidenceCalibration identity(float temperature);
    friend bool operator==(const QuoteConfidenceCalibration &, const QuoteConfidenceCalibration &) = default;
};

// A confidence as files carry it: two decimals (the calibration is no finer than that).
inline double roundedConfidence(float confidence) { return std::round(double(confidence) * 100.0) / 100.0; }

} // namespace galley
