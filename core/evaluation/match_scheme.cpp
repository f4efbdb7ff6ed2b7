#include "evaluation/match_scheme.h"

#include <algorithm>

namespace galley {

const QList<MatchScheme> &allMatchSchemes()
{
    static const QList<MatchScheme> schemes{MatchScheme::Strict, MatchScheme::Exact, MatchScheme::Partial,
                                            MatchScheme::Type};
    return schemes;
}

QString matchSchemeName(MatchScheme scheme)
{
    switch (scheme) {
    case MatchScheme::Strict: return QStringLiteral("strict");
    case MatchScheme::Exact: return QStringLiteral("exact");
    case MatchScheme::Partial: return QStringLiteral("partial");
    case MatchScheme::Type: return QStringLiteral("type");
    }
    return {};
}

QString matchSchemeSummary(MatchScheme scheme)
{
    switch (scheme) {
    case MatchScheme::Strict: return QStringLiteral("same boundaries and same label");
    case MatchScheme::Exact: return QStringLiteral("same boundaries, label ignored");
    case MatchScheme::Partial: return QStringLiteral("any overlap, label ignored");
    case MatchScheme::Type: return QStringLiteral("label only: same label and any overlap");
    }
    return {};
}

int overlapLength(const Span &a, const Span &b)
{
    return std::max(0, std::min(a.end, b.end) - std::max(a.start, b.start));
}

bool spansOverlap(const Span &a, const Span &b)
{
    // An empty span overlaps the span it sits in, or another empty span at the same place.
    const auto holds = [](const Span &span, int point) { return span.start <= point && point < span.end; };
    if (a.start == a.end && b.start == b.end)
        return a.start == b.start;
    if (a.start == a.end)
        return holds(b, a.start);
    if (b.start == b.end)
        return holds(a, b.start);
    return overlapLength(a, b) > 0;
}

bool spansMatch(MatchScheme scheme, const Span &gold, const Span &predicted)
{
    const bool sameBoundaries = gold.start == predicted.start && gold.end == predicted.end;
    switch (scheme) {
    case MatchScheme::Strict: return sameBoundaries && gold.label == predicted.label;
    case MatchScheme::Exact: return sameBoundaries;
    case MatchScheme::Partial: return spansOverlap(gold, predicted);
    case MatchScheme::Type: return gold.label == predicted.label && spansOverlap(gold, predicted);
    }
    return false;
}

} // namespace galley
