#pragma once

#include "detect/quotes/quote_features.h"
#include "detect/quotes/quote_tags.h"

#include <array>
#include <vector>

namespace galley {

// How sure the tagger is of each tag at each token: kQuoteTagCount probabilities per token.
using QuoteTagProbabilities = std::array<float, kQuoteTagCount>;

// The scores of one paragraph under the tagger's first-order model: each token's own score of
// each tag, and the score of each tag after each previous tag (the perceptron's features
// conjoined with the tag before; the BiLSTM-CRF's transitions).
struct QuoteStepScores
{
    std::vector<std::array<float, kQuoteTagCount>> own;
    std::vector<std::array<std::array<float, kQuoteTagCount>, kQuoteTagCount>> joint;

    qsizetype length() const { return qsizetype(own.size()); }
};

template <typename Score>
QuoteStepScores scoreQuoteSteps(const QuoteFeatures &features, TokenSpan sequence, Score &&score)
{
    QuoteStepScores scores;
    const qsizetype length = std::max<qsizetype>(0, sequence.end - sequence.begin);
    scores.own.resize(std::size_t(length));
    scores.joint.resize(std::size_t(length));
    std::vector<FeatureKey> keys;
    keys.reserve(64);
    for (qsizetype i = 0; i < length; ++i) {
        const qsizetype t = sequence.begin + i;
        keys.clear();
        features.addTokenFeatures(t, keys);
        score(keys, scores.own[std::size_t(i)].data());
        // A paragraph starts outside any span: only O comes before its first token.
        const int previousCount = i == 0 ? 1 : kQuoteTagCount;
        for (int previous = 0; previous < previousCount; ++previous) {
            keys.clear();
            features.addTagFeatures(t, QuoteTag(previous), keys);
            score(keys, scores.joint[std::size_t(i)][std::size_t(previous)].data());
        }
    }
    return scores;
}

// The best valid BIO sequence: the same tags, to the bit, as decodeQuoteTags finds.
std::vector<QuoteTag> bestQuoteTags(const QuoteStepScores &scores);

// The probability of every tag at every token (forward-backward over the valid BIO paths), each
// path weighted by exp(score / temperature). The perceptron's scores are no log-probabilities:
// the temperature that makes these probabilities match how often the tags are right is chosen
// on dev data.
std::vector<QuoteTagProbabilities> quoteTagProbabilities(const QuoteStepScores &scores, float temperature);

} // namespace galley
