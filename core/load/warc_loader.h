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
// `wantedRecord`-th when it is >= 0); all other payloads are every page's resources.
Expected<QList<Page>, LoadError> loadWarcFile(const QByteArray &bytes, const QString &path,
                                              int wantedRecord);

// The HTML records for a record picker; payloads are read one at a time and dropped.
Expected<QList<WarcRecordInfo>, LoadError> listWarcRecordsIn(const QByteArray &bytes,
                                                              const QString &path);

} // namespace galley
