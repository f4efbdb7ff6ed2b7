#pragma once

#include "annotation/annotation_edit.h"
#include "annotation/label_schema.h"

#include <QLocale>

#include <functional>
#include <optional>

namespace galley {

// What the edits a reviewer's action makes are stamped with, and where new span stretches lie
// in the page (empty `locate`: spans get no DOM range, as on text copies).
struct EditContext
{
    QDateTime now = QDateTime::currentDateTimeUtc();
    QString reviewer;
    std::function<std::optional<DomRange>(int start, int end)> locate;
    std::optional<QLocale> numberLocale;   // the reviewer's way of writing numbers, read before C's
    // What the detectors read in words a reviewer marks with a label (a number's value and unit):
    // a span added starts with these attributes, one relabelled or resized gains those it lacks.
    // Unset: none.
    std::function<QVariantMap(const QString &label, int start, int end)> readAttributes;
};

// The edits of one structural action, in the order they apply (all or none, each valid on the
// set the previous ones leave); empty when the action changes nothing. Offsets are UTF-16 units
// into set.text.
using EditList = QList<AnnotationEdit>;

// “words” for messages: white space folded, at most 40 characters.
QString quotedText(const QString &text);

// The status an edit leaves: `wanted`, except that what a reviewer added stays added when it is
// edited ("edited" says a detector's finding was changed).
ReviewStatus statusAfterEdit(ReviewStatus current, ReviewStatus wanted);

// [start, end) of `text` without the white space at either end (start == end when nothing else).
void trimRange(QStringView text, int &start, int &end);
using EditListResult = Expected<EditList, EditError>;

// Splits span `spanId` at `at`: the span keeps [start, at) (without trailing spaces) and a new
// span of the same label, attributes and provenance gets [at, end) (without leading spaces).
// Relations from the span (its speaker, cue, cluster) are copied to the new part; relations to
// it stay with the first part.
EditListResult splitSpan(const AnnotationSet &set, const QString &spanId, int at, const EditContext &context);

// Where S splits a span: the word start inside it nearest `caret` (UTF-16), or nearest its
// middle without a caret; nullopt when the span is a single word.
std::optional<int> splitPointOf(const QString &text, const Span &span, std::optional<int> caret = std::nullopt);

// Merges two spans of the same label that overlap or touch (nothing but spaces and punctuation
// between them) into the earlier one, which then covers both; the other is removed. Its
// relations move to the merged span unless the merged span already has one of that type (one
// speaker, one cue, one cluster).
EditListResult mergeSpans(const AnnotationSet &set, const QString &firstId, const QString &secondId,
                          const EditContext &context);

// The span M merges the selected one with: the next span in reading order with its label that
// is not rejected; empty when there is none.
QString nextSpanWithLabel(const AnnotationSet &set, const QString &spanId);

// Every mention of cluster `sourceId` joins cluster `targetId` (its label and canonical name
// stay); the source cluster is removed.
EditListResult mergeClusters(const AnnotationSet &set, const QString &targetId, const QString &sourceId,
                             const EditContext &context);

// Moves mentions (all of one cluster, not all of its mentions) into a new cluster with the old
// one's label, named after the longest of them.
EditListResult splitFromCluster(const AnnotationSet &set, const QStringList &mentionIds, const EditContext &context);

// Links a quote to a span by a relation of `type` ("speaker", "cue"): the quote's existing
// relation of that type is pointed at the span, else one is added. The schema's relation
// definition, when it has one, decides which labels may take part.
EditListResult linkQuote(const AnnotationSet &set, const LabelSchema &schema, const QString &type,
                         const QString &quoteId, const QString &targetId, const EditContext &context);

// The quote's cue becomes [start, end) of the text (spaces trimmed): an existing CUE span there,
// else a new one.
EditListResult setCueText(const AnnotationSet &set, const LabelSchema &schema, const QString &quoteId, int start,
                          int end, const EditContext &context);

// The mention's cluster, or null.
const Cluster *clusterOfMention(const AnnotationSet &set, const QString &mentionId);

// Applies edits in order to `set`, all or none; returns their inverses, last first (applying
// them in order undoes the whole action).
EditListResult applyEdits(AnnotationSet &set, const EditList &edits);

// "s7", "r12", "c3": one past the highest number in use for that prefix among all ids.
QString unusedId(const AnnotationSet &set, QChar prefix, int skip = 0);

} // namespace galley
