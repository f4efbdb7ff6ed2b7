#pragma once

#include "annotation/annotation_set.h"

#include <QString>

namespace galley {

// The name exported files take after the page or annotation file at `path`: "article" for
// article.html, article.galley.json and article.record-3.galley.json alike; "my.story" for
// my.story.html: only the page's own extension goes.
QString exportStem(const QString &path);

// The name of document `i` of `sets` in a format writing files per document: the stem for one
// document; for the records of one WARC archive "stem.record-N", N the record's number as
// --record and the annotation files count it; else "stem-1", "stem-2", ….
QString documentStem(const QString &stem, const QList<AnnotationSet> &sets, qsizetype i);

} // namespace galley
