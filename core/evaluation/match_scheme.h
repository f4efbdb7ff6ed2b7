#pragma once

#include "annotation/annotation_set.h"

#include <QList>
#include <QString>

#include <optional>

namespace galley {

// How a predicted span may match a gold span (the four schemes of SemEval-2013 task 9.1 and
// nervaluate, scored by counts: a match is one true positive, never half of one).
enum class MatchScheme {
    Strict,    // same start, same end, same label
    Exact,     // same start and end, any label
    Partial,   // any overlap, any label
    Type,      // "label only": same label and any overlap
};

const QList<MatchScheme> &allMatchSchemes();
QString matchSchemeName(MatchScheme scheme);   // "strict", "exact", "partial", "type"
QString matchSchemeSummary(MatchScheme scheme);

bool spansMatch(MatchScheme scheme, const Span &gold, const Span &predicted);
bool spansOverlap(const Span &a, const Span &b);
int overlapLength(const Span &a, const Span &b);

} // namespace galley
