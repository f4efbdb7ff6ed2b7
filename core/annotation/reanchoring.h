#pragma once

#include "annotation/annotation_set.h"
#include "util/expected.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace galley {

// What re-anchoring did to one span. Offsets are UTF-16 code units, end exclusive.
struct SpanReanchoring
{
    QString spanId;
    AnchorState state = AnchorState::Anchored;
    int oldStart = 0;            // into the old text
    int oldEnd = 0;
    int newStart = 0;            // into the new text; an orphan keeps its old offsets
    int newEnd = 0;
    double similarity = 1.0;     // of the new span text to the stored quote, whitespace folded:
                                 // 1 equal … 0 nothing in common; 0 for an orphan
    friend bool operator==(const SpanReanchoring &, const SpanReanchoring &) = default;
};

struct ReanchorReport
{
    int anchored = 0;                  // same offsets, same text
    QList<SpanReanchoring> moved;      // the quote found exactly (or differing in whitespace only)
    QList<SpanReanchoring> fuzzy;      // found approximately; similarity says how closely
    QList<SpanReanchoring> orphaned;   // not found: kept with their old offsets and quote
};

struct Reanchoring
{
    AnnotationSet set;   // the spans on the new text; relations, clusters and fields unchanged
    ReanchorReport report;
};

// Moves every span of set onto newText, the article text after it changed, as Hypothesis
// re-anchors a text-quote selector: offsets carried over by a diff of the two texts (whitespace
// runs folded, so CRLF vs LF and re-wrapping cost nothing) when the span's text and most of its
// context survived — or, with no old text to diff (set.text empty), its stored offsets when they
// still hold the quote; else the exact quote ranked by prefix, suffix and nearness to where the
// diff expects it; then the quote with whitespace folded; then an approximate match (at most
// one edit per four units). A span found nowhere stays, Orphaned, with its old offsets, text and
// quote. Found spans get their text and quote refreshed and a state; a span's DOM range is left
// as it was (the caller re-aligns it with the new page).
Reanchoring reanchor(const AnnotationSet &set, const QString &newText);

// A reviewer places span spanId on [start, end) (UTF-16) of set.text: its text and quote are
// refreshed and it is Anchored again. Errors name the span and the problem.
Expected<AnnotationSet, QString> reattach(const AnnotationSet &set, QStringView spanId, int start, int end);

} // namespace galley
