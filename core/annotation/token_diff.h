#pragma once

#include <span>
#include <vector>

namespace galley {

// A stretch of tokens both sequences share: old index, new index, length.
struct TokenRun
{
    int oldToken = 0;
    int newToken = 0;
    int length = 0;
};

// The runs of equal token ids two sequences share, ascending in both. Myers' O(ND) diff when
// at most maxEdits insertions and deletions separate them; otherwise, as patience diff does,
// runs of kAnchorTokens tokens found exactly once in each sequence anchor the alignment and
// Myers' diff aligns each gap between anchors (a gap needing more than maxEdits is left out).
std::vector<TokenRun> diffTokens(std::span<const int> oldIds, std::span<const int> newIds, int maxEdits);

constexpr int kAnchorTokens = 8;

} // namespace galley
