#pragma once

namespace galley {

// True positives, false positives and false negatives, and the scores they give. An empty
// denominator scores 0 (nothing predicted or nothing to find), as conlleval does.
struct PrfCounts
{
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;

    double precision() const { return ratio(truePositives, truePositives + falsePositives); }
    double recall() const { return ratio(truePositives, truePositives + falseNegatives); }
    double f1() const
    {
        const double p = precision();
        const double r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }

    PrfCounts &operator+=(const PrfCounts &other)
    {
        truePositives += other.truePositives;
        falsePositives += other.falsePositives;
        falseNegatives += other.falseNegatives;
        return *this;
    }

private:
    static double ratio(int part, int whole) { return whole > 0 ? double(part) / whole : 0.0; }
};

} // namespace galley
