#include "highlight_opacity.h"

#include <QtGlobal>

namespace galley {

namespace {
double g_opacity = 0.16;
} // namespace

double highlightOpacity()
{
    return g_opacity;
}

void setHighlightOpacity(double opacity)
{
    g_opacity = qBound(0.0, opacity, 1.0);
}

} // namespace galley
