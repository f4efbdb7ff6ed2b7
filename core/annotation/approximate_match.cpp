#include "annotation/approximate_match.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <vector>

namespace galley {

namespace {

constexpr int kBlockBits = 64;

struct Block
{
    std::uint64_t positive = ~std::uint64_t(0);   // Myers' Pv: vertical deltas of +1
    std::uint64_t negative = 0;                   // Myers' Mv: vertical deltas of -1
};

// One column step of one block; carryIn/out is the horizontal delta entering and leaving it.
int advanceBlock(Block &block, std::uint64_t equal, int carryIn, std::uint64_t lastBit)
{
    std::uint64_t pv = block.positive;
    std::uint64_t mv = block.negative;
    const std::uint64_t xv = equal | mv;
    if (carryIn < 0)
        equal |= 1;
    const std::uint64_t xh = (((equal & pv) + pv) ^ pv) | equal;
    std::uint64_t ph = mv | ~(xh | pv);
    std::uint64_t mh = pv & xh;
    int carryOut = 0;
    if (ph & lastBit)
        carryOut = 1;
    else if (mh & lastBit)
        carryOut = -1;
    ph <<= 1;
    mh <<= 1;
    if (carryIn < 0)
        mh |= 1;
    else if (carryIn > 0)
        ph |= 1;
    block.positive = mh | ~(xv | ph);
    block.negative = ph & xv;
    return carryOut;
}

} // namespace

ApproximateMatcher::ApproximateMatcher(QStringView text)
    : m_text(text)
{
    m_symbols.reserve(text.size());
    for (const QChar c : text) {
        auto found = m_alphabet.constFind(c.unicode());
        if (found == m_alphabet.constEnd())
            found = m_alphabet.insert(c.unicode(), int(m_alphabet.size()));
        m_symbols.append(*found);
    }
}

QList<ApproximateMatcher::Match> ApproximateMatcher::search(QStringView pattern, int from, int to, int maxErrors,
                                                            int near, int maxMatches) const
{
    const int patternLength = int(pattern.size());
    from = std::clamp(from, 0, int(m_text.size()));
    to = std::clamp(to, from, int(m_text.size()));
    if (patternLength == 0 || maxErrors >= patternLength)
        return {};
    const int blockCount = (patternLength + kBlockBits - 1) / kBlockBits;
    std::vector<std::uint64_t> equalMasks(size_t(m_alphabet.size()) * blockCount, 0);
    for (int i = 0; i < patternLength; ++i) {
        const auto symbol = m_alphabet.constFind(pattern[i].unicode());
        if (symbol != m_alphabet.constEnd())
            equalMasks[size_t(*symbol) * blockCount + i / kBlockBits] |= std::uint64_t(1) << (i % kBlockBits);
    }
    std::vector<Block> blocks(blockCount);
    std::vector<int> blockScores(blockCount);
    for (int b = 0; b < blockCount; ++b)
        blockScores[b] = std::min((b + 1) * kBlockBits, patternLength);
    const std::uint64_t fullLastBit = std::uint64_t(1) << (kBlockBits - 1);
    const std::uint64_t patternLastBit = std::uint64_t(1) << ((patternLength - 1) % kBlockBits);

    struct End
    {
        int end;
        int errors;
    };
    std::vector<End> ends;
    bool inRun = false;   // one match per place: the best (last best) end of each run of matching ends
    for (int j = from; j < to; ++j) {
        const std::uint64_t *masks = equalMasks.data() + size_t(m_symbols[j]) * blockCount;
        int carry = 0;
        for (int b = 0; b < blockCount; ++b) {
            carry = advanceBlock(blocks[b], masks[b], carry, b + 1 == blockCount ? patternLastBit : fullLastBit);
            blockScores[b] += carry;
        }
        const int score = blockScores.back();
        if (score > maxErrors) {
            inRun = false;
        } else if (!inRun) {
            ends.push_back({j + 1, score});
            inRun = true;
        } else if (score <= ends.back().errors) {
            ends.back() = {j + 1, score};   // on a tie the longer match: "Macrom", not "Macro"
        }
    }

    std::sort(ends.begin(), ends.end(), [near](const End &a, const End &b) {
        if (a.errors != b.errors)
            return a.errors < b.errors;
        return std::abs(a.end - near) < std::abs(b.end - near);
    });
    QList<Match> matches;
    for (const End &end : ends) {
        if (matches.size() >= maxMatches)
            break;
        matches.append({startOf(pattern, end.end, end.errors, from), end.end, end.errors});
    }
    return matches;
}

// Aligns the pattern backwards from a known end: the start with the fewest edits, and of those
// the one making the match closest to the pattern's length.
int ApproximateMatcher::startOf(QStringView pattern, int end, int errors, int from) const
{
    const int patternLength = int(pattern.size());
    const int reach = std::min(end - from, patternLength + errors);
    // row[j]: edits aligning the pattern's last i units with the text's last j units before end.
    std::vector<int> row(reach + 1);
    for (int j = 0; j <= reach; ++j)
        row[j] = j;
    for (int i = 1; i <= patternLength; ++i) {
        int diagonal = row[0];
        row[0] = i;
        const QChar p = pattern[patternLength - i];
        for (int j = 1; j <= reach; ++j) {
            const int above = row[j];
            const int cost = diagonal + (m_text[end - j] == p ? 0 : 1);
            row[j] = std::min({cost, above + 1, row[j - 1] + 1});
            diagonal = above;
        }
    }
    int bestLength = 0;
    for (int j = 0; j <= reach; ++j) {
        if (row[j] < row[bestLength]
            || (row[j] == row[bestLength] && std::abs(j - patternLength) < std::abs(bestLength - patternLength)))
            bestLength = j;
    }
    return end - bestLength;
}

int editDistance(QStringView a, QStringView b)
{
    if (a.size() < b.size())
        std::swap(a, b);
    std::vector<int> row(b.size() + 1);
    for (size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({diagonal + (a[i - 1] == b[j - 1] ? 0 : 1), above + 1, row[j - 1] + 1});
            diagonal = above;
        }
    }
    return row.back();
}

double similarity(QStringView a, QStringView b)
{
    const qsizetype longer = std::max(a.size(), b.size());
    if (longer == 0)
        return 1.0;
    return 1.0 - double(editDistance(a, b)) / double(longer);
}

} // namespace galley
