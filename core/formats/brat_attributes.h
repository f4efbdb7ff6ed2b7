#pragma once

#include <QString>
#include <QVariant>

namespace galley {

inline constexpr auto kBratStatusAttribute = QLatin1StringView("Status");

// Whether a span attribute is written as a brat A line (an enumerable value brat can offer in
// a menu, or a flag) rather than in the notes: quote kinds and number modifiers, and true flags.
bool isBratAttribute(const QString &key, const QVariant &value);

} // namespace galley
