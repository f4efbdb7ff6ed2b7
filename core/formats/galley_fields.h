#pragma once

#include "annotation/annotation_set.h"

#include "util/json_text.h"

#include <QJsonObject>
#include <QList>
#include <QStringView>

#include <optional>

namespace galley {

// Galley's own fields that an exchange format has no place for, as one JSON object the format
// keeps under a key of its own ("galley" on a span or relation, "meta.galley" on a document).
// Together with the format's native fields they rebuild the annotation set exactly.

// A span's fields other than label and offsets, written as members of an open JSON object:
// id, status (unless `withStatus` is false: spans that arrive without one were made by a person
// in another tool), provenance, created, modified, `attributes` (the span's own, or the part
// the format has no other place for), anchor, and text and quote only where they differ from
// what the text gives.
void writeSpanFields(JsonObjectWriter &object, const Span &span, QStringView text, const QVariantMap &attributes,
                     bool withStatus = true);
// Fills those fields into a span whose label, start and end are set. Returns the problem, if any.
std::optional<QString> readSpanFields(const QJsonObject &fields, Span &span);

// A span as an importer first builds it: text and text-quote selector taken from the text,
// made by a person (Added) unless fields say otherwise.
Span importedSpan(QString id, QString label, int start, int end, QStringView text);

// A relation's fields other than type and ends: id, status, provenance and its index among the
// set's relations ("n"), so that importers restore the order.
void writeRelationFields(JsonObjectWriter &object, const Relation &relation, int index);
// A relation wholly as a JSON object (type, from, to too): for relations a format cannot carry itself.
void appendRelationJson(QByteArray &out, const Relation &relation, int index);
std::optional<QString> readRelationFields(const QJsonObject &fields, Relation &relation, int &index);
std::optional<QString> readRelationJson(const QJsonObject &json, Relation &relation, int &index);

// Source, record, content hash, reviewer, document fields, clusters (what a document-level
// meta object carries).
void writeDocumentFields(JsonObjectWriter &object, const AnnotationSet &set);
std::optional<QString> readDocumentFields(const QJsonObject &fields, AnnotationSet &set);

// Relations in the order their "n" gives, when every one has it; else in the order read.
struct IndexedRelation
{
    int index = -1;
    Relation relation;
};
QList<Relation> inSetOrder(QList<IndexedRelation> relations);

} // namespace galley
