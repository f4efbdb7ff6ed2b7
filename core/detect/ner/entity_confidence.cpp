#include "detect/ner/entity_confidence.h"

#include <algorithm>

namespace galley {

float entityConfidence(const std::vector<float> &tagConfidence, const EntitySpan &span)
{
    const std::size_t end = std::min(tagConfidence.size(), std::size_t(span.tokenEnd) + 1);
    float confidence = 1.0f;
    for (std::size_t t = std::size_t(span.tokenBegin); t < end; ++t) {
        if (tagConfidence[t] < 0.0f)
            return -1.0f;
        confidence *= tagConfidence[t];
    }
    return confidence;
}

} // namespace galley
