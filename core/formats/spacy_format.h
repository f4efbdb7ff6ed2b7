#pragma once

#include "annotation/annotation_set.h"
#include "formats/format_files.h"

namespace galley {

// spaCy's Doc JSON (export only; Doc.from_json reads it): {"text", "tokens": [{"id", "start",
// "end"}], "ents": [{"start", "end", "label"}], "spans": {GROUP: [{"start", "end", "label"}]}},
// offsets in code points (Python string indexes), end exclusive. "ents" holds the entity spans
// that do not overlap; "spans" every span but rejected ones, grouped by label family
// ("entities", "quotes", "numbers", "other"). One document per line for several documents.
ExportResult writeSpacy(const QList<AnnotationSet> &sets, const QString &stem);

} // namespace galley
