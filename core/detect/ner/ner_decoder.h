#pragma once

#include "detect/ner/ner_features.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace galley {

// Greedy left-to-right decoding of the current sentence of `extractor`. score(features, scores)
// fills kTagCount scores; chosen(token, features, tag) sees each decision (the trainer updates
// there). Only IOB2-valid tags are chosen.
template <typename Score, typename Chosen>
QList<TagId> decodeGreedy(const NerFeatureExtractor &extractor, std::vector<FeatureKey> &features,
                          Score &&score, Chosen &&chosen)
{
    const int length = extractor.sentenceLength();
    QList<TagId> tags(length, kOutsideTag);
    TagId previous = kOutsideTag;
    TagId beforePrevious = kOutsideTag;
    float scores[kTagCount];
    for (int token = 0; token < length; ++token) {
        features.clear();
        extractor.addTokenFeatures(token, features);
        extractor.addTagFeatures(token, previous, beforePrevious, features);
        score(features, scores);
        TagId best = kOutsideTag;
        float bestScore = -std::numeric_limits<float>::infinity();
        for (int tag = 0; tag < kTagCount; ++tag) {
            if (isAllowedAfter(previous, TagId(tag)) && scores[tag] > bestScore) {
                bestScore = scores[tag];
                best = TagId(tag);
            }
        }
        chosen(token, features, best);
        tags[token] = best;
        beforePrevious = previous;
        previous = best;
    }
    return tags;
}

// One step's score of each tag allowed after `previous` (minus infinity for the others) into
// `local`; returns their softmax normaliser at `temperature`, in score units: a tag's
// log-probability is (local[tag] - normaliser) / temperature.
inline float stepScores(TagId previous, const float *tokenScores, const float *previousScores, const float *pairScores,
                        float temperature, float (&local)[kTagCount])
{
    constexpr float kNone = -std::numeric_limits<float>::infinity();
    float largest = kNone;
    for (int tag = 0; tag < kTagCount; ++tag) {
        local[tag] = isAllowedAfter(previous, TagId(tag)) ? tokenScores[tag] + previousScores[tag] + pairScores[tag] : kNone;
        largest = std::max(largest, local[tag]);
    }
    float sum = 0.0f;
    for (int tag = 0; tag < kTagCount; ++tag) {
        if (local[tag] != kNone)
            sum += std::exp((local[tag] - largest) / temperature);
    }
    return largest + temperature * std::log(sum);
}

// (Near-)exact decoding of the current sentence over the two tags to the left (the tag features see
// both): a Viterbi search over (tag, previous tag) states, IOB2-valid paths only. The perceptron
// was trained greedily, so its scores only compare tags at one step: each step's scores are
// turned into log-probabilities by a softmax at `temperature` (in score units; towards zero this
// is the greedy decoder) before they are added along a path. Token features
// are scored once per token, the previous-tag features once per previous tag, and the two-tag
// feature, the same for every token, once per sentence. Scores as addTagFeatures would give them.
//
// With `confidence`, it also gets each token's probability of its tag given the two tags before it
// on the chosen path, by a softmax of the same local scores at `confidenceTemperature`.
template <typename Score>
QList<TagId> decodeViterbi(const NerFeatureExtractor &extractor, std::vector<FeatureKey> &features,
                           Score &&score, float temperature, std::vector<float> *confidence = nullptr,
                           float confidenceTemperature = 1.0f)
{
    constexpr float kNone = -std::numeric_limits<float>::infinity();
    constexpr int kStates = kTagCount * kTagCount;   // tag * kTagCount + previous tag
    constexpr float kBeamWidth = 4.0f;   // dev tags as without the beam from 2 up; faster
    const int length = extractor.sentenceLength();
    QList<TagId> tags(length, kOutsideTag);
    if (length == 0)
        return tags;
    float pairScores[kStates][kTagCount];   // the two-tag feature, by previous * kTagCount + before
    for (int state = 0; state < kStates; ++state) {
        features.assign(1, NerFeatureExtractor::twoPreviousTagsFeature(TagId(state / kTagCount),
                                                                       TagId(state % kTagCount)));
        score(features, pairScores[state]);
    }
    std::array<float, kStates> best;
    std::array<float, kStates> next;
    best.fill(kNone);
    best[kOutsideTag * kTagCount + kOutsideTag] = 0.0f;
    std::vector<TagId> back(std::size_t(length) * kStates, kOutsideTag);   // tag before the previous one
    // per token: its own scores, then those of each previous tag (kept for `confidence` only)
    std::vector<float> kept(confidence ? std::size_t(length) * kTagCount * (kTagCount + 1) : 0);
    for (int token = 0; token < length; ++token) {
        float here[kTagCount * (kTagCount + 1)];
        float *tokenScores = confidence ? kept.data() + std::size_t(token) * kTagCount * (kTagCount + 1) : here;
        const auto previousScores = [tokenScores](int previous) { return tokenScores + kTagCount * (previous + 1); };
        features.clear();
        extractor.addTokenFeatures(token, features);
        score(features, tokenScores);
        // Beam: states far below the best one (by kBeamWidth temperatures, a probability under
        // e^-kBeamWidth) are not extended.
        const float floor = *std::max_element(best.begin(), best.end()) - kBeamWidth * temperature;
        bool reached[kTagCount] = {};
        for (int state = 0; state < kStates; ++state) {
            if (best[std::size_t(state)] < floor)
                best[std::size_t(state)] = kNone;
            reached[state / kTagCount] = reached[state / kTagCount] || best[std::size_t(state)] != kNone;
        }
        for (int previous = 0; previous < kTagCount; ++previous) {
            if (!reached[previous])
                continue;
            features.clear();
            extractor.addPreviousTagFeatures(token, TagId(previous), features);
            score(features, previousScores(previous));
        }
        next.fill(kNone);
        TagId *pointers = back.data() + std::size_t(token) * kStates;
        for (int state = 0; state < kStates; ++state) {
            if (best[std::size_t(state)] == kNone)
                continue;
            const TagId previous = TagId(state / kTagCount);
            const TagId beforePrevious = TagId(state % kTagCount);
            float local[kTagCount];
            const float normaliser =
                stepScores(previous, tokenScores, previousScores(previous), pairScores[state], temperature, local);
            for (int tag = 0; tag < kTagCount; ++tag) {
                if (local[tag] == kNone)
                    continue;
                const float total = best[std::size_t(state)] + local[tag] - normaliser;
                const std::size_t to = std::size_t(tag * kTagCount + previous);
                if (total > next[to]) {
                    next[to] = total;
                    pointers[to] = beforePrevious;
                }
            }
        }
        best = next;
    }
    int state = int(std::max_element(best.begin(), best.end()) - best.begin());
    for (int token = length - 1; token >= 0; --token) {
        const TagId tag = TagId(state / kTagCount);
        const TagId previous = TagId(state % kTagCount);
        tags[token] = tag;
        state = previous * kTagCount + back[std::size_t(token) * kStates + std::size_t(state)];
    }
    if (confidence) {
        confidence->assign(std::size_t(length), 1.0f);
        TagId previous = kOutsideTag;
        TagId beforePrevious = kOutsideTag;
        for (int token = 0; token < length; ++token) {
            const float *tokenScores = kept.data() + std::size_t(token) * kTagCount * (kTagCount + 1);
            const float *previousScores = tokenScores + kTagCount + previous * kTagCount;
            float local[kTagCount];
            const float normaliser = stepScores(previous, tokenScores, previousScores,
                                                pairScores[previous * kTagCount + beforePrevious], confidenceTemperature,
                                                local);
            (*confidence)[std::size_t(token)] = std::exp((local[tags[token]] - normaliser) / confidenceTemperature);
            beforePrevious = previous;
            previous = tags[token];
        }
    }
    return tags;
}

} // namespace galley
