#pragma once

#include "evaluation/match_scheme.h"

#include <QList>

namespace galley {

// A one-to-one pairing of gold and predicted spans of one document under a scheme. Indexes
// point into the lists given to alignSpans.
struct SpanAlignment
{
    struct Pair
    {
        qsizetype gold = -1;
        qsizetype predicted = -1;
    };
    QList<Pair> pairs;                   // in gold order
    QList<qsizetype> unmatchedGold;      // false negatives
    QList<qsizetype> unmatchedPredicted; // false positives
};

// Pairs spans greedily, best candidates first: same boundaries before overlap, a larger overlap
// before a smaller one, then text order; each span is used once.
SpanAlignment alignSpans(MatchScheme scheme, const QList<Span> &gold, const QList<Span> &predicted);

} // namespace galley
