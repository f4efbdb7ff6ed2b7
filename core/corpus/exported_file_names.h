#pragma once

#include "formats/format_files.h"

#include <QStringList>

namespace galley {

// The name a corpus export gives a document's own files: its id and the start of its content
// hash, as the split manifest lists them ("0007-b5954eee").
QString exportedDocumentName(qint64 id, const QString &contentHash);

// Renames the per-document files a writer named after `stem` ("train-3.ann", or "train.ann" for
// one set) after the documents they hold, `documentNames` in the order of the sets written.
// Files of the whole collection ("annotation.conf") keep their names.
void nameFilesAfterDocuments(FormatFiles &files, const QString &stem, const QStringList &documentNames);

} // namespace galley
