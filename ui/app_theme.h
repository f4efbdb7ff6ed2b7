#pragma once

#include "preferences.h"

#include <QPalette>

namespace galley {

// Whether the desktop asks for dark windows. Qt 6.4 has no QStyleHints::colorScheme, so this
// reads the platform's palette as it was before Galley changed it (a dark window colour) and
// GTK_THEME ("Adwaita:dark").
bool systemPrefersDark();

// Fusion's colours turned dark, with link and highlight colours that read on them.
QPalette darkPalette();

// Dark: Fusion with darkPalette(); Light on a dark desktop: Fusion's light palette; else the
// platform's own style and palette. Saved pages keep their own colours whatever the choice.
void applyTheme(ThemeChoice choice);

} // namespace galley
