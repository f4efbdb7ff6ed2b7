#pragma once

#include <QString>

#include <initializer_list>
#include <vector>

namespace galley {

// Found spans counted by their finder's confidence: in each bin how many, how many were right,
// and their mean confidence; a calibrated finder's spans at 0.8 are right 8 times in 10.
class ConfidenceBins
{
public:
    struct Bin
    {
        float below = 0.0f;   // the bin holds confidences from the previous bin's `below` up to this
        qint64 found = 0;
        qint64 right = 0;
        double confidenceSum = 0.0;

        double rightShare() const { return found == 0 ? 0.0 : double(right) / double(found); }
        double meanConfidence() const { return found == 0 ? 0.0 : confidenceSum / double(found); }
    };

    // The bins' upper bounds, rising; the last bin also takes anything above its bound.
    explicit ConfidenceBins(std::initializer_list<float> upperBounds);

    void add(float confidence, bool right);
    const std::vector<Bin> &bins() const { return m_bins; }
    bool isEmpty() const;

    // A heading line ("confidence  <what>  right  mean confidence  (right: <rightMeans>)"), then
    // one line per bin.
    QString toText(const QString &what, const QString &rightMeans) const;

private:
    std::vector<Bin> m_bins;
};

} // namespace galley
