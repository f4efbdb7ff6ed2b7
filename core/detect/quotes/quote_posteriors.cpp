#include "quote_posteriors.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>

namespace galley {

namespace {

constexpr int kTags = kQuoteTagCount;
constexpr float kNone = -std::numeric_limits<float>::infinity();
// Terms under e^-60 of the largest forward term are left out: far below what a float sum keeps,
// with room for the backward pass to favour a path the forward pass found unlikely.
constexpr float kNegligible = -60.0f;

// e^x for x in [kNegligible, 0] to about 2e-6 relative: 2^k times a polynomial for 2^f,
// |f| <= 1/2. std::exp is a function call each time and was most of the decoding time.
float fastExp(float x)
{
    const float y = x * 1.44269504f;   // log2(e)
    const float k = std::nearbyint(y);
    const float f = y - k;
    float p = 1.5353362e-4f;
    p = p * f + 1.3398874e-3f;
    p = p * f + 9.6184561e-3f;
    p = p * f + 5.5503340e-2f;
    p = p * f + 2.4022652e-1f;
    p = p * f + 6.9314718e-1f;
    p = p * f + 1.0f;
    return p * std::bit_cast<float>(std::uint32_t(std::int32_t(k) + 127) << 23);
}

// Divides by the sum; returns the sum (1 for an all-zero vector, left as it is).
float normalise(std::array<float, kTags> &values)
{
    float sum = 0.0f;
    for (float value : values)
        sum += value;
    if (sum <= 0.0f)
        return 1.0f;
    for (float &value : values)
        value /= sum;
    return sum;
}

} // namespace

std::vector<QuoteTag> bestQuoteTags(const QuoteStepScores &scores)
{
    // decodeQuoteTags' arithmetic and tie-breaking, over scores made beforehand.
    const qsizetype length = scores.length();
    std::vector<QuoteTag> tags(std::size_t(length), kQuoteOutside);
    if (length <= 0)
        return tags;
    constexpr float kImpossible = -1e30f;
    std::vector<float> best(std::size_t(length) * kTags, kImpossible);
    std::vector<QuoteTag> back(std::size_t(length) * kTags, kQuoteOutside);
    for (qsizetype i = 0; i < length; ++i) {
        const auto &own = scores.own[std::size_t(i)];
        float *row = best.data() + std::size_t(i) * kTags;
        QuoteTag *from = back.data() + std::size_t(i) * kTags;
        const int previousCount = i == 0 ? 1 : kTags;
        for (int previous = 0; previous < previousCount; ++previous) {
            const float before = i == 0 ? 0.0f : best[std::size_t(i - 1) * kTags + std::size_t(previous)];
            if (before <= kImpossible)
                continue;
            const auto &joint = scores.joint[std::size_t(i)][std::size_t(previous)];
            for (int tag = 0; tag < kTags; ++tag) {
                if (!isQuoteTagAllowedAfter(QuoteTag(previous), QuoteTag(tag)))
                    continue;
                const float total = before + own[std::size_t(tag)] + joint[std::size_t(tag)];
                if (total > row[tag]) {
                    row[tag] = total;
                    from[tag] = QuoteTag(previous);
                }
            }
        }
    }
    const float *last = best.data() + std::size_t(length - 1) * kTags;
    QuoteTag tag = QuoteTag(std::max_element(last, last + kTags) - last);
    for (qsizetype i = length - 1; i >= 0; --i) {
        tags[std::size_t(i)] = tag;
        tag = back[std::size_t(i) * kTags + tag];
    }
    return tags;
}

std::vector<QuoteTagProbabilities> quoteTagProbabilities(const QuoteStepScores &scores, float temperature)
{
    const qsizetype length = scores.length();
    const std::size_t count = static_cast<std::size_t>(length);
    std::vector<QuoteTagProbabilities> probabilities(count);
    if (length <= 0)
        return probabilities;
    // In the probability domain with the usual HMM scaling: each forward vector is normalised,
    // and each token's factors e^(score / temperature) are taken relative to the largest term
    // they add to the forward sum, so none overflows and negligible ones are skipped.
    std::vector<std::array<std::array<float, kTags>, kTags>> factor(count);
    std::vector<std::array<float, kTags>> forward(count);
    std::vector<float> scale(count);
    std::array<float, kTags> before{};
    before[kQuoteOutside] = 1.0f;
    for (qsizetype i = 0; i < length; ++i) {
        std::array<std::array<float, kTags>, kTags> step;
        for (auto &row : step)
            row.fill(kNone);
        std::array<float, kTags> logBefore;
        float largest = kNone;
        for (int previous = 0; previous < kTags; ++previous) {
            logBefore[std::size_t(previous)] = before[std::size_t(previous)] > 0.0f ? std::log(before[std::size_t(previous)]) : kNone;
            if (logBefore[std::size_t(previous)] == kNone)
                continue;
            for (int tag = 0; tag < kTags; ++tag) {
                if (!isQuoteTagAllowedAfter(QuoteTag(previous), QuoteTag(tag)))
                    continue;
                const float value = (scores.own[std::size_t(i)][std::size_t(tag)]
                                     + scores.joint[std::size_t(i)][std::size_t(previous)][std::size_t(tag)]) / temperature;
                step[std::size_t(previous)][std::size_t(tag)] = value;
                largest = std::max(largest, logBefore[std::size_t(previous)] + value);
            }
        }
        auto &factors = factor[std::size_t(i)];
        auto &current = forward[std::size_t(i)];
        current.fill(0.0f);
        for (int previous = 0; previous < kTags; ++previous) {
            for (int tag = 0; tag < kTags; ++tag) {
                const float exponent = step[std::size_t(previous)][std::size_t(tag)] - largest;
                // exponent itself may exceed 0 where `before` is small; its product stays <= 1
                const bool counts = logBefore[std::size_t(previous)] + exponent > kNegligible;
                const float f = counts ? (exponent <= 0.0f ? fastExp(exponent) : std::exp(exponent)) : 0.0f;
                factors[std::size_t(previous)][std::size_t(tag)] = f;
                current[std::size_t(tag)] += before[std::size_t(previous)] * f;
            }
        }
        scale[std::size_t(i)] = normalise(current);
        before = current;
    }
    std::vector<std::array<float, kTags>> backward(count);
    backward[std::size_t(length - 1)].fill(1.0f);
    for (qsizetype i = length - 2; i >= 0; --i) {
        for (int tag = 0; tag < kTags; ++tag) {
            float sum = 0.0f;
            for (int next = 0; next < kTags; ++next)
                sum += factor[std::size_t(i + 1)][std::size_t(tag)][std::size_t(next)] * backward[std::size_t(i + 1)][std::size_t(next)];
            backward[std::size_t(i)][std::size_t(tag)] = sum / scale[std::size_t(i + 1)];
        }
    }
    for (qsizetype i = 0; i < length; ++i) {
        std::array<float, kTags> &p = probabilities[std::size_t(i)];
        for (int tag = 0; tag < kTags; ++tag)
            p[std::size_t(tag)] = std::min(1.0f, forward[std::size_t(i)][std::size_t(tag)] * backward[std::size_t(i)][std::size_t(tag)]);
        normalise(p);   // exact up to rounding already
    }
    return probabilities;
}

} // namespace galley
