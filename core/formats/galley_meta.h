#pragma once

#include "annotation/annotation_set.h"
#include "util/json_text.h"

#include <QByteArray>

namespace galley {

// Writes "meta": {"galley": {…}} into an open document object: the document fields
// (writeDocumentFields) and, when `otherRelations` is not empty, the relations the format has
// no place for as "relations". `otherRelations` is '[' and the relations' JSON joined by ',',
// left open; empty when there are none. `extra` are further members the format needs for the
// way back (name, JSON value).
void writeGalleyMeta(JsonObjectWriter &document, const AnnotationSet &set, const QByteArray &otherRelations,
                     const QList<std::pair<const char *, QByteArray>> &extra = {});

} // namespace galley
