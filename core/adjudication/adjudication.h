#pragma once

#include "annotation/annotation_set.h"

#include <QList>
#include <QMap>
#include <QStringList>

namespace galley {

// A span some reviewers of a document made and others did not (same boundaries and label
// make "the same span").
struct AdjudicationConflict
{
    QString key;              // "LABEL start-end", offsets in code points: names it in decisions
    Span span;                // as the first reviewer who made it has it (UTF-16 offsets)
    QStringList proposedBy;   // reviewers with the span
    QStringList missingFrom;  // reviewers without it
};

struct AdjudicationPlan
{
    QList<Span> agreed;                       // every reviewer made it: accepted without asking
    QList<AdjudicationConflict> conflicts;    // in text order
};

// Compares the reviewer layers of one document (rejected spans count as absent).
AdjudicationPlan planAdjudication(const QList<AnnotationSet> &layers);

// The gold layer: agreed spans and the conflicts decided `true` (accept), all Accepted, with the
// curator as provenance, and the relations every reviewer made between spans that made it.
// Conflicts without a decision are left out.
AnnotationSet adjudicatedLayer(const QList<AnnotationSet> &layers, const AdjudicationPlan &plan,
                               const QMap<QString, bool> &decisions, const QString &curator);

} // namespace galley
