#include "annotation/span_locator.h"

#include "annotation/quote_search.h"
#include "annotation/text_quote.h"

#include <algorithm>
#include <cstdlib>
#include <optional>

namespace galley {

namespace {

// When at least this share of a span's old context (its quote's prefix and suffix) survived
// the edit, the diff alone decides where the span went. Below it the diff may have paired the
// span with another copy of the same words by a few coincidental neighbours (sentences
// swapped), and the diff's answer competes with what the context finds.
constexpr double kSurvivingContextShare = 0.5;
// A range the diff carried over although text inside it changed is kept when at least half of
// it is still the quote.
constexpr double kMinimumDiffSimilarity = 0.5;
// Found near where the diff expects it: an exact copy, or an approximate one, ranking this well.
constexpr double kMinimumNearExactScore = 0.75;
constexpr double kMinimumNearFuzzyScore = kMinimumFuzzyScore;
// Found elsewhere although the diff knows the span's text was deleted: only with near-perfect
// context, or one side of it intact (a moved paragraph's first name follows other text now), so
// that another "Berlin" in another sentence does not adopt a deleted mention.
constexpr double kMinimumDistantScore = 0.95;
constexpr double kMinimumDistantOneSidedScore = 0.8;
constexpr double kIntactContext = 1.0;
// A candidate this good ends the search.
constexpr double kCertainScore = 0.95;
// Approximate searches of the whole text (for spans not found near where the diff puts them)
// scan at most this many units per re-anchoring, so that rearranging a long article stays fast;
// past it such spans are orphaned, listed and reattachable.
constexpr qint64 kWholeTextSearchBudget = 20'000'000;

} // namespace

// The best candidate so far for one span, by Hypothesis's ranking in the folded new text.
class SpanLocator::Candidates
{
public:
    Candidates(const FoldedText &folded, const TextDiff &diff, const QuoteQuery &query, bool diffKnowsPlace)
        : m_folded(folded), m_diff(diff), m_query(query), m_diffKnowsPlace(diffKnowsPlace)
    {
    }

    // The diff's own answer for the span at old folded [oldStart, oldEnd): always acceptable,
    // and its context is what is left of the old context, so text inserted next to the span
    // costs nothing.
    void offerFromDiff(const SpanPlacement &placement, int oldStart, int oldEnd, int oldLength)
    {
        const QString before = m_diff.survivorsOf(m_folded.text, std::max(0, oldStart - int(m_query.prefix.size())), oldStart);
        const QString after = m_diff.survivorsOf(m_folded.text, oldEnd, std::min(oldLength, oldEnd + int(m_query.suffix.size())));
        const int start = m_folded.toFolded(placement.start);
        keepIfBetter(placement, scoreQuoteMatch(m_query, before, after, start, int(m_folded.text.size()), placement.similarity).total);
    }

    // The span's own offsets, still holding its quote in the new text: always acceptable.
    void offerStoredOffsets(const SpanPlacement &placement)
    {
        const int start = m_folded.toFolded(placement.start);
        const int end = m_folded.toFoldedEnd(placement.start, placement.end);
        keepIfBetter(placement, scoreQuoteMatch(m_folded.text, m_query, start, end, placement.similarity).total);
    }

    void offer(const SpanPlacement &placement)
    {
        const int start = m_folded.toFolded(placement.start);
        const int end = m_folded.toFoldedEnd(placement.start, placement.end);
        const QuoteMatchScore scored = scoreQuoteMatch(m_folded.text, m_query, start, end, placement.similarity);
        if (acceptable(start, placement.state, scored))
            keepIfBetter(placement, scored.total);
    }

    bool certain() const { return m_best && m_bestScore >= kCertainScore; }
    SpanPlacement best() const { return m_best.value_or(SpanPlacement{}); }

private:
    void keepIfBetter(const SpanPlacement &placement, double score)
    {
        if (!m_best || score > m_bestScore) {
            m_best = placement;
            m_bestScore = score;
        }
    }

    bool acceptable(int foldedStart, AnchorState state, const QuoteMatchScore &score) const
    {
        const bool near = std::abs(foldedStart - m_query.expectedStart) <= m_query.exact.size() + 2 * kTextQuoteContext;
        if (m_diffKnowsPlace && !near) {
            const bool oneSideIntact = std::max(score.prefix, score.suffix) >= kIntactContext;
            return score.total >= kMinimumDistantScore || (oneSideIntact && score.total >= kMinimumDistantOneSidedScore);
        }
        return score.total >= (state == AnchorState::Fuzzy ? kMinimumNearFuzzyScore : kMinimumNearExactScore);
    }

    const FoldedText &m_folded;
    const TextDiff &m_diff;
    const QuoteQuery &m_query;
    bool m_diffKnowsPlace = false;
    std::optional<SpanPlacement> m_best;
    double m_bestScore = 0.0;
};

SpanLocator::SpanLocator(const QString &oldText, const QString &newText)
    : m_oldText(oldText)
    , m_newText(newText)
    , m_oldFolded(foldWhitespace(oldText))
    , m_newFolded(foldWhitespace(newText))
    , m_diff(m_oldFolded.text, m_newFolded.text)
    , m_wholeTextBudget(kWholeTextSearchBudget)
{
}

SpanLocator::~SpanLocator() = default;

SpanPlacement SpanLocator::locate(const Span &span, const TextQuote &quote) const
{
    const bool offsetsHold = span.anchor != AnchorState::Orphaned && span.start >= 0 && span.start <= span.end
        && span.end <= m_oldText.size() && QStringView(m_oldText).mid(span.start, span.end - span.start) == quote.exact;
    std::optional<SpanPlacement> fromDiff;
    int expectedFolded = 0;
    const int foldedStart = offsetsHold ? m_oldFolded.toFolded(span.start) : 0;
    const int foldedEnd = offsetsHold ? m_oldFolded.toFoldedEnd(span.start, span.end) : 0;
    if (offsetsHold) {
        if (const auto mapped = m_diff.mapRange(foldedStart, foldedEnd)) {
            const auto [start, end] = toNew(mapped->first, mapped->second);
            const SpanPlacement placement = judge(span, quote, start, end);
            // With its words around it intact the span is where the diff says. Otherwise the
            // diff may have paired it with another copy of the same words (sentences swapped),
            // so it competes with what the quote's context finds.
            if (placement.state != AnchorState::Fuzzy && contextSurvives(span, quote))
                return placement;
            if (placement.state != AnchorState::Fuzzy || placement.similarity >= kMinimumDiffSimilarity)
                fromDiff = placement;
        }
        expectedFolded = m_diff.mapNearest(foldedStart);
    } else {
        // No old text to diff (annotations saved without it) or offsets into an older one:
        // expect the span where its offsets say, scaled when the old text is known.
        const qint64 expectedStart = m_oldText.isEmpty() ? span.start : qint64(span.start) * m_newText.size() / m_oldText.size();
        expectedFolded = m_newFolded.toFolded(int(std::clamp<qint64>(expectedStart, 0, m_newText.size())));
    }

    const QString foldedExact = foldedWhitespace(quote.exact);
    const QString foldedPrefix = foldedWhitespace(quote.prefix);
    const QString foldedSuffix = foldedWhitespace(quote.suffix);
    const QuoteQuery folded{foldedExact, foldedPrefix, foldedSuffix, expectedFolded};
    Candidates candidates(m_newFolded, m_diff, folded, offsetsHold);
    if (fromDiff)
        candidates.offerFromDiff(*fromDiff, foldedStart, foldedEnd, int(m_oldFolded.text.size()));
    else if (!offsetsHold && span.anchor != AnchorState::Orphaned && span.start >= 0 && span.start <= span.end
             && span.end <= m_newText.size() && QStringView(m_newText).mid(span.start, span.end - span.start) == quote.exact)
        candidates.offerStoredOffsets(judge(span, quote, span.start, span.end));
    if (candidates.certain())
        return candidates.best();

    const int expected = expectedFolded < m_newFolded.text.size() ? m_newFolded.originalStart[expectedFolded] : int(m_newText.size());
    if (const auto exact = findExactQuote(newIndex(), {quote.exact, quote.prefix, quote.suffix, expected}))
        candidates.offer(judge(span, quote, exact->start, exact->end));
    if (candidates.certain())
        return candidates.best();

    if (const auto match = findExactQuote(foldedIndex(), folded)) {
        const auto [start, end] = toNew(match->start, match->end);
        candidates.offer(judge(span, quote, start, end));
    }
    if (candidates.certain())
        return candidates.best();

    if (const auto approximate = findApproximateQuote(matcher(), folded, spendWholeTextSearch())) {
        const auto [start, end] = toNew(approximate->start, approximate->end);
        candidates.offer(judge(span, quote, start, end));
    }
    return candidates.best();
}

bool SpanLocator::contextSurvives(const Span &span, const TextQuote &quote) const
{
    const int oldLength = int(m_oldText.size());
    const int contextStart = m_oldFolded.toFolded(std::max(0, span.start - int(quote.prefix.size())));
    const int foldedStart = m_oldFolded.toFolded(span.start);
    const int foldedEnd = m_oldFolded.toFoldedEnd(span.start, span.end);
    const int contextEnd = m_oldFolded.toFoldedEnd(span.end, std::min(oldLength, span.end + int(quote.suffix.size())));
    const int context = (foldedStart - contextStart) + (contextEnd - foldedEnd);
    const int survived = m_diff.survivingUnits(contextStart, foldedStart) + m_diff.survivingUnits(foldedEnd, contextEnd);
    return context == 0 || survived >= kSurvivingContextShare * context;
}

std::pair<int, int> SpanLocator::toNew(int foldedStart, int foldedEnd) const
{
    const int length = int(m_newFolded.text.size());
    const int start = foldedStart < length ? m_newFolded.originalStart[foldedStart] : int(m_newText.size());
    const int end = foldedEnd > foldedStart ? m_newFolded.originalEnd[foldedEnd - 1] : start;
    return {start, end};
}

SpanPlacement SpanLocator::judge(const Span &span, const TextQuote &quote, int start, int end) const
{
    const QStringView found = QStringView(m_newText).mid(start, end - start);
    if (found == quote.exact) {
        const bool same = start == span.start && end == span.end && span.anchor != AnchorState::Orphaned;
        return {same ? AnchorState::Anchored : AnchorState::Moved, start, end, 1.0};
    }
    const QString foldedFound = foldedWhitespace(found);
    const QString foldedQuote = foldedWhitespace(quote.exact);
    if (foldedFound == foldedQuote)
        return {AnchorState::Moved, start, end, 1.0};
    return {AnchorState::Fuzzy, start, end, similarity(foldedQuote, foldedFound)};
}

const ApproximateMatcher &SpanLocator::matcher() const
{
    if (!m_matcher)
        m_matcher = std::make_unique<ApproximateMatcher>(m_newFolded.text);
    return *m_matcher;
}

const OccurrenceIndex &SpanLocator::newIndex() const
{
    if (!m_newIndex)
        m_newIndex = std::make_unique<OccurrenceIndex>(m_newText);
    return *m_newIndex;
}

const OccurrenceIndex &SpanLocator::foldedIndex() const
{
    if (!m_foldedIndex)
        m_foldedIndex = std::make_unique<OccurrenceIndex>(m_newFolded.text);
    return *m_foldedIndex;
}

bool SpanLocator::spendWholeTextSearch() const
{
    if (m_wholeTextBudget < m_newFolded.text.size())
        return false;
    m_wholeTextBudget -= m_newFolded.text.size();
    return true;
}

} // namespace galley
