#pragma once

#include "annotation/annotation_set.h"

#include <QColor>
#include <QIcon>

namespace galley {

// A list row's swatch: the label's colour, with a check mark once the reviewer decided the span
// (accepted, edited, added) and a cross when rejected, so a narrow panel shows what is done
// without its Status column. A pending span's swatch is the plain colour.
QIcon statusSwatch(const QColor &labelColour, ReviewStatus status);

} // namespace galley
