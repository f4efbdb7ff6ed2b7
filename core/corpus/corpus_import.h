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
    int damaged = 0;      // files loaded in part (a truncated WARC): their whole records are imported
};

// Where an import's processor time went, in nanoseconds, summed over threads: the workers run
// the first four stages, the writer thread the rest.
struct ImportStageTimes
{
    qint64 load = 0;        // reading, hashing, decoding and parsing the files
    qint64 extract = 0;     // the article extractor
    qint64 annotate = 0;    // the detectors
    qint64 serialize = 0;   // annotation files and label counts
    qint64 write = 0;       // pages and annotation files into the corpus
    qint64 sync = 0;        // flushing them to disk before each commit
    qint64 sql = 0;         // the rows, one transaction per batch
    qint64 syncWall = 0;    // wall time the writer waited for the disk in `sync`

    ImportStageTimes &operator+=(const ImportStageTimes &other);
};

struct ImportSummary
{
    ImportProgress counts;
    QStringList problems;   // "FILE: problem", one per failed or damaged file
    ImportStageTimes times;
};

// Imports saved pages (files, folders, WARC archives; see collectPageFiles) into the corpus.
// Pages are loaded, extracted and pre-annotated (when `annotator` is given, shared read-only) on
// every core while this thread writes what is ready: each document's files are written
// atomically, and every `batchSize` documents (or each second) they are synced and their rows
// committed in one transaction, so an import killed at any point leaves only whole documents,
// and a rerun skips the ones already in (by content hash) and continues.
ImportSummary importIntoCorpus(Corpus &corpus, const QStringList &inputs, const Annotator *annotator,
                               const std::function<void(const ImportProgress &)> &progress = {},
                               int batchSize = 64);

} // namespace galley
