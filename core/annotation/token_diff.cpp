#include "annotation/token_diff.h"

#include <QHash>
#include <QtGlobal>

#include <algorithm>
#include <optional>

namespace galley {

namespace {

// Myers' greedy forward search, keeping the V vector of every round for the walk back.
// Nothing when more than maxEdits edits are needed.
std::optional<std::vector<TokenRun>> myersDiff(std::span<const int> a, std::span<const int> b, int maxEdits)
{
    const int n = int(a.size());
    const int m = int(b.size());
    const int limit = std::min(maxEdits, n + m);
    std::vector<int> v(2 * size_t(limit) + 3, 0);
    const int zero = limit + 1;
    std::vector<std::vector<int>> rounds;
    int finalRound = -1;
    for (int d = 0; d <= limit && finalRound < 0; ++d) {
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[zero + k - 1] < v[zero + k + 1])) ? v[zero + k + 1] : v[zero + k - 1] + 1;
            int y = x - k;
            while (x < n && y < m && a[x] == b[y]) {
                ++x;
                ++y;
            }
            v[zero + k] = x;
            if (x >= n && y >= m) {
                finalRound = d;
                break;
            }
        }
        rounds.emplace_back(v.begin() + zero - d, v.begin() + zero + d + 1);
    }
    if (finalRound < 0)
        return std::nullopt;

    std::vector<TokenRun> runs;
    int x = n;
    int y = m;
    for (int d = finalRound; d > 0; --d) {
        const std::vector<int> &previous = rounds[d - 1];
        const auto previousX = [&](int k) { return previous[k + d - 1]; };
        const int k = x - y;
        const int previousK = (k == -d || (k != d && previousX(k - 1) < previousX(k + 1))) ? k + 1 : k - 1;
        const int startX = previousX(previousK);
        const int startY = startX - previousK;
        const int snakeX = previousK == k + 1 ? startX : startX + 1;
        const int snakeY = snakeX - k;
        if (x > snakeX)
            runs.push_back({snakeX, snakeY, x - snakeX});
        x = startX;
        y = startY;
    }
    if (x > 0)
        runs.push_back({0, 0, x});
    std::reverse(runs.begin(), runs.end());
    return runs;
}

quint64 shingleHash(std::span<const int> ids, size_t at)
{
    quint64 hash = 1469598103934665603ull;
    for (size_t i = at; i < at + kAnchorTokens; ++i)
        hash = (hash ^ quint64(ids[i])) * 1099511628211ull;
    return hash;
}

// Where each shingle (kAnchorTokens tokens) occurring exactly once starts.
QHash<quint64, int> uniqueShingles(std::span<const int> ids)
{
    QHash<quint64, int> starts;   // -1: seen more than once
    for (size_t at = 0; at + kAnchorTokens <= ids.size(); ++at) {
        const quint64 hash = shingleHash(ids, at);
        const auto found = starts.find(hash);
        if (found == starts.end())
            starts.insert(hash, int(at));
        else
            *found = -1;
    }
    return starts;
}

// Shingles unique in both sequences, as (old, new) starts, longest chain ascending in both.
std::vector<std::pair<int, int>> anchorChain(std::span<const int> oldIds, std::span<const int> newIds)
{
    const QHash<quint64, int> oldStarts = uniqueShingles(oldIds);
    const QHash<quint64, int> newStarts = uniqueShingles(newIds);
    std::vector<std::pair<int, int>> anchors;
    for (auto it = oldStarts.constBegin(); it != oldStarts.constEnd(); ++it) {
        const int newStart = newStarts.value(it.key(), -1);
        if (it.value() < 0 || newStart < 0)
            continue;
        if (std::equal(oldIds.begin() + it.value(), oldIds.begin() + it.value() + kAnchorTokens, newIds.begin() + newStart))
            anchors.emplace_back(it.value(), newStart);
    }
    std::sort(anchors.begin(), anchors.end());

    // Longest increasing subsequence of the new starts (patience sorting), with back links.
    std::vector<int> tails;                  // index into anchors of the smallest tail per length
    std::vector<int> before(anchors.size(), -1);
    for (int i = 0; i < int(anchors.size()); ++i) {
        const auto place = std::lower_bound(tails.begin(), tails.end(), anchors[i].second,
                                            [&anchors](int index, int value) { return anchors[index].second < value; });
        if (place != tails.begin())
            before[i] = *(place - 1);
        if (place == tails.end())
            tails.push_back(i);
        else
            *place = i;
    }
    std::vector<std::pair<int, int>> chain;
    for (int i = tails.empty() ? -1 : tails.back(); i >= 0; i = before[i])
        chain.push_back(anchors[i]);
    std::reverse(chain.begin(), chain.end());
    return chain;
}

void appendRun(std::vector<TokenRun> &runs, TokenRun run)
{
    if (run.length <= 0)
        return;
    if (!runs.empty()) {
        TokenRun &last = runs.back();
        if (last.oldToken + last.length == run.oldToken && last.newToken + last.length == run.newToken) {
            last.length += run.length;
            return;
        }
    }
    runs.push_back(run);
}

void appendGap(std::vector<TokenRun> &runs, std::span<const int> oldIds, std::span<const int> newIds, int oldStart,
               int newStart, int oldEnd, int newEnd, int maxEdits)
{
    if (oldEnd <= oldStart || newEnd <= newStart)
        return;
    const auto gapRuns = myersDiff(oldIds.subspan(oldStart, oldEnd - oldStart), newIds.subspan(newStart, newEnd - newStart), maxEdits);
    if (!gapRuns)
        return;
    for (const TokenRun &run : *gapRuns)
        appendRun(runs, {oldStart + run.oldToken, newStart + run.newToken, run.length});
}

} // namespace

std::vector<TokenRun> diffTokens(std::span<const int> oldIds, std::span<const int> newIds, int maxEdits)
{
    if (auto runs = myersDiff(oldIds, newIds, maxEdits))
        return std::move(*runs);

    std::vector<TokenRun> runs;
    int oldAt = 0;
    int newAt = 0;
    for (const auto &[oldStart, newStart] : anchorChain(oldIds, newIds)) {
        if (oldStart < oldAt || newStart < newAt) {
            // Overlaps the previous anchor: only a continuation of the same diagonal extends it.
            if (oldStart - newStart == oldAt - newAt && oldStart + kAnchorTokens > oldAt) {
                appendRun(runs, {oldAt, newAt, oldStart + kAnchorTokens - oldAt});
                oldAt = oldStart + kAnchorTokens;
                newAt = newStart + kAnchorTokens;
            }
            continue;
        }
        appendGap(runs, oldIds, newIds, oldAt, newAt, oldStart, newStart, maxEdits);
        appendRun(runs, {oldStart, newStart, kAnchorTokens});
        oldAt = oldStart + kAnchorTokens;
        newAt = newStart + kAnchorTokens;
    }
    appendGap(runs, oldIds, newIds, oldAt, newAt, int(oldIds.size()), int(newIds.size()), maxEdits);
    return runs;
}

} // namespace galley
