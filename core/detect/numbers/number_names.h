#pragma once

#include "detect/numbers/number_mention.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace galley {

// "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY", "DATE", "TIME", "DURATION".
QString numberLabelName(NumberLabel label);

// The label of a name ("DATE" → Date), nullopt for an unknown name.
std::optional<NumberLabel> numberLabelFromName(QStringView name);

// ">", "≥", "<", "≤", "≈"; empty for None.
QString numberModifierSymbol(NumberModifier modifier);

} // namespace galley
