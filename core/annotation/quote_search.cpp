#include "annotation/quote_search.h"

#include "annotation/word_boundary.h"

#include <QList>

#include <algorithm>
#include <cstdlib>

namespace galley {

namespace {

constexpr double kQuoteWeight = 50;
constexpr double kPrefixWeight = 20;
constexpr double kSuffixWeight = 20;
constexpr double kPositionWeight = 2;
constexpr int kMaxExactCandidates = 16;
constexpr int kMaxApproximateCandidates = 24;
constexpr int kErrorDivisor = 4;   // at most one edit per four units of the quote

std::optional<QuoteMatch> bestOf(QStringView text, const QuoteQuery &query, const QList<ApproximateMatcher::Match> &candidates)
{
    std::optional<QuoteMatch> best;
    for (const ApproximateMatcher::Match &candidate : candidates) {
        const double similarity = std::max(0.0, 1.0 - double(candidate.errors) / double(query.exact.size()));
        const double score = scoreQuoteMatch(text, query, candidate.start, candidate.end, similarity).total;
        if (!best || score > best->score)
            best = QuoteMatch{candidate.start, candidate.end, similarity, score};
    }
    return best;
}

bool quoteStartsWord(const QuoteQuery &query)
{
    return query.prefix.isEmpty() || !isWordUnit(query.prefix.back()) || !isWordUnit(query.exact.front());
}

bool quoteEndsWord(const QuoteQuery &query)
{
    return query.suffix.isEmpty() || !isWordUnit(query.suffix.front()) || !isWordUnit(query.exact.back());
}

int nearestWordBoundary(QStringView text, int offset, int maxShift)
{
    for (int shift = 1; shift <= maxShift; ++shift) {
        if (isWordBoundary(text, offset + shift))
            return offset + shift;
        if (isWordBoundary(text, offset - shift))
            return offset - shift;
    }
    return offset;
}

// An approximate match may stop inside a word ("Merke|l" is one edit from "Merkle", the
// correct "Merkel" two): a quote that began or ended at a word boundary is moved to the
// nearest one, and its edits are counted again.
ApproximateMatcher::Match snapToWords(QStringView text, const QuoteQuery &query, ApproximateMatcher::Match match, int maxShift)
{
    int start = match.start;
    int end = match.end;
    if (quoteStartsWord(query) && !isWordBoundary(text, start))
        start = nearestWordBoundary(text, start, maxShift);
    if (quoteEndsWord(query) && !isWordBoundary(text, end))
        end = nearestWordBoundary(text, end, maxShift);
    if ((start == match.start && end == match.end) || end <= start)
        return match;
    return {start, end, editDistance(query.exact, text.mid(start, end - start))};
}

// How many units next to an occurrence agree with the quote's prefix and suffix: a cheap
// first sort of a name that occurs hundreds of times.
int contextAgreement(QStringView text, const QuoteQuery &query, int start)
{
    int agreement = 0;
    for (qsizetype i = 1; i <= query.prefix.size() && start - i >= 0 && text[start - i] == query.prefix[query.prefix.size() - i]; ++i)
        ++agreement;
    const qsizetype end = start + query.exact.size();
    for (qsizetype i = 0; i < query.suffix.size() && end + i < text.size() && text[end + i] == query.suffix[i]; ++i)
        ++agreement;
    return agreement;
}

} // namespace

QuoteMatchScore scoreQuoteMatch(QStringView text, const QuoteQuery &query, int start, int end, double similarity)
{
    const int prefixStart = std::max(0, start - int(query.prefix.size()));
    const int suffixEnd = std::min(int(text.size()), end + int(query.suffix.size()));
    return scoreQuoteMatch(query, text.mid(prefixStart, start - prefixStart), text.mid(end, suffixEnd - end), start,
                           int(text.size()), similarity);
}

QuoteMatchScore scoreQuoteMatch(const QuoteQuery &query, QStringView before, QStringView after, int start, int textLength,
                                double similarity)
{
    before = before.right(query.prefix.size());
    after = after.left(query.suffix.size());
    const double prefixScore = query.prefix.isEmpty() ? 1.0 : galley::similarity(query.prefix, before);
    const double suffixScore = query.suffix.isEmpty() ? 1.0 : galley::similarity(query.suffix, after);
    const double positionScore = textLength == 0 ? 1.0 : 1.0 - double(std::abs(start - query.expectedStart)) / double(textLength);
    const double total = kQuoteWeight * similarity + kPrefixWeight * prefixScore + kSuffixWeight * suffixScore
        + kPositionWeight * positionScore;
    return {total / (kQuoteWeight + kPrefixWeight + kSuffixWeight + kPositionWeight), prefixScore, suffixScore};
}

std::optional<QuoteMatch> findExactQuote(const OccurrenceIndex &index, const QuoteQuery &query)
{
    if (query.exact.isEmpty())
        return std::nullopt;
    const QStringView text = index.text();
    struct Occurrence
    {
        int start;
        int agreement;
    };
    QList<Occurrence> occurrences;
    for (const int start : index.occurrences(query.exact, quoteStartsWord(query), quoteEndsWord(query)))
        occurrences.append({start, contextAgreement(text, query, start)});
    if (occurrences.size() > kMaxExactCandidates) {
        const auto better = [&query](const Occurrence &a, const Occurrence &b) {
            if (a.agreement != b.agreement)
                return a.agreement > b.agreement;
            return std::abs(a.start - query.expectedStart) < std::abs(b.start - query.expectedStart);
        };
        std::partial_sort(occurrences.begin(), occurrences.begin() + kMaxExactCandidates, occurrences.end(), better);
        occurrences.resize(kMaxExactCandidates);
    }
    QList<ApproximateMatcher::Match> candidates;
    for (const Occurrence &occurrence : occurrences)
        candidates.append({occurrence.start, occurrence.start + int(query.exact.size()), 0});
    return bestOf(text, query, candidates);
}

std::optional<QuoteMatch> findApproximateQuote(const ApproximateMatcher &matcher, const QuoteQuery &query,
                                               bool searchEverywhere)
{
    const int quoteLength = int(query.exact.size());
    const int maxErrors = quoteLength / kErrorDivisor;
    if (maxErrors == 0)
        return std::nullopt;
    const QStringView text = matcher.text();
    const int reach = std::max(512, 4 * quoteLength);
    const int from = std::max(0, query.expectedStart - reach);
    const int to = std::min(int(text.size()), query.expectedStart + quoteLength + reach);
    const auto searchBetween = [&](int searchFrom, int searchTo) {
        QList<ApproximateMatcher::Match> candidates = matcher.search(query.exact, searchFrom, searchTo, maxErrors,
                                                                     query.expectedStart + quoteLength, kMaxApproximateCandidates);
        for (ApproximateMatcher::Match &candidate : candidates)
            candidate = snapToWords(text, query, candidate, maxErrors);
        return bestOf(text, query, candidates);
    };
    auto best = searchBetween(from, to);
    if ((!best || best->score < kMinimumFuzzyScore) && searchEverywhere && (from > 0 || to < text.size())) {
        const auto everywhere = searchBetween(0, int(text.size()));
        if (everywhere && (!best || everywhere->score > best->score))
            best = everywhere;
    }
    if (!best || best->score < kMinimumFuzzyScore)
        return std::nullopt;
    return best;
}

} // namespace galley
