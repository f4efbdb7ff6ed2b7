#include "evaluation/span_alignment.h"

#include <algorithm>
#include <tuple>

namespace galley {

SpanAlignment alignSpans(MatchScheme scheme, const QList<Span> &gold, const QList<Span> &predicted)
{
    struct Candidate
    {
        bool sameBoundaries;
        int overlap;
        qsizetype gold;
        qsizetype predicted;
    };
    QList<Candidate> candidates;
    for (qsizetype g = 0; g < gold.size(); ++g) {
        for (qsizetype p = 0; p < predicted.size(); ++p) {
            if (spansMatch(scheme, gold[g], predicted[p])) {
                const bool same = gold[g].start == predicted[p].start && gold[g].end == predicted[p].end;
                candidates.append({same, overlapLength(gold[g], predicted[p]), g, p});
            }
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return std::tuple(!a.sameBoundaries, -a.overlap, a.gold, a.predicted)
             < std::tuple(!b.sameBoundaries, -b.overlap, b.gold, b.predicted);
    });
    QList<bool> goldUsed(gold.size(), false);
    QList<bool> predictedUsed(predicted.size(), false);
    SpanAlignment alignment;
    for (const Candidate &candidate : candidates) {
        if (goldUsed[candidate.gold] || predictedUsed[candidate.predicted])
            continue;
        goldUsed[candidate.gold] = predictedUsed[candidate.predicted] = true;
        alignment.pairs.append({candidate.gold, candidate.predicted});
    }
    std::sort(alignment.pairs.begin(), alignment.pairs.end(),
              [](const SpanAlignment::Pair &a, const SpanAlignment::Pair &b) { return a.gold < b.gold; });
    for (qsizetype g = 0; g < gold.size(); ++g) {
        if (!goldUsed[g])
            alignment.unmatchedGold.append(g);
    }
    for (qsizetype p = 0; p < predicted.size(); ++p) {
        if (!predictedUsed[p])
            alignment.unmatchedPredicted.append(p);
    }
    return alignment;
}

} // namespace galley
