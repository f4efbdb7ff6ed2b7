#pragma once

#include "detect/numbers/number_mention.h"

#include <QVariantMap>

namespace galley {

// A number's normalised reading as span attributes: "value" (a number, or ISO 8601 text for dates,
// times and durations), "unit", "modifier" (">", "≈", …), "from"/"to", "si_value"/"si_unit",
// "approximate", "magnitude", "per"; only those that apply.
QVariantMap numberAttributes(const NumberMention &number);

} // namespace galley
