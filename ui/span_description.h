#pragma once

#include <QString>

#include <optional>

namespace galley {

class ReviewAnnotations;
struct Span;

// "accepted", "pending", … in the user's language.
QString reviewStatusDisplayName(int status);

// A number span's normalised value as a reader wants it: "≈ 1,200", "2016-12-08", "3–5",
// "12,345.67", "0.333333" (six decimals at most, six significant digits below one); empty
// when the span carries none. Without the modifier ("1,200") where a column of its own shows it.
enum class ModifierInValue { Shown, Omitted };
QString spanValueText(const Span &span, ModifierInValue modifier = ModifierInValue::Shown);

// A number's unit with a rate's period: "USD", "USD / year" for "$40,000 a year".
QString spanUnitText(const Span &span);

// "direct", "partial", "indirect" quote kinds in the user's language.
QString quoteKindDisplayName(const QString &kind);

// The tooltip of a span on the page and in the panel: label, status, value and speaker.
QString spanToolTip(const ReviewAnnotations &document, const Span &span);

// The reviewer's comment on a span (its "note") as a table cell: the first line, "…" when more follow.
QString spanCommentCell(const Span &span);

// The finder's confidence in a span, 0 … 1 (the "confidence" attribute); none for a reviewer's.
std::optional<double> spanConfidence(const Span &span);
// Where a span goes when a list is sorted by confidence: one still to review by how sure the
// finder was, one found or changed by a rule (no confidence) before them all, and one the
// reviewer accepted, rejected, edited or added after every span still to review.
double confidenceSortKey(const Span &span);
// The Confidence column's text: the percentage, or a dash for a span still to review that a
// rule found (no confidence).
QString confidenceCellText(const Span &span);
// Still to review, and found or changed by a rule rather than scored by a model.
bool isUnscoredFinding(const Span &span);
// "35 %", or empty for none.
QString confidenceText(std::optional<double> confidence);

} // namespace galley
