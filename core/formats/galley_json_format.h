#pragma once

#include "annotation/annotation_set.h"
#include "formats/format_error.h"
#include "formats/format_files.h"
#include "util/expected.h"

namespace galley {

// Galley's own annotation file (core/annotation/annotation_file.h): STEM.galley.json, one
// document per file (STEM-N.galley.json for several). Carries everything.
ExportResult writeGalleyJson(const QList<AnnotationSet> &sets, const QString &stem);
Expected<QList<AnnotationSet>, FormatError> readGalleyJson(const FormatFiles &files);

} // namespace galley
