#pragma once

#include "annotation/annotation_set.h"
#include "annotation/approximate_match.h"
#include "annotation/occurrence_index.h"
#include "annotation/text_diff.h"
#include "annotation/whitespace_folding.h"

#include <QString>

#include <memory>

namespace galley {

// Where a span landed in the new text (UTF-16 offsets), and how closely its text there
// resembles its quote (whitespace folded).
struct SpanPlacement
{
    AnchorState state = AnchorState::Orphaned;
    int start = 0;
    int end = 0;
    double similarity = 0.0;
};

// Finds the spans of one old text in one new text: built once, asked once per span.
class SpanLocator
{
public:
    SpanLocator(const QString &oldText, const QString &newText);
    ~SpanLocator();
    // The texts are referenced, the diff and indexes are big: neither copied nor moved.
    Q_DISABLE_COPY_MOVE(SpanLocator)

    // quote: the span's selector on the old text.
    SpanPlacement locate(const Span &span, const TextQuote &quote) const;

private:
    class Candidates;

    // Whether most of the span's old context (offsets valid in the old text) survived the edit.
    bool contextSurvives(const Span &span, const TextQuote &quote) const;
    std::pair<int, int> toNew(int foldedStart, int foldedEnd) const;
    SpanPlacement judge(const Span &span, const TextQuote &quote, int start, int end) const;
    const ApproximateMatcher &matcher() const;
    const OccurrenceIndex &newIndex() const;
    const OccurrenceIndex &foldedIndex() const;
    bool spendWholeTextSearch() const;

    const QString &m_oldText;
    const QString &m_newText;
    FoldedText m_oldFolded;
    FoldedText m_newFolded;
    TextDiff m_diff;
    // Built for the first span that needs them: most re-anchorings only use the diff.
    mutable std::unique_ptr<ApproximateMatcher> m_matcher;
    mutable std::unique_ptr<OccurrenceIndex> m_newIndex;
    mutable std::unique_ptr<OccurrenceIndex> m_foldedIndex;
    // Units an approximate search of the whole text may still scan (see kWholeTextSearchBudget).
    mutable qint64 m_wholeTextBudget = 0;
};

} // namespace galley
