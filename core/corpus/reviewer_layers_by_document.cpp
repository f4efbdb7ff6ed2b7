#include "corpus/reviewer_layers_by_document.h"

namespace galley {

Expected<QList<std::pair<LayerRow, ReviewedDocument>>, QString> reviewerLayersByDocument(Corpus &corpus, bool doneOnly)
{
    const auto layers = listLayers(corpus);
    if (!layers)
        return layers.error();
    QMap<qint64, QList<LayerRow>> byDocument;
    for (const LayerRow &layer : *layers) {
        if (layer.reviewer == Corpus::detectorLayer() || layer.reviewer == Corpus::goldLayer())
            continue;
        if (doneOnly && layer.status != documentStatusName(DocumentStatus::Done))
            continue;
        byDocument[layer.documentId].append(layer);
    }
    QList<std::pair<LayerRow, ReviewedDocument>> documents;
    for (auto it = byDocument.cbegin(); it != byDocument.cend(); ++it) {
        if (it->size() < 2)
            continue;
        ReviewedDocument document{it->first().contentHash, {}};
        for (const LayerRow &row : *it) {
            auto set = readLayer(corpus, row);
            if (!set)
                return set.error();
            document.layers.append(std::move(*set));
        }
        documents.append({it->first(), document});
    }
    return documents;
}

} // namespace galley
