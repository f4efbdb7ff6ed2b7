#pragma once

#include "annotation/label_schema.h"

#include <functional>

class QIcon;
class QMenu;

namespace galley {

// Adds one action per schema label to `menu`: a swatch of the label's colour, its name and, on
// the right, its key (the same key adds or relabels from the keyboard). `chosen` gets the
// label's name; `current` (if any) is shown checked.
// A swatch of the label's colour: its tint over its underline, as the page draws it.
QIcon labelSwatch(const QString &label);

void addLabelActions(QMenu *menu, const LabelSchema &schema, std::function<void(const QString &label)> chosen,
                     const QString &current = {});

} // namespace galley
