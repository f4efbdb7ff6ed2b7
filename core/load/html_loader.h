#pragma once

#include "load/load_error.h"
#include "load/page.h"
#include "util/expected.h"

#include <QByteArray>
#include <QString>

namespace galley {

// Decodes HTML bytes (BOM → declaredLabel → <meta> → detection → windows-1252) and parses
// them with gumbo. declaredLabel comes from an HTTP header or MIME part and counts as "http".
// The page's sourcePath is `name`; its contentHash covers `bytes`.
Expected<Page, LoadError> decodeHtmlPage(const QByteArray &bytes, const QString &name,
                                         const QByteArray &declaredLabel = {});

// The encoding a <meta charset> or <meta http-equiv=content-type> in the first bytes
// declares (or, failing those, an XHTML <?xml encoding=...?> declaration), mapped as
// browsers map it; empty when there is none (or it names no encoding).
QString metaDeclaredEncoding(const QByteArray &bytes);

// A saved "Web page, complete" or single-file HTML page; resources come from its folder.
Expected<Page, LoadError> loadHtmlFile(const QByteArray &bytes, const QString &path);

} // namespace galley
