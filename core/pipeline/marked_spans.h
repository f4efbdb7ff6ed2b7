#pragma once

#include "annotation/annotation_set.h"

#include <QVariantMap>

#include <functional>

namespace galley {

// For EditContext::readAttributes: numbers a reviewer marks are read in the set's text (see
// readMarkedNumber), dates resolved against the document's publication date.
std::function<QVariantMap(const QString &label, int start, int end)> markedNumberReader(const AnnotationSet &set);

} // namespace galley
