#pragma once

#include "pipeline/text_analysis.h"
#include "annotation/annotation_set.h"

#include <QDateTime>
#include <QString>

namespace galley {

// The version each detector's spans are stamped with (Provenance::version).
struct DetectorVersions
{
    QString entities;   // the entity model file's digest
    QString clusters;
    QString quotes;
    QString numbers;
};

// The spans, relations and clusters of an analysed text, every span pending with its text-quote
// selector. Labels: PER/ORG/LOC/MISC mentions, labelled with their cluster's majority type
// (attribute "canonical", "model_label" when the entity model said otherwise, relation "cluster"
// to a Cluster "c1"…), QUOTE (attribute "kind": direct/partial/indirect; relations "cue" to its CUE
// span and "speaker" to its SPEAKER span), SPEAKER (relation "cluster" and attribute "canonical"
// when resolved; attribute "reference": name/pronoun/description), numbers CARDINAL, ORDINAL,
// PERCENT, MONEY, QUANTITY, DATE, TIME, DURATION (attributes "value", "unit", "modifier",
// "from", "to" where they apply; dates and times as ISO 8601 strings). Spans are sorted by
// start, longer first, and numbered "s1", "s2", … in that order; relations "r1", ….
// DOM ranges are left to the caller (the text alone has none).
AnnotationSet buildAnnotations(const QString &text, const TextAnalysis &analysis, const DetectorVersions &versions,
                               const QDateTime &created);

} // namespace galley
