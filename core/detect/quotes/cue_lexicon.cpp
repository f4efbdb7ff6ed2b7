#include "cue_lexicon.h"

#include "detect/ner/feature_hash.h"

namespace galley {

void CueLexicon::countOccurrence(QStringView lowerWord, bool inCue)
{
    auto &counts = m_counts[hashText(lowerWord)];
    counts.first += inCue ? 1 : 0;
    counts.second += 1;
}

void CueLexicon::finish(int minCount)
{
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        const auto [inCue, total] = it.value();
        if (total < minCount || inCue * 10 < total)
            continue;
        m_tenths.insert(it.key(), std::uint8_t(std::min(10, inCue * 10 / total)));
    }
    m_counts.clear();
}

int CueLexicon::tenths(QStringView lowerWord) const
{
    return m_tenths.value(hashText(lowerWord), 0);
}

} // namespace galley
