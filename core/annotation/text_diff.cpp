#include "annotation/text_diff.h"

#include "annotation/token_diff.h"
#include "annotation/word_boundary.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace galley {

namespace {

// Words (letters, digits, marks) are one token each; any other unit is a token on its own.
// Records where each token starts and its id (equal pieces share one).
void tokenize(QStringView text, int offset, QHash<QStringView, int> &ids, std::vector<int> &starts, std::vector<int> &tokenIds)
{
    const int length = int(text.size());
    int position = 0;
    while (position < length) {
        const int start = position;
        if (isWordUnit(text[position])) {
            while (position < length && isWordUnit(text[position]))
                ++position;
        } else {
            ++position;
        }
        const QStringView piece = text.mid(start, position - start);
        const auto found = ids.constFind(piece);
        const int id = found != ids.constEnd() ? *found : int(ids.size());
        if (found == ids.constEnd())
            ids.insert(piece, id);
        starts.push_back(offset + start);
        tokenIds.push_back(id);
    }
}

} // namespace

TextDiff::TextDiff(QStringView oldText, QStringView newText, int maxEdits)
{
    const int oldLength = int(oldText.size());
    const int newLength = int(newText.size());
    int prefix = 0;
    while (prefix < oldLength && prefix < newLength && oldText[prefix] == newText[prefix])
        ++prefix;
    int suffix = 0;
    while (suffix < oldLength - prefix && suffix < newLength - prefix
           && oldText[oldLength - 1 - suffix] == newText[newLength - 1 - suffix])
        ++suffix;

    // Trimming stops at a word boundary in both texts: "Berlin on Tuesday" → "Berlin Tuesday"
    // must keep "Berlin" whole, not share its "n" with the deleted "on".
    while (prefix > 0 && !(isWordBoundary(oldText, prefix) && isWordBoundary(newText, prefix)))
        --prefix;
    while (suffix > 0 && !(isWordBoundary(oldText, oldLength - suffix) && isWordBoundary(newText, newLength - suffix)))
        --suffix;
    addRun(0, 0, prefix);
    const QStringView oldMiddle = oldText.mid(prefix, oldLength - prefix - suffix);
    const QStringView newMiddle = newText.mid(prefix, newLength - prefix - suffix);
    if (!oldMiddle.isEmpty() && !newMiddle.isEmpty()) {
        QHash<QStringView, int> ids;
        std::vector<int> oldStarts;
        std::vector<int> oldIds;
        std::vector<int> newStarts;
        std::vector<int> newIds;
        tokenize(oldMiddle, prefix, ids, oldStarts, oldIds);
        tokenize(newMiddle, prefix, ids, newStarts, newIds);
        oldStarts.push_back(oldLength - suffix);   // where the token after the last would start
        for (const TokenRun &run : diffTokens(oldIds, newIds, maxEdits)) {
            const int oldStart = oldStarts[run.oldToken];
            addRun(oldStart, newStarts[run.newToken], oldStarts[run.oldToken + run.length] - oldStart);
        }
    }
    addRun(oldLength - suffix, newLength - suffix, suffix);
}

void TextDiff::addRun(int oldStart, int newStart, int length)
{
    if (length <= 0)
        return;
    if (!m_runs.isEmpty()) {
        EqualRun &last = m_runs.last();
        if (last.oldStart + last.length == oldStart && last.newStart + last.length == newStart) {
            last.length += length;
            return;
        }
    }
    m_runs.append({oldStart, newStart, length});
}

const TextDiff::EqualRun *TextDiff::runHolding(int oldUnit) const
{
    auto after = std::upper_bound(m_runs.cbegin(), m_runs.cend(), oldUnit,
                                  [](int unit, const EqualRun &run) { return unit < run.oldStart; });
    if (after == m_runs.cbegin())
        return nullptr;
    const EqualRun &run = *(after - 1);
    return oldUnit < run.oldStart + run.length ? &run : nullptr;
}

std::optional<std::pair<int, int>> TextDiff::mapRange(int start, int end) const
{
    if (end == start) {
        const EqualRun *before = start > 0 ? runHolding(start - 1) : nullptr;
        const EqualRun *after = runHolding(start);
        if (before && before == after)
            return std::pair{start + before->newStart - before->oldStart, start + before->newStart - before->oldStart};
        return std::nullopt;
    }
    const EqualRun *first = runHolding(start);
    const EqualRun *last = runHolding(end - 1);
    if (!first || !last)
        return std::nullopt;
    return std::pair{start + first->newStart - first->oldStart, end + last->newStart - last->oldStart};
}

QString TextDiff::survivorsOf(QStringView newText, int start, int end) const
{
    QString units;
    auto run = std::upper_bound(m_runs.cbegin(), m_runs.cend(), start,
                                [](int offset, const EqualRun &r) { return offset < r.oldStart + r.length; });
    for (; run != m_runs.cend() && run->oldStart < end; ++run) {
        const int from = std::max(start, run->oldStart);
        const int to = std::min(end, run->oldStart + run->length);
        units.append(newText.mid(run->newStart + from - run->oldStart, to - from));
    }
    return units;
}

int TextDiff::survivingUnits(int start, int end) const
{
    int units = 0;
    auto run = std::upper_bound(m_runs.cbegin(), m_runs.cend(), start,
                                [](int offset, const EqualRun &r) { return offset < r.oldStart + r.length; });
    for (; run != m_runs.cend() && run->oldStart < end; ++run)
        units += std::min(end, run->oldStart + run->length) - std::max(start, run->oldStart);
    return units;
}

int TextDiff::mapNearest(int oldOffset) const
{
    auto after = std::upper_bound(m_runs.cbegin(), m_runs.cend(), oldOffset,
                                  [](int offset, const EqualRun &run) { return offset < run.oldStart; });
    if (after == m_runs.cbegin())
        return after == m_runs.cend() ? oldOffset : std::max(0, after->newStart - (after->oldStart - oldOffset));
    const EqualRun &run = *(after - 1);
    return run.newStart + std::min(oldOffset - run.oldStart, run.length);
}

} // namespace galley
