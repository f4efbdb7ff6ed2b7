#include "number_names.h"

namespace galley {

QString numberLabelName(NumberLabel label)
{
    switch (label) {
    case NumberLabel::Cardinal: return QStringLiteral("CARDINAL");
    case NumberLabel::Ordinal: return QStringLiteral("ORDINAL");
    case NumberLabel::Percent: return QStringLiteral("PERCENT");
    case NumberLabel::Money: return QStringLiteral("MONEY");
    case NumberLabel::Quantity: return QStringLiteral("QUANTITY");
    case NumberLabel::Date: return QStringLiteral("DATE");
    case NumberLabel::Time: return QStringLiteral("TIME");
    case NumberLabel::Duration: return QStringLiteral("DURATION");
    }
    return {};
}

std::optional<NumberLabel> numberLabelFromName(QStringView name)
{
    for (int i = 0; i <= int(NumberLabel::Duration); ++i) {
        if (numberLabelName(NumberLabel(i)) == name)
            return NumberLabel(i);
    }
    return std::nullopt;
}

QString numberModifierSymbol(NumberModifier modifier)
{
    switch (modifier) {
    case NumberModifier::None: return {};
    case NumberModifier::Greater: return QStringLiteral(">");
    case NumberModifier::GreaterOrEqual: return QStringLiteral("≥");
    case NumberModifier::Less: return QStringLiteral("<");
    case NumberModifier::LessOrEqual: return QStringLiteral("≤");
    case NumberModifier::Approximately: return QStringLiteral("≈");
    }
    return {};
}

} // namespace galley
