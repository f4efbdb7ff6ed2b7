#pragma once

#include "annotation/annotation_set.h"
#include "formats/format_files.h"

namespace galley {

// W3C Web Annotation JSON-LD (export only): an AnnotationCollection with one Annotation per
// span. The target is the saved page (its file: URL) with a TextQuoteSelector (exact text plus
// up to 32 code points either side: what finds the span on the page) and a
// TextPositionSelector (code points into the article text Galley extracted, end exclusive);
// the body tags the label (purpose "tagging") and the review status (purpose "assessing");
// creator is the reviewer (Person) or the detector (Software); created/modified in UTC.
ExportResult writeW3c(const QList<AnnotationSet> &sets, const QString &stem);

} // namespace galley
