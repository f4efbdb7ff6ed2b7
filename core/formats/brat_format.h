#pragma once

#include "annotation/annotation_set.h"
#include "formats/format_error.h"
#include "formats/format_files.h"
#include "util/expected.h"

namespace galley {

// brat standoff: STEM.txt (the text, UTF-8) and STEM.ann, plus an annotation.conf declaring the
// labels, relations and attributes in use. Offsets are code points into the .txt, end
// exclusive. Spans are T lines (a span crossing a line break becomes fragments "start end;start
// end", and the T line's text is the fragments joined by a space, as brat checks it), speaker,
// cue and other span-to-span relations are R lines, the status and enumerable attributes (kind,
// modifier; true flags) are A lines, and everything else Galley keeps — its ids, provenance,
// times, other attributes, mention-to-cluster links — is a JSON object in an AnnotatorNotes
// line. Clusters also appear as Equiv lines for brat to draw. Not carried: document fields,
// source, reviewer and clusters without mentions (the export warns).
ExportResult writeBrat(const QList<AnnotationSet> &sets, const QString &stem);
// Reads STEM.txt and STEM.ann (files named *.txt and *.ann; annotation.conf is not needed).
// Notes that are no Galley JSON become the "note" attribute, N lines an attribute named after
// the reference database, Equiv lines clusters.
Expected<QList<AnnotationSet>, FormatError> readBrat(const FormatFiles &files);

// annotation.conf for the labels, relation types and attributes the sets use.
QByteArray bratAnnotationConf(const QList<AnnotationSet> &sets);

} // namespace galley
