#pragma once

#include "annotation/annotation_file.h"
#include "annotation/annotation_json.h"

#include <QJsonObject>

namespace galley {

// Brings the root object of an annotation file of `version` up to kAnnotationFileVersion, one
// version at a time.
//
// Version 1 (Galley 0.1 previews) had the same offsets (code points into "text") but kept
// the page under "page", "record" and "page_hash", the document status at the top level,
// provenance as flat "detector", "detector_version" and "reviewer" fields of each span and
// relation, no text-quote prefix or suffix, no anchor state, no relation timestamps and no
// journal sequence. Version 2 groups "source", "document" and "provenance", stores each span's
// quote {exact, prefix, suffix} and anchor state, timestamps relations and records
// "journal_sequence".
Expected<QJsonObject, JsonProblem> migrateAnnotationFile(QJsonObject root, int version);

} // namespace galley
