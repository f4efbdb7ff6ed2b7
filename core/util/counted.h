#pragma once

#include <QString>

namespace galley {

// "1 document", "3 documents": a count with its noun, for messages.
QString counted(qint64 count, const QString &one, const QString &many);

} // namespace galley
