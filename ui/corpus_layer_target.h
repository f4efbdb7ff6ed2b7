#pragma once

#include "annotation/annotation_set.h"

#include <QString>

#include <optional>

namespace galley {

// A corpus document opened for review: the stored page, and the reviewer's layer file it is
// annotated in (its journal beside it) instead of PAGE.galley.json.
struct CorpusLayerTarget
{
    QString corpusFolder;
    QString pagePath;
    int record = -1;
    QString annotationPath;
    QString reviewer;
    qint64 documentId = 0;
    QString contentHash;
    std::optional<AnnotationSet> start;   // the layer's first state when its file does not exist yet
};

} // namespace galley
