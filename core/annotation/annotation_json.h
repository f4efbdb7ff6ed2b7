#pragma once

#include "annotation/annotation_set.h"
#include "text/code_point_index.h"
#include "util/expected.h"
#include "util/json_pull_parser.h"

#include <QByteArray>
#include <QStringList>

namespace galley {

// What is wrong in a piece of annotation JSON and where: a JSON Pointer split into tokens,
// relative to the value that was being read, and its byte offset.
struct JsonProblem
{
    QStringList pointer;
    QString problem;
    qsizetype offset = -1;   // bytes into the JSON read, when known
};

// The compact JSON objects the annotation file and its journal store for each part of an
// AnnotationSet. Offsets in the JSON are Unicode code points into the article text, end
// exclusive; in memory they are UTF-16 code units, converted with `index` (of the set's text).
// Readers check every field's type and that offsets lie inside the text; they do not check
// ids against the rest of the set (annotation_validation.h does).
void appendSpanJson(QByteArray &out, const Span &span, const CodePointIndex &index);
void appendRelationJson(QByteArray &out, const Relation &relation);
void appendClusterJson(QByteArray &out, const Cluster &cluster);
void appendDocumentFieldsJson(QByteArray &out, const DocumentFields &fields);
void appendTimestampJson(QByteArray &out, const QDateTime &time);   // ISO 8601 UTC ("…Z"); null when unset

// Readers take the value at the parser's position; `pointer` is where it sits, for errors.
Expected<Span, JsonProblem> spanFromJson(JsonPullParser &parser, const QStringList &pointer,
                                         const CodePointIndex &index);
Expected<Relation, JsonProblem> relationFromJson(JsonPullParser &parser, const QStringList &pointer);
Expected<Cluster, JsonProblem> clusterFromJson(JsonPullParser &parser, const QStringList &pointer);
Expected<DocumentFields, JsonProblem> documentFieldsFromJson(JsonPullParser &parser, const QStringList &pointer);

} // namespace galley
