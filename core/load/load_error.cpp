#include "load/load_error.h"

namespace galley {

QString LoadError::toString() const
{
    QString result = file + QStringLiteral(": ") + message;
    if (byteOffset >= 0)
        result += QStringLiteral(" (at byte %1)").arg(byteOffset);
    if (!fragment.isEmpty())
        result += QStringLiteral(": \"%1\"").arg(fragment);
    return result;
}

} // namespace galley
