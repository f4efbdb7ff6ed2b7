#include "detect/numbers/number_attributes.h"

#include "detect/numbers/number_names.h"

namespace galley {

QVariantMap numberAttributes(const NumberMention &number)
{
    QVariantMap attributes;
    if (!number.isoValue.isEmpty())
        attributes.insert(QStringLiteral("value"), number.isoValue);
    else if (number.value)
        attributes.insert(QStringLiteral("value"), *number.value);
    if (!number.unit.isEmpty())
        attributes.insert(QStringLiteral("unit"), number.unit);
    if (const QString modifier = numberModifierSymbol(number.modifier); !modifier.isEmpty())
        attributes.insert(QStringLiteral("modifier"), modifier);
    if (!number.isoFrom.isEmpty())
        attributes.insert(QStringLiteral("from"), number.isoFrom);
    else if (number.from)
        attributes.insert(QStringLiteral("from"), *number.from);
    if (!number.isoTo.isEmpty())
        attributes.insert(QStringLiteral("to"), number.isoTo);
    else if (number.to)
        attributes.insert(QStringLiteral("to"), *number.to);
    if (number.siValue && !number.siUnit.isEmpty()) {
        attributes.insert(QStringLiteral("si_value"), *number.siValue);
        attributes.insert(QStringLiteral("si_unit"), number.siUnit);
    }
    if (number.approximate)
        attributes.insert(QStringLiteral("approximate"), true);
    if (number.magnitude)
        attributes.insert(QStringLiteral("magnitude"), *number.magnitude);
    if (!number.per.isEmpty())
        attributes.insert(QStringLiteral("per"), number.per);
    return attributes;
}

} // namespace galley
