#include "util/counted.h"

namespace galley {

QString counted(qint64 count, const QString &one, const QString &many)
{
    return QString::number(count) + u' ' + (count == 1 ? one : many);
}

} // namespace galley
