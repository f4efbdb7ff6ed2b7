#pragma once

#include "annotation/annotation_set.h"
#include "formats/format_error.h"
#include "formats/format_files.h"
#include "util/expected.h"

namespace galley {

// Label Studio's JSON export: a list of tasks {"data": {"text"}, "annotations": [{"result":
// […]}], "predictions": […], "meta"}. Spans are "labels" results (value.start/end/text/labels,
// offsets in code points as Python counts them), relations are "relation" results (from_id,
// to_id, labels). Galley's other fields ride along under "galley" on each result and under
// "meta": {"galley": …} on the task. On import every annotation of a task becomes one set (its
// spans made by a person unless Galley's fields say otherwise); a task without annotations
// gives the set of its first prediction, spans pending.
ExportResult writeLabelStudio(const QList<AnnotationSet> &sets, const QString &stem);
Expected<QList<AnnotationSet>, FormatError> readLabelStudio(const FormatFiles &files);

} // namespace galley
