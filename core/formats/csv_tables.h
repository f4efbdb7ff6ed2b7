#pragma once

#include "annotation/annotation_set.h"
#include "formats/format_files.h"

namespace galley {

// Three CSV tables (export only, RFC 4180, UTF-8, header row), rejected spans left out:
//   STEM-quotes.csv    document, id, speaker, cue, kind, text, paragraph (1-based; paragraphs
//                      are separated by line breaks), start, end, confidence (the quote finder's;
//                      empty for a reviewer's quote), status (pending, accepted, edited, added),
//                      comment (the reviewer's note on the span)
//   STEM-numbers.csv   document, id, label, text, value, unit, modifier, sentence (its text), comment
//   STEM-entities.csv  document, cluster, label, canonical, mentions (count); entity mentions
//                      in no cluster are listed by label and text with an empty cluster
// start and end are code points into the article text, end exclusive. "document" is the
// saved page's path.
ExportResult writeCsvTables(const QList<AnnotationSet> &sets, const QString &stem);

} // namespace galley
