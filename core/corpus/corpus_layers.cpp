#include "corpus/corpus_layers.h"

#include "annotation/annotation_file.h"
#include "corpus/layer_labels.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace galley {

namespace {

std::optional<QString> recordLayer(Corpus &corpus, qint64 documentId, const QString &contentHash,
                                   const AnnotationSet &set, const QString &modifiedAt)
{
    QSqlDatabase &database = corpus.database();
    if (!database.transaction())
        return database.lastError().text();
    QSqlQuery query(database);
    query.prepare(QStringLiteral(
        "INSERT INTO layers (document_id, reviewer, status, notes, file, created_at, modified_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (document_id, reviewer) DO UPDATE SET "
        "status = excluded.status, notes = excluded.notes, modified_at = excluded.modified_at"));
    for (const QVariant &value : {QVariant(documentId), QVariant(set.reviewer),
                                  QVariant(documentStatusName(set.document.status)), QVariant(set.document.notes.isNull() ? QStringLiteral("") : set.document.notes),
                                  QVariant(Corpus::layerFile(contentHash, set.reviewer)), QVariant(modifiedAt),
                                  QVariant(modifiedAt)})
        query.addBindValue(value);
    if (!query.exec() || !storeLayerLabels(database, documentId, set.reviewer, labelCounts(set))) {
        const QString problem = query.lastError().text();
        database.rollback();
        return problem;
    }
    if (!database.commit())
        return database.lastError().text();
    return std::nullopt;
}

QString fileTime(const QString &path)
{
    return QFileInfo(path).lastModified().toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

Expected<QList<LayerRow>, QString> listLayers(Corpus &corpus, const QStringList &reviewers)
{
    QSqlQuery query(corpus.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT y.document_id, d.content_hash, y.reviewer, y.status, y.file FROM layers y "
                                   "JOIN documents d ON d.id = y.document_id ORDER BY y.document_id, y.reviewer")))
        return query.lastError().text();
    QList<LayerRow> layers;
    while (query.next()) {
        LayerRow row{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                     query.value(3).toString(), query.value(4).toString()};
        if (reviewers.isEmpty() || reviewers.contains(row.reviewer))
            layers.append(row);
    }
    return layers;
}

Expected<AnnotationSet, QString> readLayer(const Corpus &corpus, const LayerRow &layer)
{
    const QString path = corpus.absolutePath(layer.file);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString(path + QStringLiteral(": cannot read the layer: ") + file.errorString());
    auto set = parseAnnotationFile(file.readAll(), path);
    if (!set)
        return set.error().message();
    set->reviewer = layer.reviewer;
    return std::move(*set);
}

std::optional<QString> saveLayer(Corpus &corpus, qint64 documentId, const QString &contentHash, const AnnotationSet &set)
{
    const QString path = corpus.absolutePath(Corpus::layerFile(contentHash, set.reviewer));
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    const QByteArray json = annotationFileJson(set);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return path + QStringLiteral(": cannot write: ") + file.errorString();
    return recordLayer(corpus, documentId, contentHash, set, fileTime(path));
}

std::optional<QString> recordLayerFile(Corpus &corpus, qint64 documentId, const QString &contentHash,
                                       const QString &reviewer)
{
    const LayerRow row{documentId, contentHash, reviewer, {}, Corpus::layerFile(contentHash, reviewer)};
    const auto set = readLayer(corpus, row);
    if (!set)
        return set.error();
    return recordLayer(corpus, documentId, contentHash, *set, fileTime(corpus.absolutePath(row.file)));
}

std::optional<QString> setLayerStatus(Corpus &corpus, qint64 documentId, const QString &reviewer,
                                      const QString &status)
{
    QSqlQuery query(corpus.database());
    query.prepare(QStringLiteral("UPDATE layers SET status = ? WHERE document_id = ? AND reviewer = ?"));
    for (const QVariant &value : {QVariant(status), QVariant(documentId), QVariant(reviewer)})
        query.addBindValue(value);
    if (!query.exec())
        return query.lastError().text();
    return std::nullopt;
}

Expected<QStringList, QString> syncLayers(Corpus &corpus)
{
    QSqlQuery query(corpus.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT y.document_id, d.content_hash, y.reviewer, y.status, y.file, y.modified_at "
                                   "FROM layers y JOIN documents d ON d.id = y.document_id WHERE y.reviewer <> 'detectors'")))
        return query.lastError().text();
    QList<std::pair<LayerRow, QString>> changed;
    while (query.next()) {
        const LayerRow row{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                           query.value(3).toString(), query.value(4).toString()};
        const QString path = corpus.absolutePath(row.file);
        if (QFileInfo::exists(path) && fileTime(path) > query.value(5).toString())
            changed.append({row, fileTime(path)});
    }
    QStringList unreadable;
    for (const auto &[row, time] : std::as_const(changed)) {
        const auto set = readLayer(corpus, row);
        if (!set) {
            unreadable.append(set.error());
            continue;
        }
        if (const auto problem = recordLayer(corpus, row.documentId, row.contentHash, *set, time))
            return *problem;
    }
    return unreadable;
}

} // namespace galley
