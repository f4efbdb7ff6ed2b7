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

// SQLite's trigram index serves LIKE for three characters or more, and only without ESCAPE:
// texts with a wildcard character are searched by scanning.
bool usesTrigramIndex(const QString &text)
{
    return text.size() >= 3 && !text.contains(u'%') && !text.contains(u'_');
}

// " AND …" conditions for `filter` over documents d, with their bound values appended to `values`.
QString filterConditions(const DocumentFilter &filter, QVariantList &values)
{
    QString sql;
    if (usesTrigramIndex(filter.text)) {
        sql += QStringLiteral(" AND d.id IN (SELECT rowid FROM documents_text WHERE text LIKE ?)");
        values.append(QString(u'%' + filter.text + u'%'));
    } else if (!filter.text.isEmpty()) {
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
    return sql;
}

// Each row brings its layers' statuses ("ann=done bob=in-progress") through the layers primary
// key, so a page of results costs that page only.
const QString kDocumentColumns = QStringLiteral(
    "SELECT d.id, d.content_hash, d.source, d.record, d.site, d.title, (SELECT group_concat(y.reviewer || '=' || "
    "y.status, ' ') FROM layers y WHERE y.document_id = d.id) FROM documents d");

Expected<QList<CorpusDocument>, QString> readDocumentRows(QSqlQuery &query)
{
    if (!query.exec())
        return query.lastError().text();
    QList<CorpusDocument> documents;
    while (query.next()) {
        CorpusDocument document{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                                query.value(3).toInt(), query.value(4).toString(), query.value(5).toString(), {}};
        const QString layers = query.value(6).toString();
        for (const QStringView layer : QStringView(layers).split(u' ', Qt::SkipEmptyParts)) {
            const qsizetype equals = layer.lastIndexOf(u'=');
            document.statusByLayer.insert(layer.left(equals).toString(), layer.mid(equals + 1).toString());
        }
        documents.append(std::move(document));
    }
    return documents;
}

} // namespace

Expected<QList<CorpusDocument>, QString> findDocuments(Corpus &corpus, const DocumentFilter &filter)
{
    QVariantList values;
    QString sql = kDocumentColumns + QStringLiteral(" WHERE 1") + filterConditions(filter, values);
    sql += QStringLiteral(" ORDER BY d.id");
    if (filter.limit >= 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    QSqlQuery query(corpus.database());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    return readDocumentRows(query);
}

Expected<QList<CorpusDocument>, QString> findDocumentsAfter(Corpus &corpus, const DocumentFilter &filter, qint64 afterId,
                                                            int limit)
{
    QVariantList values;
    QString sql;
    if (usesTrigramIndex(filter.text)) {
        // Driven by the trigram index in rowid order, so the LIMIT stops the search early; an
        // IN (subquery) would find every match before returning the first.
        DocumentFilter rest = filter;
        rest.text.clear();
        sql = QString(kDocumentColumns).replace(QStringLiteral("FROM documents d"),
                                                QStringLiteral("FROM documents_text t JOIN documents d ON d.id = t.rowid"))
            + QStringLiteral(" WHERE t.text LIKE ? AND t.rowid > ?");
        values = {QString(u'%' + filter.text + u'%'), afterId};
        sql += filterConditions(rest, values) + QStringLiteral(" ORDER BY t.rowid");
    } else {
        sql = kDocumentColumns + QStringLiteral(" WHERE d.id > ?");
        values = {afterId};
        sql += filterConditions(filter, values) + QStringLiteral(" ORDER BY d.id");
    }
    sql += QStringLiteral(" LIMIT %1").arg(limit);
    QSqlQuery query(corpus.database());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    return readDocumentRows(query);
}

Expected<int, QString> countDocuments(Corpus &corpus, const DocumentFilter &filter)
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT COUNT(*) FROM documents d WHERE 1") + filterConditions(filter, values);
    QSqlQuery query(corpus.database());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return query.lastError().text();
    return query.value(0).toInt();
}

Expected<QList<CorpusDocument>, QString> documentsWithIds(Corpus &corpus, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return QList<CorpusDocument>();
    QStringList numbers;
    numbers.reserve(ids.size());
    for (const qint64 id : ids)
        numbers.append(QString::number(id));
    QSqlQuery query(corpus.database());
    query.setForwardOnly(true);
    query.prepare(kDocumentColumns + QStringLiteral(" WHERE d.id IN (") + numbers.join(u',')
                  + QStringLiteral(") ORDER BY d.id"));
    return readDocumentRows(query);
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
