#pragma once

#include "load/load_error.h"
#include "load/page.h"
#include "util/expected.h"

#include <QByteArray>
#include <QString>

namespace galley {

// A plain-text copy of a page: decoded verbatim (line ends kept), with byte checkpoints
// so Page::sourceByteOffset maps UTF-16 offsets back to the file.
Expected<Page, LoadError> loadTextFile(const QByteArray &bytes, const QString &path);

} // namespace galley
