#pragma once

#include "formats/annotation_format.h"

#include <optional>

namespace galley {

// Reads `path` (and the sibling files the format reads with it: brat's .txt beside the .ann)
// and imports every document in it. All or nothing: any problem — unreadable file, bad line,
// a relation naming no span — fails the whole import, naming file, line and problem.
Expected<QList<AnnotationSet>, FormatError> importAnnotations(const AnnotationFormat &format, const QString &path);

// Imports files already read (the named file first): the format's reader, then the check that
// every relation names spans and clusters of its set.
Expected<QList<AnnotationSet>, FormatError> importFormatFiles(const AnnotationFormat &format, const FormatFiles &files);

// Writes exported files into `folder`; the problem (naming the file) if one cannot be written.
std::optional<QString> writeFormatFiles(const FormatFiles &files, const QString &folder);

} // namespace galley
