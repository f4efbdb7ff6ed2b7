#pragma once

#include "corpus/corpus.h"

#include <QStringList>

#include <functional>

namespace galley {

class Annotator;

struct ImportProgress
{
    int filesDone = 0;
    int filesTotal = 0;
    int imported = 0;     // new documents
    int duplicates = 0;   // documents whose content hash the corpus already had
    int failed = 0;       // files that could not be loaded
};

struct ImportSummary
{
    ImportProgress counts;
    QStringList problems;   // "FILE: problem", one per failed file
};

// Imports saved pages (files, folders, WARC archives; see collectPageFiles) into the corpus.
// Pages are loaded, extracted and pre-annotated (when `annotator` is given) on every core;
// each batch's files are written first (atomically) and its rows committed in one transaction,
// so an import killed at any point leaves only whole documents, and a rerun skips the ones
// already in (by content hash) and continues. `batchSize` files go to the workers at a time.
ImportSummary importIntoCorpus(Corpus &corpus, const QStringList &inputs, const Annotator *annotator,
                               const std::function<void(const ImportProgress &)> &progress = {},
                               int batchSize = 64);

} // namespace galley
