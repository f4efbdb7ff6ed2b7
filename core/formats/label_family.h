#pragma once

#include "annotation/annotation_set.h"

#include <QList>
#include <QStringList>

namespace galley {

// Which detector's schema a label belongs to: "entities" (PER, ORG, LOC, MISC), "quotes"
// (QUOTE, CUE), "numbers" (CARDINAL, ORDINAL, PERCENT, MONEY, QUANTITY, DATE, TIME, DURATION)
// or "other".
QString exportLabelFamily(const QString &label);

// Entity spans (not rejected, not empty) for formats that allow one entity per token: of
// overlapping ones the longer is kept, the first on a tie. In text order; a warning counts
// the ones left out.
QList<const Span *> nonOverlappingEntities(const AnnotationSet &set, QStringList &warnings);

} // namespace galley
