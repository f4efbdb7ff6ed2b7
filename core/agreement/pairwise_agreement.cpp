#include "agreement/pairwise_agreement.h"

#include <QSet>

namespace galley {

QList<PairAgreement> agreementPerPair(const QList<ReviewedDocument> &documents)
{
    QSet<QString> reviewerSet;
    for (const ReviewedDocument &document : documents) {
        for (const AnnotationSet &layer : document.layers)
            reviewerSet.insert(layer.reviewer);
    }
    QStringList reviewers(reviewerSet.cbegin(), reviewerSet.cend());
    reviewers.sort();
    QList<PairAgreement> pairs;
    for (qsizetype a = 0; a < reviewers.size(); ++a) {
        for (qsizetype b = a + 1; b < reviewers.size(); ++b) {
            QList<ReviewedDocument> shared;
            for (const ReviewedDocument &document : documents) {
                ReviewedDocument pair{document.id, {}};
                for (const AnnotationSet &layer : document.layers) {
                    if (layer.reviewer == reviewers[a] || layer.reviewer == reviewers[b])
                        pair.layers.append(layer);
                }
                if (pair.layers.size() == 2)
                    shared.append(pair);
            }
            if (!shared.isEmpty())
                pairs.append({reviewers[a], reviewers[b], computeAgreement(shared)});
        }
    }
    return pairs;
}

} // namespace galley
