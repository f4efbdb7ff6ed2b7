#pragma once

#include "annotation/annotation_set.h"
#include "util/expected.h"

#include <QList>
#include <QString>
#include <QTextStream>

// What `galley-cli export` writes for SOURCE: an annotation file, or for each page (each HTML
// record of a WARC) its saved annotation file with its journal replayed, else what the detectors
// find (said on `err`). `record` picks one WARC record; on other pages it is ignored with a warning.
galley::Expected<QList<galley::AnnotationSet>, QString> exportedAnnotations(const QString &source, int record, QTextStream &err);
