#pragma once

#include "annotation/approximate_match.h"
#include "annotation/occurrence_index.h"

#include <QStringView>

#include <optional>

namespace galley {

// A text-quote selector to find in a text, and where it is expected (UTF-16 offset).
struct QuoteQuery
{
    QStringView exact;
    QStringView prefix;
    QStringView suffix;
    int expectedStart = 0;
};

struct QuoteMatch
{
    int start = 0;
    int end = 0;               // exclusive
    double similarity = 1.0;   // of the matched text to the quote: 1 - edits / quote length
    double score = 0.0;        // the ranking below, 0 … 1
};

// Hypothesis's ranking of a candidate (match-quote.js): quote similarity weighs 50, prefix and
// suffix similarity 20 each, closeness to the expected position 2.
struct QuoteMatchScore
{
    double total = 0.0;    // 0 … 1
    double prefix = 0.0;   // similarity of the text before the candidate to the quote's prefix
    double suffix = 0.0;
};
QuoteMatchScore scoreQuoteMatch(QStringView text, const QuoteQuery &query, int start, int end, double similarity);
// The same ranking with the candidate's context given: the text before and after it.
QuoteMatchScore scoreQuoteMatch(const QuoteQuery &query, QStringView before, QStringView after, int start, int textLength,
                                double similarity);

// The best-ranked exact occurrence in the index's text, if any. An occurrence must begin and end
// at a word boundary where the quote did.
std::optional<QuoteMatch> findExactQuote(const OccurrenceIndex &index, const QuoteQuery &query);

// The best-ranked approximate match with at most a quarter of the quote's length in edits,
// looked for near the expected position first and then, when searchEverywhere allows, in the
// whole text; nothing when no candidate ranks at least kMinimumFuzzyScore.
constexpr double kMinimumFuzzyScore = 0.65;
std::optional<QuoteMatch> findApproximateQuote(const ApproximateMatcher &matcher, const QuoteQuery &query,
                                               bool searchEverywhere);

} // namespace galley
