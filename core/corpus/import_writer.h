#pragma once

#include "corpus/corpus.h"
#include "corpus/import_preparation.h"

#include <QList>
#include <QString>

#include <optional>

namespace galley {

// Writes `bytes` to a temporary file beside `path` and renames it into place, without syncing:
// a killed process leaves the old file or the new one, never a part. Durability against power
// loss comes from syncCorpusFiles() before the rows naming the files are committed.
std::optional<QString> writeFileByRename(const QString &path, const QByteArray &bytes);

// Flushes every file written since the last call to disk: one syncfs() of the corpus's file
// system (one journal commit) instead of an fsync per file, which costs ~10 ms each here.
std::optional<QString> syncCorpusFiles(const Corpus &corpus);

struct ImportRow
{
    const PreparedFile *file;
    const PreparedDocument *document;
};

// The rows of whole documents (their files already written and synced) in one transaction.
std::optional<QString> commitImportRows(Corpus &corpus, const QList<ImportRow> &rows);

} // namespace galley
