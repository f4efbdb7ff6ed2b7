#pragma once

#include "annotation/annotation_set.h"
#include "formats/format_error.h"
#include "formats/format_files.h"
#include "util/expected.h"

namespace galley {

// JSONL as doccano and Prodigy read it: one document per line, {"text", "spans": [{"id",
// "start", "end", "label"}], "relations": [{"id", "from_id", "to_id", "type"}]}, offsets in
// code points (Python string indexes), end exclusive. Galley's other fields ride along under
// "galley" on spans and relations and under "meta": {"galley": …} on the document, so the set
// comes back whole. Reads doccano's "entities" (start_offset/end_offset) and "label"
// ([[start, end, label]]) and Prodigy's head_span/child_span relations too.
ExportResult writeJsonl(const QList<AnnotationSet> &sets, const QString &stem);
Expected<QList<AnnotationSet>, FormatError> readJsonl(const FormatFiles &files);

} // namespace galley
