#pragma once

#include "load/load_error.h"
#include "load/page.h"
#include "util/expected.h"

#include <QByteArray>
#include <QString>

namespace galley {

// An MHTML archive as Chrome and Edge save it (multipart/related). The main document is
// the text/html part at Snapshot-Content-Location, else the first text/html part; every
// other part becomes a resource under its absolute Content-Location and its "cid:" name.
Expected<Page, LoadError> loadMhtmlFile(const QByteArray &bytes, const QString &path);

} // namespace galley
