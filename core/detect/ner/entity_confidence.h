#pragma once

#include "detect/ner/ner_evaluation.h"

#include <vector>

namespace galley {

// How sure the tagger is of an entity, 0–1: the probability of its tags and of the tag after it
// (that the name ends there), each given the two tags before it, from the tag confidences
// NerModel::tagDocument gives for one sentence. -1 (none) when a span repair rule set one of
// those tags.
float entityConfidence(const std::vector<float> &tagConfidence, const EntitySpan &span);

} // namespace galley
