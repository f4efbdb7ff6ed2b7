#include "corpus/corpus_documents.h"

#include <QSqlError>
#include <QSqlQuery>

namespace galley {

namespace {

QString likePattern(QString text)
{
    text.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    return u'%' + text + u'%';
}

} // namespace

Expected<QList<CorpusDocument>, QString> findDocuments(Corpus &corpus, const DocumentFilter &filter)
{
    QString sql = QStringLiteral("SELECT d.id, d.content_hash, d.source, d.record, d.site, d.title FROM documents d WHERE 1");
    QVariantList values;
    if (!filter.text.isEmpty()) {
        sql += QStringLiteral(" AND d.text LIKE ? ESCAPE '\\'");
        values.append(likePattern(filter.text));
    }
    if (!filter.label.isEmpty()) {
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM layer_labels l WHERE l.document_id = d.id AND l.label = ?");
        values.append(filter.label);
        if (!filter.reviewer.isEmpty()) {
            sql += QStringLiteral(" AND l.reviewer = ?");
            values.append(filter.reviewer);
        }
        sql += u')';
    }
    if (!filter.status.isEmpty() || !filter.reviewer.isEmpty()) {
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM layers y WHERE y.document_id = d.id");
        if (!filter.reviewer.isEmpty()) {
            sql += QStringLiteral(" AND y.reviewer = ?");
            values.append(filter.reviewer);
        } else {
            sql += QStringLiteral(" AND y.reviewer <> 'detectors'");
        }
        if (!filter.status.isEmpty()) {
            sql += QStringLiteral(" AND y.status = ?");
            values.append(filter.status);
        }
        sql += u')';
    }
    sql += QStringLiteral(" ORDER BY d.id");
    if (filter.limit >= 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    QSqlQuery query(corpus.database());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec())
        return query.lastError().text();
    QList<CorpusDocument> documents;
    QHash<qint64, qsizetype> indexById;
    while (query.next()) {
        indexById.insert(query.value(0).toLongLong(), documents.size());
        documents.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                          query.value(3).toInt(), query.value(4).toString(), query.value(5).toString(), {}});
    }
    if (documents.isEmpty())
        return documents;
    QSqlQuery layers(corpus.database());
    layers.setForwardOnly(true);
    if (!layers.exec(QStringLiteral("SELECT document_id, reviewer, status FROM layers")))
        return layers.lastError().text();
    while (layers.next()) {
        const auto it = indexById.constFind(layers.value(0).toLongLong());
        if (it != indexById.cend())
            documents[*it].statusByLayer.insert(layers.value(1).toString(), layers.value(2).toString());
    }
    return documents;
}

Expected<StoredDocument, QString> findDocument(Corpus &corpus, const QString &idOrHash)
{
    QSqlQuery query(corpus.database());
    bool isNumber = false;
    const qint64 id = idOrHash.toLongLong(&isNumber);
    if (isNumber) {
        query.prepare(QStringLiteral("SELECT id, content_hash, source, record, site, title, text, stored_page "
                                     "FROM documents WHERE id = ?"));
        query.addBindValue(id);
    } else {
        if (idOrHash.size() < 8)
            return QString(idOrHash + QStringLiteral(": give a document id or at least 8 hex digits of its hash"));
        query.prepare(QStringLiteral("SELECT id, content_hash, source, record, site, title, text, stored_page "
                                     "FROM documents WHERE content_hash >= ? AND content_hash < ? LIMIT 2"));
        query.addBindValue(idOrHash);
        query.addBindValue(QString(idOrHash + u'g'));
    }
    if (!query.exec())
        return query.lastError().text();
    if (!query.next())
        return QString(idOrHash + QStringLiteral(": no such document in the corpus"));
    StoredDocument document{{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                             query.value(3).toInt(), query.value(4).toString(), query.value(5).toString(), {}},
                            query.value(6).toString(), query.value(7).toString()};
    if (query.next())
        return QString(idOrHash + QStringLiteral(": more than one document's hash starts so"));
    QSqlQuery layers(corpus.database());
    layers.prepare(QStringLiteral("SELECT reviewer, status FROM layers WHERE document_id = ?"));
    layers.addBindValue(document.row.id);
    layers.exec();
    while (layers.next())
        document.row.statusByLayer.insert(layers.value(0).toString(), layers.value(1).toString());
    return document;
}

} // namespace galley
