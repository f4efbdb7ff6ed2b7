#pragma once

#include "detect/ner/ner_features.h"

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

} // namespace galley
