#pragma once

#include "annotation/annotation_set.h"

#include <QList>
#include <QMap>
#include <QStringList>

namespace galley {

// A span, or a link between spans, some reviewers of a document made and others did not.
// Spans are "the same" with the same label, boundaries and attributes (the detectors' own
// `confidence` and `model_label` aside); where reviewers gave one stretch different attributes
// (a quote's kind, a number's value), each version is a conflict of its own. A link is the same
// with the same type between the same labelled stretches.
struct AdjudicationConflict
{
    QString key;              // names it in decisions: "LABEL start-end" (code points), "LABEL start-end
                              // [kind=partial]" for one of several versions, "speaker LABEL start-end ->
                              // LABEL start-end" for a link (between stretches, whatever their versions)
    Span span;                // as the first reviewer who made it has it (UTF-16 offsets); a link's: the
                              // span it goes from, shown for context
    QStringList proposedBy;   // reviewers with it
    QStringList missingFrom;  // reviewers without it
    QString detail;           // what sets this version apart ("kind: partial", "speaker → “Hannah Schultz”"); "" if nothing
    QString relationType;     // a link's type; "" for a span
    QString fromKey, toKey;   // a link's ends: "LABEL start-end"
};

struct AgreedSpan
{
    QString key;
    Span span;
};

struct AgreedRelation
{
    QString type, fromKey, toKey;
};

struct AdjudicationPlan
{
    QList<AgreedSpan> agreed;                 // every reviewer made it: accepted without asking
    QList<AgreedRelation> agreedRelations;    // every reviewer made it: kept where both ends are
    QList<AdjudicationConflict> conflicts;    // in text order (a link at the span it goes from)
};

// Compares the reviewer layers of one document (rejected spans and links, and links to a rejected
// span, count as absent).
AdjudicationPlan planAdjudication(const QList<AnnotationSet> &layers);

// The gold layer: agreed spans and the span conflicts decided `true` (accept), all Accepted, with
// the curator as provenance; the agreed and accepted links between spans that made it; and the
// entities (clusters) of its mentions: two mentions are one entity when every reviewer who has
// both put them in one, its name and label from the first reviewer's. Conflicts without a
// decision are left out.
AnnotationSet adjudicatedLayer(const QList<AnnotationSet> &layers, const AdjudicationPlan &plan,
                               const QMap<QString, bool> &decisions, const QString &curator);

} // namespace galley
