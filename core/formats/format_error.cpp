#include "formats/format_error.h"

namespace galley {

QString FormatError::toString() const
{
    if (line > 0)
        return file + u':' + QString::number(line) + QStringLiteral(": ") + problem;
    return file + QStringLiteral(": ") + problem;
}

} // namespace galley
