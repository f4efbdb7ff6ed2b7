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

// Reviewers edit their files (the GUI, by hand): records each file's document status and label
// counts where the file changed since it was recorded.
std::optional<QString> syncLayers(Corpus &corpus);

} // namespace galley
