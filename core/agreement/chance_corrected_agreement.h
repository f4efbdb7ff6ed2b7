#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace galley {

// Chance-corrected agreement over categorical ratings. Categories are strings; an empty
// optional is a missing rating. Each function returns nullopt when the figure is undefined
// (no data, or expected agreement of 1: everyone used one category).

// Cohen's κ for two raters who rated the same items: (pₒ − pₑ) / (1 − pₑ), pₑ from each
// rater's own category distribution (Cohen 1960).
std::optional<double> cohensKappa(const QList<QString> &first, const QList<QString> &second);

// Fleiss' κ (Fleiss 1971). `counts[i][j]` is how many raters put item i in category j. Items may
// have different numbers of raters (the usual generalisation: Pᵢ = Σⱼ nᵢⱼ(nᵢⱼ − 1) / (nᵢ(nᵢ − 1)),
// pⱼ over all ratings); items with fewer than two ratings are left out. With the same number
// of raters everywhere this is Fleiss' formula exactly.
std::optional<double> fleissKappa(const QList<QList<int>> &counts);

// Krippendorff's α for nominal data (Krippendorff 2011, "Computing Krippendorff's Alpha-
// Reliability"): `ratings[c][u]` is coder c's value for unit u or missing. Units with fewer than
// two values are not pairable and are left out. α = 1 − (n − 1) Σ oₖₖ' off-diagonal / Σ nₖ nₖ'.
std::optional<double> krippendorffAlphaNominal(const QList<QList<std::optional<QString>>> &ratings);

} // namespace galley
