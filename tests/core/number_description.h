#pragma once

#include "detect/numbers/number_finder.h"
#include "detect/numbers/number_names.h"

#include <QStringList>

// One mention as a table row writes it: the covered text in brackets, the label, then only the
// fields that are set: [over 98 percent] PERCENT 98 % mod=>
inline QString describeMention(QStringView text, const galley::NumberMention &m)
{
    const auto number = [](double v) { return QString::number(v, 'g', 15); };
    QStringList parts{u'[' + text.mid(m.start, m.end - m.start).toString() + u']', galley::numberLabelName(m.label)};
    if (m.value)
        parts.append(number(*m.value));
    if (!m.isoValue.isEmpty())
        parts.append(m.isoValue);
    if (!m.unit.isEmpty())
        parts.append(m.unit);
    if (m.siValue)
        parts.append(QStringLiteral("si=") + number(*m.siValue) + m.siUnit);
    if (m.modifier != galley::NumberModifier::None)
        parts.append(QStringLiteral("mod=") + galley::numberModifierSymbol(m.modifier));
    if (m.from)
        parts.append(QStringLiteral("from=") + number(*m.from));
    if (m.to)
        parts.append(QStringLiteral("to=") + number(*m.to));
    if (!m.isoFrom.isEmpty())
        parts.append(QStringLiteral("isoFrom=") + m.isoFrom);
    if (!m.isoTo.isEmpty())
        parts.append(QStringLiteral("isoTo=") + m.isoTo);
    if (m.approximate)
        parts.append(QStringLiteral("approx"));
    if (m.magnitude)
        parts.append(QStringLiteral("mag=") + QString::number(*m.magnitude));
    if (!m.per.isEmpty())
        parts.append(QStringLiteral("per=") + m.per);
    return parts.join(u' ');
}

// Every mention of the text, "; " between them.
inline QString describeNumbers(const QString &text, const QDate &published = {})
{
    QStringList described;
    for (const galley::NumberMention &mention : galley::findNumbers(text, published))
        described.append(describeMention(text, mention));
    return described.join(QStringLiteral("; "));
}
