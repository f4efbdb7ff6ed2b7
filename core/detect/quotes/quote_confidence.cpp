#include "quote_confidence.h"

#include <algorithm>
#include <cmath>

namespace galley {

namespace {

// The mean over the tokens of `range` of the probability of B- or I-role; nullopt when empty.
std::optional<float> rangeProbability(const AnalysedText &text, const std::vector<QuoteTagProbabilities> &probabilities,
                                      TextRange range, QuoteRole role)
{
    if (range.isEmpty())
        return std::nullopt;
    const auto first = std::partition_point(text.tokens.begin(), text.tokens.end(),
                                            [&](const Token &token) { return token.end <= range.start; });
    float sum = 0.0f;
    int count = 0;
    for (auto token = first; token != text.tokens.end() && token->start < range.end; ++token) {
        const QuoteTagProbabilities &tags = probabilities[std::size_t(token - text.tokens.begin())];
        sum += tags[quoteBegin(role)] + tags[quoteInside(role)];
        ++count;
    }
    if (count == 0)
        return std::nullopt;
    return sum / float(count);
}

constexpr double kSmallestProbability = 1e-4;   // keeps the logit finite

} // namespace

float roleProbability(const AnalysedText &text, const std::vector<QuoteTagProbabilities> &probabilities,
                      const Quote &quote)
{
    float sum = 0.0f;
    int roles = 0;
    for (const auto &[range, role] : {std::pair{quote.content, QuoteRole::Content}, std::pair{quote.cue, QuoteRole::Cue},
                                      std::pair{quote.speaker, QuoteRole::Source}}) {
        if (const auto probability = rangeProbability(text, probabilities, range, role)) {
            sum += *probability;
            ++roles;
        }
    }
    return roles == 0 ? 0.0f : sum / float(roles);
}

std::array<double, QuoteConfidenceCalibration::WeightCount> QuoteConfidenceCalibration::inputs(float roleProbability,
                                                                                               const Quote &quote)
{
    const double p = std::clamp(double(roleProbability), kSmallestProbability, 1.0 - kSmallestProbability);
    return {1.0, std::log(p / (1.0 - p)), quote.kind == QuoteKind::Direct ? 1.0 : 0.0,
            quote.kind == QuoteKind::Partial ? 1.0 : 0.0, quote.speaker.isEmpty() ? 0.0 : 1.0};
}

float QuoteConfidenceCalibration::confidence(float roleProbability, const Quote &quote) const
{
    const auto x = inputs(roleProbability, quote);
    double z = 0.0;
    for (int k = 0; k < WeightCount; ++k)
        z += double(weights[std::size_t(k)]) * x[std::size_t(k)];
    return float(1.0 / (1.0 + std::exp(-z)));
}

QuoteConfidenceCalibration QuoteConfidenceCalibration::identity(float temperature)
{
    QuoteConfidenceCalibration calibration;
    calibration.temperature = temperature;
    calibration.weights[RoleLogit] = 1.0f;
    return calibration;
}

} // namespace galley
