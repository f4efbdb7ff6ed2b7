#include "annotation/reanchoring.h"

#include "annotation/approximate_match.h"
#include "annotation/quote_search.h"
#include "annotation/text_diff.h"
#include "annotation/text_quote.h"
#include "annotation/whitespace_folding.h"

#include <algorithm>
#include <memory>

namespace galley {

namespace {

struct Placement
{
    AnchorState state = AnchorState::Orphaned;
    int start = 0;
    int end = 0;
    double similarity = 0.0;
};

// The selector a span was made with; spans saved without one fall back to their text.
TextQuote storedQuote(const Span &span, QStringView oldText)
{
    if (!span.quote.exact.isEmpty())
        return span.quote;
    if (span.start >= 0 && span.end <= oldText.size() && span.start <= span.end && oldText.mid(span.start, span.end - span.start) == span.text)
        return textQuoteAt(oldText, span.start, span.end);
    return {span.text, {}, {}};
}

bool splitsSurrogatePair(QStringView text, int offset)
{
    return offset > 0 && offset < text.size() && text[offset].isLowSurrogate() && text[offset - 1].isHighSurrogate();
}

// Finds spans of one old text in one new text; built once per re-anchoring.
class SpanLocator
{
public:
    SpanLocator(const QString &oldText, const QString &newText)
        : m_oldText(oldText)
        , m_newText(newText)
        , m_oldFolded(foldWhitespace(oldText))
        , m_newFolded(foldWhitespace(newText))
        , m_diff(m_oldFolded.text, m_newFolded.text)
    {
    }

    Placement locate(const Span &span, const TextQuote &quote) const
    {
        const bool offsetsHold = span.anchor != AnchorState::Orphaned && span.start >= 0 && span.start <= span.end
            && span.end <= m_oldText.size() && m_oldText.mid(span.start, span.end - span.start) == quote.exact;
        int expectedFolded = 0;
        std::optional<Placement> diffExact;   // the diff's answer when the words around it changed
        std::optional<Placement> diffGuess;   // the diff's answer when the span's own text changed
        if (offsetsHold) {
            const int foldedStart = m_oldFolded.toFolded(span.start);
            const int foldedEnd = m_oldFolded.toFoldedEnd(span.start, span.end);
            if (const auto mapped = m_diff.mapRange(foldedStart, foldedEnd)) {
                const auto [start, end] = toNew(mapped->first, mapped->second);
                const Placement placement = judge(span, quote, start, end);
                if (placement.state == AnchorState::Fuzzy)
                    diffGuess = placement;
                else if (contextSurvives(foldedStart, foldedEnd))
                    return placement;
                else
                    diffExact = placement;
            }
            expectedFolded = m_diff.mapNearest(foldedStart);
        } else {
            const qint64 proportional = m_oldText.isEmpty() ? 0 : qint64(std::max(0, span.start)) * m_newText.size() / m_oldText.size();
            expectedFolded = m_newFolded.toFolded(int(std::clamp<qint64>(proportional, 0, m_newText.size())));
        }
        const int expected = expectedFolded < m_newFolded.text.size() ? m_newFolded.originalStart[expectedFolded] : int(m_newText.size());

        // Text around the span changed: the diff may have paired it with another copy of the
        // same words (sentences swapped), so the quote's context has a say.
        const QuoteQuery query{quote.exact, quote.prefix, quote.suffix, expected};
        const auto exactMatch = findExactQuote(m_newText, query);
        if (diffExact) {
            if (exactMatch && exactMatch->score > quoteMatchScore(m_newText, query, diffExact->start, diffExact->end, 1.0))
                return judge(span, quote, exactMatch->start, exactMatch->end);
            return *diffExact;
        }
        if (exactMatch)
            return judge(span, quote, exactMatch->start, exactMatch->end);

        const QString exact = foldedWhitespace(quote.exact);
        const QString prefix = foldedWhitespace(quote.prefix);
        const QString suffix = foldedWhitespace(quote.suffix);
        const QuoteQuery folded{exact, prefix, suffix, expectedFolded};
        if (const auto match = findExactQuote(m_newFolded.text, folded)) {
            const auto [start, end] = toNew(match->start, match->end);
            return judge(span, quote, start, end);
        }

        std::optional<QuoteMatch> approximate = findApproximateQuote(matcher(), folded);
        if (diffGuess && diffGuess->similarity >= kMinimumDiffSimilarity) {
            const int guessStart = m_newFolded.toFolded(diffGuess->start);
            const int guessEnd = m_newFolded.toFoldedEnd(diffGuess->start, diffGuess->end);
            const double guessScore = quoteMatchScore(m_newFolded.text, folded, guessStart, guessEnd, diffGuess->similarity);
            if (!approximate || guessScore >= approximate->score)
                return *diffGuess;
        }
        if (approximate) {
            const auto [start, end] = toNew(approximate->start, approximate->end);
            return judge(span, quote, start, end);
        }
        return {};
    }

private:
    static constexpr int kContextUnits = 16;

    bool contextSurvives(int foldedStart, int foldedEnd) const
    {
        return m_diff.survivesWhole(std::max(0, foldedStart - kContextUnits),
                                    std::min(int(m_oldFolded.text.size()), foldedEnd + kContextUnits));
    }

    // A diff-carried range may grow or shrink by what was edited inside it: kept when at least
    // half of it is still the quote.
    static constexpr double kMinimumDiffSimilarity = 0.5;

    std::pair<int, int> toNew(int foldedStart, int foldedEnd) const
    {
        const int length = int(m_newFolded.text.size());
        const int start = foldedStart < length ? m_newFolded.originalStart[foldedStart] : int(m_newText.size());
        const int end = foldedEnd > foldedStart ? m_newFolded.originalEnd[foldedEnd - 1] : start;
        return {start, end};
    }

    Placement judge(const Span &span, const TextQuote &quote, int start, int end) const
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

    const ApproximateMatcher &matcher() const
    {
        if (!m_matcher)
            m_matcher = std::make_unique<ApproximateMatcher>(m_newFolded.text);
        return *m_matcher;
    }

    const QString &m_oldText;
    const QString &m_newText;
    FoldedText m_oldFolded;
    FoldedText m_newFolded;
    TextDiff m_diff;
    mutable std::unique_ptr<ApproximateMatcher> m_matcher;   // built for the first span needing it
};

} // namespace

Reanchoring reanchor(const AnnotationSet &set, const QString &newText)
{
    Reanchoring result{set, {}};
    result.set.text = newText;
    const SpanLocator locator(set.text, newText);
    for (Span &span : result.set.spans) {
        const TextQuote quote = storedQuote(span, set.text);
        Placement placement = locator.locate(span, quote);
        // Never cut an emoji in half: a boundary inside a surrogate pair orphans the span.
        if (placement.state != AnchorState::Orphaned
            && (splitsSurrogatePair(newText, placement.start) || splitsSurrogatePair(newText, placement.end)))
            placement = {};
        SpanReanchoring entry{span.id, placement.state, span.start, span.end, span.start, span.end, placement.similarity};
        if (placement.state == AnchorState::Orphaned) {
            span.anchor = AnchorState::Orphaned;
            span.quote = quote;
            result.report.orphaned.append(entry);
            continue;
        }
        entry.newStart = placement.start;
        entry.newEnd = placement.end;
        span.start = placement.start;
        span.end = placement.end;
        span.text = newText.mid(placement.start, placement.end - placement.start);
        span.quote = textQuoteAt(newText, placement.start, placement.end);
        span.anchor = placement.state;
        switch (placement.state) {
        case AnchorState::Anchored:
            ++result.report.anchored;
            break;
        case AnchorState::Moved:
            result.report.moved.append(entry);
            break;
        case AnchorState::Fuzzy:
            result.report.fuzzy.append(entry);
            break;
        case AnchorState::Orphaned:
            break;
        }
    }
    return result;
}

Expected<AnnotationSet, QString> reattach(const AnnotationSet &set, QStringView spanId, int start, int end)
{
    AnnotationSet result = set;
    const auto span = std::find_if(result.spans.begin(), result.spans.end(), [spanId](const Span &s) { return s.id == spanId; });
    if (span == result.spans.end())
        return QStringLiteral("no span %1 in the set").arg(spanId);
    if (start < 0 || end < start || end > result.text.size())
        return QStringLiteral("span %1: range %2–%3 is not inside the text (length %4)")
            .arg(spanId).arg(start).arg(end).arg(result.text.size());
    if (splitsSurrogatePair(result.text, start) || splitsSurrogatePair(result.text, end))
        return QStringLiteral("span %1: range %2–%3 splits a character").arg(spanId).arg(start).arg(end);
    span->start = start;
    span->end = end;
    span->text = result.text.mid(start, end - start);
    span->quote = textQuoteAt(result.text, start, end);
    span->anchor = AnchorState::Anchored;
    return result;
}

} // namespace galley
