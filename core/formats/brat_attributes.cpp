#include "formats/brat_attributes.h"

#include <QRegularExpression>

namespace galley {

bool isBratAttribute(const QString &key, const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    static const QRegularExpression word(QStringLiteral("^[A-Za-z0-9_-]+$"));
    return (key == QLatin1StringView("kind") || key == QLatin1StringView("modifier"))
           && value.typeId() == QMetaType::QString && word.match(value.toString()).hasMatch();
}

} // namespace galley
