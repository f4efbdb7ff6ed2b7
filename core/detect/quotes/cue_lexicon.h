#pragma once

#include <QHash>
#include <QStringView>

#include <cstdint>

namespace galley {

// How often each word is (part of) a cue where it occurs, learned from the training data:
// lower-cased word hash -> share of its occurrences inside a cue, in tenths (1..10). Words
// below a tenth are left out.
class CueLexicon
{
public:
    void countOccurrence(QStringView lowerWord, bool inCue);
    // Turns the counts into shares; words seen fewer than minCount times are dropped.
    void finish(int minCount);

    int tenths(QStringView lowerWord) const;   // 0 when the word is no cue word
    const QHash<std::uint64_t, std::uint8_t> &shares() const { return m_tenths; }
    void insert(std::uint64_t wordHash, std::uint8_t tenths) { m_tenths.insert(wordHash, tenths); }
    qsizetype size() const { return m_tenths.size(); }

private:
    QHash<std::uint64_t, std::uint8_t> m_tenths;
    QHash<std::uint64_t, std::pair<int, int>> m_counts;   // in cue, total
};

} // namespace galley
