#include "quote_crf.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace galley {

namespace {

constexpr int kTags = kQuoteTagCount;
constexpr double kImpossible = -std::numeric_limits<double>::infinity();

double logSumExp(const double *values, int count)
{
    const double top = *std::max_element(values, values + count);
    if (top == kImpossible)
        return kImpossible;
    double sum = 0.0;
    for (int i = 0; i < count; ++i)
        sum += std::exp(values[i] - top);
    return top + std::log(sum);
}

bool allowed(int previous, int tag) { return isQuoteTagAllowedAfter(QuoteTag(previous), QuoteTag(tag)); }

} // namespace

std::vector<QuoteTag> validQuoteTagPath(const QuoteTag *tags, qsizetype count)
{
    std::vector<QuoteTag> path(static_cast<std::size_t>(std::max<qsizetype>(0, count)));
    QuoteTag before = kQuoteOutside;
    for (std::size_t i = 0; i < path.size(); ++i) {
        QuoteTag tag = tags[i];
        if (!isQuoteTagAllowedAfter(before, tag))
            tag = quoteBegin(quoteRole(tag));
        path[i] = before = tag;
    }
    return path;
}

double quoteCrfLoss(const float *scores, int length, const float *transitions, const QuoteTag *gold,
                    float *scoreGradient, float *transitionGradient)
{
    if (length <= 0)
        return 0.0;
    const auto transition = [transitions](int previous, int tag) { return double(transitions[previous * kTags + tag]); };
    const auto score = [scores](int t, int tag) { return double(scores[t * kTags + tag]); };
    std::vector<double> forward(std::size_t(length) * kTags, kImpossible);
    std::vector<double> backward(std::size_t(length) * kTags, 0.0);
    const auto at = [](std::vector<double> &values, int t, int tag) -> double & { return values[std::size_t(t * kTags + tag)]; };
    double terms[kTags];
    for (int tag = 0; tag < kTags; ++tag) {
        if (allowed(kQuoteOutside, tag))
            forward[std::size_t(tag)] = transition(kQuoteOutside, tag) + score(0, tag);
    }
    for (int t = 1; t < length; ++t) {
        for (int tag = 0; tag < kTags; ++tag) {
            for (int previous = 0; previous < kTags; ++previous)
                terms[previous] = allowed(previous, tag) ? at(forward, t - 1, previous) + transition(previous, tag) : kImpossible;
            const double reach = logSumExp(terms, kTags);
            at(forward, t, tag) = reach == kImpossible ? kImpossible : reach + score(t, tag);
        }
    }
    for (int t = length - 2; t >= 0; --t) {
        for (int previous = 0; previous < kTags; ++previous) {
            for (int tag = 0; tag < kTags; ++tag)
                terms[tag] = allowed(previous, tag) ? transition(previous, tag) + score(t + 1, tag)
                                                          + backward[std::size_t(t + 1) * kTags + std::size_t(tag)]
                                                    : kImpossible;
            backward[std::size_t(t) * kTags + std::size_t(previous)] = logSumExp(terms, kTags);
        }
    }
    const double logPartition = logSumExp(&forward[std::size_t(length - 1) * kTags], kTags);

    double goldScore = transition(kQuoteOutside, gold[0]) + score(0, gold[0]);
    transitionGradient[kQuoteOutside * kTags + gold[0]] -= 1.0f;
    for (int t = 1; t < length; ++t) {
        goldScore += transition(gold[t - 1], gold[t]) + score(t, gold[t]);
        transitionGradient[gold[t - 1] * kTags + gold[t]] -= 1.0f;
    }
    for (int t = 0; t < length; ++t) {
        for (int tag = 0; tag < kTags; ++tag) {
            const double here = at(forward, t, tag);
            const double marginal = here == kImpossible ? 0.0 : std::exp(here + at(backward, t, tag) - logPartition);
            scoreGradient[t * kTags + tag] += float(marginal - (gold[t] == tag ? 1.0 : 0.0));
            if (t == 0) {
                transitionGradient[kQuoteOutside * kTags + tag] += float(marginal);
                continue;
            }
            for (int previous = 0; previous < kTags; ++previous) {
                const double before = forward[std::size_t(t - 1) * kTags + std::size_t(previous)];
                if (!allowed(previous, tag) || before == kImpossible)
                    continue;
                const double pair = std::exp(before + transition(previous, tag) + score(t, tag)
                                             + backward[std::size_t(t) * kTags + std::size_t(tag)] - logPartition);
                transitionGradient[previous * kTags + tag] += float(pair);
            }
        }
    }
    return logPartition - goldScore;
}

} // namespace galley
