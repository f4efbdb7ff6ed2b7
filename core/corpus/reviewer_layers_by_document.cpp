#include "corpus/reviewer_layers_by_document.h"

namespace galley {

Expected<ReviewerLayers, QString> reviewerLayersByDocument(Corpus &corpus, bool doneOnly)
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
    ReviewerLayers result;
    for (auto it = byDocument.cbegin(); it != byDocument.cend(); ++it) {
        if (it->size() < 2)
            continue;
        ReviewedDocument document{it->first().contentHash, {}};
        QStringList problems;
        for (const LayerRow &row : *it) {
            auto set = readLayer(corpus, row);
            if (set)
                document.layers.append(std::move(*set));
            else
                problems.append(set.error());
        }
        if (problems.isEmpty()) {
            result.documents.append({it->first(), document});
            continue;
        }
        result.leftOutIds.append(it.key());
        for (const QString &problem : std::as_const(problems))
            result.leftOut.append(QStringLiteral("document %1 left out: %2").arg(it.key()).arg(problem));
    }
    return result;
}

} // namespace galley
