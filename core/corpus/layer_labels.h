#pragma once

#include "annotation/annotation_set.h"

#include <QMap>
#include <QSqlDatabase>

namespace galley {

// How many spans (not rejected) of each label a layer has.
QMap<QString, int> labelCounts(const AnnotationSet &set);

// Replaces a layer's rows in layer_labels (inside the caller's transaction). False on an error.
bool storeLayerLabels(QSqlDatabase &database, qint64 documentId, const QString &reviewer,
                      const QMap<QString, int> &counts);

} // namespace galley
