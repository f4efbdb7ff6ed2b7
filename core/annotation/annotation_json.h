#pragma once

#include "annotation/annotation_set.h"
#include "text/code_point_index.h"
#include "util/expected.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace galley {

// What is wrong in a piece of annotation JSON and where: a JSON Pointer split into tokens,
// relative to the value that was being read.
struct JsonProblem
{
    QStringList pointer;
    QString problem;
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

Expected<Span, JsonProblem> spanFromJson(const QJsonValue &json, const CodePointIndex &index);
Expected<Relation, JsonProblem> relationFromJson(const QJsonValue &json);
Expected<Cluster, JsonProblem> clusterFromJson(const QJsonValue &json);
Expected<DocumentFields, JsonProblem> documentFieldsFromJson(const QJsonValue &json);

} // namespace galley
