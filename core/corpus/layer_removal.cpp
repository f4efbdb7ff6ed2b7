#include "corpus/layer_removal.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace galley {

std::optional<QString> removeLayer(Corpus &corpus, qint64 documentId, const QString &contentHash, const QString &layer)
{
    QSqlDatabase &database = corpus.database();
    if (!database.transaction())
        return database.lastError().text();
    for (const QString &table : {QStringLiteral("layers"), QStringLiteral("layer_labels")}) {
        QSqlQuery query(database);
        query.prepare(QStringLiteral("DELETE FROM %1 WHERE document_id = ? AND reviewer = ?").arg(table));
        query.addBindValue(documentId);
        query.addBindValue(layer);
        if (!query.exec()) {
            const QString problem = query.lastError().text();
            database.rollback();
            return problem;
        }
    }
    if (!database.commit())
        return database.lastError().text();
    // The row goes first: a file left behind by a crash is unlisted, never a row without its file.
    const QString path = corpus.absolutePath(Corpus::layerFile(contentHash, layer));
    if (QFile::exists(path) && !QFile::remove(path))
        return path + QStringLiteral(": cannot remove the layer file");
    return std::nullopt;
}

} // namespace galley
