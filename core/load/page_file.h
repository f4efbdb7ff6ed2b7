#pragma once

#include "load/load_error.h"
#include "util/expected.h"

#include <QByteArray>
#include <QString>

namespace galley {

// The bytes of a file the user opened, or why there are none: missing, a folder, not a
// regular file, unreadable, empty, or larger than maxBytes.
Expected<QByteArray, LoadError> readPageFile(const QString &path, qint64 maxBytes);

// "is a PNG image, not a saved page" and the like when `bytes` cannot be a saved page.
// allowGzip: a .warc.gz starts with the gzip signature.
std::optional<LoadError> refuseBinary(const QByteArray &bytes, const QString &path, bool allowGzip);

} // namespace galley
