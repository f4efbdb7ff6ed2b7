#include "corpus/layer_labels.h"

#include <QSqlQuery>

namespace galley {

QMap<QString, int> labelCounts(const AnnotationSet &set)
{
    QMap<QString, int> counts;
    for (const Span &span : set.spans) {
        if (span.status != ReviewStatus::Rejected)
            ++counts[span.label];
    }
    return counts;
}

bool storeLayerLabels(QSqlDatabase &database, qint64 documentId, const QString &reviewer,
                      const QMap<QString, int> &counts)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("DELETE FROM layer_labels WHERE document_id = ? AND reviewer = ?"));
    query.addBindValue(documentId);
    query.addBindValue(reviewer);
    if (!query.exec())
        return false;
    query.prepare(QStringLiteral("INSERT INTO layer_labels (document_id, reviewer, label, count) VALUES (?, ?, ?, ?)"));
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        query.addBindValue(documentId);
        query.addBindValue(reviewer);
        query.addBindValue(it.key());
        query.addBindValue(it.value());
        if (!query.exec())
            return false;
    }
    return true;
}

} // namespace galley
