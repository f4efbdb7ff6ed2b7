#pragma once

#include "corpus/corpus_import.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

namespace galley {

class Annotator;

// One document ready to be written: everything the slow part (load, extract, annotate) made.
struct PreparedDocument
{
    QString contentHash;
    int record = -1;
    QString site;
    QString title;
    QString text;
    QByteArray annotationJson;
    QMap<QString, int> labelCounts;
};

struct PreparedFile
{
    QString path;
    QString fileHash;       // names the stored copy of the saved page
    QByteArray bytes;       // the saved page, copied into the corpus when one of its documents is new
    QList<PreparedDocument> documents;
    int duplicates = 0;     // documents whose content hash was in `knownHashes`
    QString problem;        // the file could not be read or loaded: nothing of it is imported
    QStringList warnings;   // loaded with damage (a truncated WARC): its whole records still import
    ImportStageTimes times;
};

// Loads, extracts and pre-annotates one file (on a worker thread: it reads nothing shared but
// the immutable `knownHashes` and the const annotator). Documents whose content hash is in
// `knownHashes` are counted as duplicates and not annotated.
PreparedFile prepareImportFile(const QString &path, const QSet<QString> &knownHashes, const Annotator *annotator);

// "pages/FILEHASH.SUFFIX", relative to the corpus folder.
QString storedPageName(const PreparedFile &file);

} // namespace galley
