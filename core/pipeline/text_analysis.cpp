#include "pipeline/text_analysis.h"

namespace galley {

StageTimes &StageTimes::operator+=(const StageTimes &other)
{
    tokenize += other.tokenize;
    entities += other.entities;
    clusters += other.clusters;
    quotes += other.quotes;
    numbers += other.numbers;
    return *this;
}

} // namespace galley
