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
// warc: the bytes are read as a WARC file, which may be gzip-compressed and, uncompressed,
// legitimately holds binary records (images, fonts), so only the file signatures apply:
// the control-byte share is not checked.
std::optional<LoadError> refuseBinary(const QByteArray &bytes, const QString &path, bool warc);

} // namespace galley
