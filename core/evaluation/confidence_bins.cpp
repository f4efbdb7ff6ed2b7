#include "evaluation/confidence_bins.h"

#include <algorithm>

namespace galley {

ConfidenceBins::ConfidenceBins(std::initializer_list<float> upperBounds)
{
    for (float below : upperBounds)
        m_bins.push_back({below});
}

void ConfidenceBins::add(float confidence, bool right)
{
    const auto fits = std::find_if(m_bins.begin(), m_bins.end() - 1, [confidence](const Bin &bin) { return confidence < bin.below; });
    ++fits->found;
    fits->right += right;
    fits->confidenceSum += confidence;
}

bool ConfidenceBins::isEmpty() const
{
    return std::none_of(m_bins.cbegin(), m_bins.cend(), [](const Bin &bin) { return bin.found > 0; });
}

QString ConfidenceBins::toText(const QString &what, const QString &rightMeans) const
{
    QString text = QStringLiteral("confidence     %1  right  mean confidence   (right: %2)\n").arg(what.rightJustified(7), rightMeans);
    float from = 0.0f;
    for (const Bin &bin : m_bins) {
        text += QStringLiteral("  %1 – %2  %3 %4   %5\n")
                    .arg(from, 0, 'f', 2)
                    .arg(std::min(bin.below, 1.0f), 0, 'f', 2)
                    .arg(bin.found, 7)
                    .arg(100.0 * bin.rightShare(), 6, 'f', 1)
                    .arg(bin.meanConfidence(), 0, 'f', 2);
        from = bin.below;
    }
    return text;
}

} // namespace galley
