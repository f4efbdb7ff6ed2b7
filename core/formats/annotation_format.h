#pragma once

#include "annotation/annotation_set.h"
#include "formats/format_error.h"
#include "formats/format_files.h"
#include "util/expected.h"

#include <QLatin1StringView>
#include <QList>

namespace galley {

using FormatWriter = ExportResult (*)(const QList<AnnotationSet> &sets, const QString &stem);
using FormatReader = Expected<QList<AnnotationSet>, FormatError> (*)(const FormatFiles &files);

// An exchange format: how to write annotation sets as its files and, for formats that come
// back (⇄), how to read them. Writers name their files after `stem` (a bare file name).
struct AnnotationFormat
{
    QLatin1StringView name;           // as --to/--from take it: "brat", "conll", …
    QLatin1StringView summary;        // one line for --help
    QLatin1StringView offsetUnit;     // what the format's offsets count
    FormatWriter write = nullptr;
    FormatReader read = nullptr;      // nullptr: export only
    QLatin1StringView siblingSuffixes;   // files read together ("txt ann" for brat), else empty
    // Files of a document of their own, named STEM-N.* for the Nth of several sets (STEM.* for one).
    bool filesPerDocument = false;
};

// Every format, in the order --help lists them.
const QList<AnnotationFormat> &annotationFormats();
const AnnotationFormat *findAnnotationFormat(QStringView name);
QStringList annotationFormatNames(bool importable);

} // namespace galley
