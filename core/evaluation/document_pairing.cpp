#include "evaluation/document_pairing.h"

#include <QHash>

namespace galley {

namespace {

QString sourceKey(const AnnotationSet &set)
{
    if (set.sourcePath.isEmpty())
        return {};
    return set.record >= 0 ? set.sourcePath + QStringLiteral(" record ") + QString::number(set.record) : set.sourcePath;
}

} // namespace

QString documentId(const AnnotationSet &set, qsizetype index, const QStringList &origins)
{
    const QString key = sourceKey(set);
    if (!key.isEmpty())
        return key;
    return index < origins.size() ? origins[index] : QStringLiteral("#%1").arg(index + 1);
}

QList<DocumentPair> pairDocuments(const QList<AnnotationSet> &gold, const QList<AnnotationSet> &predicted,
                                  QStringList &warnings, const QStringList &goldOrigins,
                                  const QStringList &predictedOrigins)
{
    QHash<QString, qsizetype> predictedBySource;
    QMultiHash<QString, qsizetype> predictedByText;
    for (qsizetype i = 0; i < predicted.size(); ++i) {
        const QString key = sourceKey(predicted[i]);
        if (!key.isEmpty())
            predictedBySource.insert(key, i);
        predictedByText.insert(predicted[i].text, i);
    }
    QList<bool> claimed(predicted.size(), false);
    QList<DocumentPair> pairs;
    for (qsizetype g = 0; g < gold.size(); ++g) {
        DocumentPair pair{documentId(gold[g], g, goldOrigins), &gold[g], nullptr};
        qsizetype partner = -1;
        const QString key = sourceKey(gold[g]);
        if (!key.isEmpty() && predictedBySource.contains(key)) {
            partner = predictedBySource.value(key);
        } else {
            // Several predicted documents may share a text; take the first one not yet claimed.
            const QList<qsizetype> sameText = predictedByText.values(gold[g].text);
            for (auto it = sameText.crbegin(); it != sameText.crend(); ++it) {
                if (!claimed[*it]) {
                    partner = *it;
                    break;
                }
            }
        }
        if (partner >= 0 && claimed[partner])
            partner = -1;
        if (partner >= 0 && predicted[partner].text != gold[g].text) {
            warnings.append(QStringLiteral("%1: the predicted text (%2) differs from the gold text; scored as not predicted")
                                .arg(pair.id, documentId(predicted[partner], partner, predictedOrigins)));
            claimed[partner] = true;
            partner = -1;
        } else if (partner >= 0) {
            claimed[partner] = true;
            pair.predicted = &predicted[partner];
        } else {
            warnings.append(QStringLiteral("%1: no predicted document; every gold span counts as missed").arg(pair.id));
        }
        pairs.append(pair);
    }
    for (qsizetype p = 0; p < predicted.size(); ++p) {
        if (!claimed[p])
            warnings.append(QStringLiteral("%1: predicted document has no gold document; left out")
                                .arg(documentId(predicted[p], p, predictedOrigins)));
    }
    return pairs;
}

} // namespace galley
