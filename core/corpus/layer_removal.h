#pragma once

#include "corpus/corpus.h"

namespace galley {

// Deletes a document's layer: its row, its label counts (one transaction), then its file.
std::optional<QString> removeLayer(Corpus &corpus, qint64 documentId, const QString &contentHash,
                                   const QString &layer);

} // namespace galley
