#pragma once

#include "annotation/annotation_edit.h"
#include "annotation/annotation_json.h"

namespace galley {

// An edit as the journal stores it: {"item": "span"|"relation"|"cluster"|"document",
// "before": …, "after": …, "position": N}, items as in the annotation file (code-point
// offsets, converted with `index` of the set's text, which edits never change).
QByteArray editJson(const AnnotationEdit &edit, const CodePointIndex &index);   // compact, one line
Expected<AnnotationEdit, JsonProblem> editFromJson(QByteArrayView json, const CodePointIndex &index);

} // namespace galley
