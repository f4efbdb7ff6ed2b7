#pragma once

#include "annotation/structural_edits.h"

namespace galley {

// A quote's SPEAKER and CUE spans (the targets of its "speaker" and "cue" relations) are parts
// of it, not findings of their own: they follow its review. A PER or ORG span linked as speaker
// is an entity, reviewed in its own right, and no part.
bool isQuotePartLabel(const QString &label);

// The edits that make the quote's parts follow its new status: rejected with it unless another
// quote not rejected still uses them; accepted with it when pending, or when rejected with it
// (accepting a rejected quote brings them back).
EditList partsFollowingQuote(const AnnotationSet &set, const Span &quote, ReviewStatus status,
                             const EditContext &context);

// The part a quote no longer links to (its speaker or cue was set to another span): rejected
// unless another quote not rejected still uses it. Nothing for an entity or a part in use.
EditList leftPartRejected(const AnnotationSet &set, const QString &partId, const QString &quoteId,
                          const EditContext &context);

} // namespace galley
