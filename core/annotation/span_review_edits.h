#pragma once

#include "annotation/structural_edits.h"

namespace galley {

// The reviewer's edits of one span, as the review window's keys and `galley-cli edit` make them;
// offsets are UTF-16 units into set.text. Each returns the edit list of the action (empty when
// nothing changes) or why it cannot be done.

EditListResult setSpanStatus(const AnnotationSet &set, const QString &spanId, ReviewStatus status,
                             const EditContext &context);

// The status of each of the spans, in one edit list (an entity's names, accepted or rejected at
// once); accepting leaves the rejected ones rejected.
EditListResult setSpansStatus(const AnnotationSet &set, const QStringList &spanIds, ReviewStatus status,
                              const EditContext &context);

// A label of the schema; attributes the new label does not carry are dropped.
EditListResult relabelSpan(const AnnotationSet &set, const LabelSchema &schema, const QString &spanId,
                           const QString &label, const EditContext &context);

// Relabels an entity: its label and every name in it not rejected, in one edit list. Only an
// entity label will do; speaker mentions ("he") keep their label.
EditListResult relabelEntity(const AnnotationSet &set, const LabelSchema &schema, const QString &clusterId,
                             const QString &label, const EditContext &context);

// The same for names that belong to no entity (the Entities tab groups them by label and text).
EditListResult relabelNames(const AnnotationSet &set, const LabelSchema &schema, const QStringList &spanIds,
                            const QString &label, const EditContext &context);

EditListResult resizeSpan(const AnnotationSet &set, const QString &spanId, int start, int end,
                          const EditContext &context);

// A new span (status added) on [start, end), spaces at either end trimmed.
EditListResult addNewSpan(const AnnotationSet &set, const LabelSchema &schema, const QString &label, int start,
                          int end, const EditContext &context);

// Sets an attribute (a null or empty value removes it), checked against the schema.
EditListResult setSpanAttribute(const AnnotationSet &set, const LabelSchema &schema, const QString &spanId,
                                const QString &name, const QVariant &value, const EditContext &context);

// The same from text: a number attribute must read as a number (in the context's number locale,
// else the C locale: scripts get the same reading everywhere), an enum must be one of its
// values, "true"/"false" for a flag.
EditListResult setSpanAttributeText(const AnnotationSet &set, const LabelSchema &schema, const QString &spanId,
                                    const QString &name, const QString &text, const EditContext &context);

EditListResult renameClusterTo(const AnnotationSet &set, const QString &clusterId, const QString &name);
// The clusters whose canonical name is `name`, case and runs of spaces aside ("bashar  ASSAD"
// names "Bashar Assad"): a name reviewers and scripts can give instead of an id, and after a
// rename the entities that may be the same one.
QList<Cluster> clustersNamed(const AnnotationSet &set, const QString &name);

// The reviewer's notes on the document and its review status (the corpus records both per
// reviewer when the layer is saved).
EditListResult setDocumentNotes(const AnnotationSet &set, const QString &notes);
EditListResult setDocumentStatus(const AnnotationSet &set, DocumentStatus status);

} // namespace galley
