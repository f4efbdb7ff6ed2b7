#pragma once

#include "annotation/annotation_set.h"
#include "corpus/corpus.h"

#include <QList>

namespace galley {

struct LayerRow
{
    qint64 documentId = 0;
    QString contentHash;
    QString reviewer;
    QString status;
    QString file;   // relative to the corpus folder
};

// Layers of documents, in document order; `reviewers` empty: all layers.
Expected<QList<LayerRow>, QString> listLayers(Corpus &corpus, const QStringList &reviewers = {});

Expected<AnnotationSet, QString> readLayer(const Corpus &corpus, const LayerRow &layer);

// Writes the layer's annotation file atomically, then records its status and label counts
// (one transaction). The file comes first: a crash in between leaves a file the next
// syncLayers records.
std::optional<QString> saveLayer(Corpus &corpus, qint64 documentId, const QString &contentHash, const AnnotationSet &set);

// Records the status and label counts of one layer from its file as it is on disk (after
// AnnotationDocument saved it), creating the layer's row when the document had none for it.
std::optional<QString> recordLayerFile(Corpus &corpus, qint64 documentId, const QString &contentHash,
                                       const QString &reviewer);

// Sets a layer's status in the database only (the file follows when the reviewer saves).
std::optional<QString> setLayerStatus(Corpus &corpus, qint64 documentId, const QString &reviewer,
                                      const QString &status);

// Reviewers edit their files (the GUI, by hand): records each file's document status and label
// counts where the file changed since it was recorded. A file that cannot be read (damaged by
// hand, cut short) keeps what was recorded last and does not stop the others: the result lists
// one message per such file, naming it and its problem.
Expected<QStringList, QString> syncLayers(Corpus &corpus);

} // namespace galley
