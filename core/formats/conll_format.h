#pragma once

#include "annotation/annotation_set.h"
#include "formats/format_error.h"
#include "formats/format_files.h"
#include "util/expected.h"

namespace galley {

// CoNLL-2003 columns with IOB2 tags: "-DOCSTART- -X- -X- O" and a blank line open each
// document, then one token a line ("word -X- -X- TAG", tokens from core/text/tokenizer.h), a
// blank line after each sentence. Only entity spans (PER, ORG, LOC, MISC) that are not rejected
// are tagged; of overlapping ones the longer is kept and the export warns. Offsets are whole
// tokens.
//
// Import rebuilds the text as the tokens joined by single spaces, a line break between
// sentences; every tag run becomes a span (any label, status "added", ids s1, s2, …). What
// round-trips: a text already in that shape (single spaces between tokens, one sentence a
// line) gets back its entity spans with their labels and offsets; spacing, tabs and CRLF,
// other labels, relations, clusters, statuses and Galley's other fields are not carried.
ExportResult writeConll(const QList<AnnotationSet> &sets, const QString &stem);
Expected<QList<AnnotationSet>, FormatError> readConll(const FormatFiles &files);

} // namespace galley
