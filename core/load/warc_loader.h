#pragma once

#include "load/load_error.h"
#include "load/page.h"
#include "load/page_loader.h"
#include "util/expected.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace galley {

// Every HTML response/resource record of a .warc or .warc.gz as a Page (or only the
// `options.warcRecord`-th when it is >= 0); renderable non-HTML payloads (CSS, images, fonts,
// within the options' caps) are every page's resources.
Expected<QList<Page>, LoadError> loadWarcFile(const QByteArray &bytes, const QString &path,
                                              const LoadOptions &options);

// The HTML records for a record picker; payloads are read one at a time and dropped.
Expected<QList<WarcRecordInfo>, LoadError> listWarcRecordsIn(const QByteArray &bytes,
                                                              const QString &path,
                                                              const LoadOptions &options = {});

} // namespace galley
