#include "corpus/corpus_import.h"

#include "annotation/annotation_file.h"
#include "corpus/import_inputs.h"
#include "corpus/layer_labels.h"
#include "extract/article_extractor.h"
#include "load/page_loader.h"
#include "pipeline/annotator.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QThreadPool>
#include <QUrl>

namespace galley {

namespace {

// One document ready to be written: everything the slow part (load, extract, annotate) made.
struct PreparedDocument
{
    QString contentHash;
    QString source;
    int record = -1;
    QString site;
    QString title;
    QString text;
    QByteArray annotationJson;
    QMap<QString, int> labelCounts;
};

struct PreparedFile
{
    QString path;
    QString fileHash;   // names the stored copy of the saved page
    QList<PreparedDocument> documents;
    int duplicates = 0;
    QString problem;
};

QString storedPageName(const PreparedFile &file)
{
    QString suffix = QFileInfo(file.path).completeSuffix().toLower();
    return QStringLiteral("pages/") + file.fileHash + (suffix.isEmpty() ? QString() : u'.' + suffix);
}

QString siteOf(const Article &article, const Page &page)
{
    if (!article.site.isEmpty())
        return article.site;
    const QString host = QUrl(page.url).host();
    return host.startsWith(QLatin1String("www.")) ? host.mid(4) : host;
}

// Runs on a worker thread: reads only the file and the hashes known before this batch.
PreparedFile prepare(const QString &path, const QSet<QString> &knownHashes, const Annotator *annotator)
{
    PreparedFile prepared{path, {}, {}, 0, {}};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        prepared.problem = path + QStringLiteral(": cannot read the file: ") + file.errorString();
        return prepared;
    }
    QCryptographicHash fileHash(QCryptographicHash::Sha256);
    fileHash.addData(&file);
    prepared.fileHash = QString::fromLatin1(fileHash.result().toHex());
    const auto pages = loadPages(path);
    if (!pages) {
        prepared.problem = pages.error().toString();
        return prepared;
    }
    for (const Page &page : *pages) {
        const QString contentHash = QString::fromLatin1(page.contentHash.toHex());
        if (knownHashes.contains(contentHash)) {
            ++prepared.duplicates;
            continue;
        }
        const Article article = extractArticle(page);
        AnnotationSet set;
        if (annotator) {
            set = annotator->annotate(article, page);
        } else {
            set.sourcePath = page.sourcePath;
            set.record = page.record;
            set.contentHash = contentHash;
            set.text = article.text;
        }
        set.reviewer = Corpus::detectorLayer();
        prepared.documents.append({contentHash, path, page.record, siteOf(article, page), article.title, article.text,
                                   annotationFileJson(set), labelCounts(set)});
    }
    return prepared;
}

QList<PreparedFile> prepareBatch(const QStringList &paths, const QSet<QString> &knownHashes, const Annotator *annotator)
{
    QList<PreparedFile> results(paths.size());
    QThreadPool pool;
    pool.setMaxThreadCount(QThread::idealThreadCount());
    for (qsizetype i = 0; i < paths.size(); ++i)
        pool.start([&, i] { results[i] = prepare(paths[i], knownHashes, annotator); });
    pool.waitForDone();
    return results;
}

std::optional<QString> writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return path + QStringLiteral(": cannot write: ") + file.errorString();
    return std::nullopt;
}

std::optional<QString> copyPage(const Corpus &corpus, const PreparedFile &file)
{
    const QString target = corpus.absolutePath(storedPageName(file));
    if (QFileInfo::exists(target))
        return std::nullopt;
    QFile source(file.path);
    if (!source.open(QIODevice::ReadOnly))
        return file.path + QStringLiteral(": cannot read the file: ") + source.errorString();
    return writeFileAtomically(target, source.readAll());
}

QSet<QString> knownContentHashes(Corpus &corpus)
{
    QSet<QString> hashes;
    QSqlQuery query(corpus.database());
    query.exec(QStringLiteral("SELECT content_hash FROM documents"));
    while (query.next())
        hashes.insert(query.value(0).toString());
    return hashes;
}

// SQLite binds a null QString as NULL; the columns are NOT NULL and empty means "unknown".
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

// The batch's rows in one transaction; the files they name are already on disk.
std::optional<QString> commitBatch(Corpus &corpus, const QList<std::pair<const PreparedFile *, const PreparedDocument *>> &rows)
{
    QSqlDatabase &database = corpus.database();
    if (!database.transaction())
        return database.lastError().text();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QSqlQuery document(database);
    document.prepare(QStringLiteral("INSERT INTO documents (content_hash, source, record, stored_page, site, title, text, "
                                    "imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery layer(database);
    layer.prepare(QStringLiteral("INSERT INTO layers (document_id, reviewer, status, file, created_at, modified_at) "
                                 "VALUES (?, ?, 'done', ?, ?, ?)"));
    for (const auto &[file, prepared] : rows) {
        for (const QVariant &value : {QVariant(prepared->contentHash), QVariant(prepared->source),
                                      QVariant(prepared->record), QVariant(storedPageName(*file)),
                                      text(prepared->site), text(prepared->title), text(prepared->text),
                                      QVariant(now)})
            document.addBindValue(value);
        if (!document.exec()) {
            const QString problem = document.lastError().text();
            database.rollback();
            return problem;
        }
        const qint64 id = document.lastInsertId().toLongLong();
        for (const QVariant &value : {QVariant(id), QVariant(Corpus::detectorLayer()),
                                      QVariant(Corpus::layerFile(prepared->contentHash, Corpus::detectorLayer())),
                                      QVariant(now), QVariant(now)})
            layer.addBindValue(value);
        if (!layer.exec() || !storeLayerLabels(database, id, Corpus::detectorLayer(), prepared->labelCounts)) {
            const QString problem = layer.lastError().text();
            database.rollback();
            return problem;
        }
    }
    if (!database.commit())
        return database.lastError().text();
    return std::nullopt;
}

} // namespace

ImportSummary importIntoCorpus(Corpus &corpus, const QStringList &inputs, const Annotator *annotator,
                               const std::function<void(const ImportProgress &)> &progress, int batchSize)
{
    ImportSummary summary;
    const QStringList files = collectPageFiles(inputs);
    summary.counts.filesTotal = int(files.size());
    QSet<QString> known = knownContentHashes(corpus);
    if (progress)
        progress(summary.counts);
    for (qsizetype begin = 0; begin < files.size(); begin += batchSize) {
        const QList<PreparedFile> batch = prepareBatch(files.mid(begin, batchSize), known, annotator);
        QList<std::pair<const PreparedFile *, const PreparedDocument *>> rows;
        for (const PreparedFile &file : batch) {
            ++summary.counts.filesDone;
            summary.counts.duplicates += file.duplicates;
            if (!file.problem.isEmpty()) {
                ++summary.counts.failed;
                summary.problems.append(file.problem);
                continue;
            }
            bool pageCopied = false;
            for (const PreparedDocument &document : file.documents) {
                if (known.contains(document.contentHash)) {   // the same content twice in one batch
                    ++summary.counts.duplicates;
                    continue;
                }
                std::optional<QString> problem = pageCopied ? std::nullopt : copyPage(corpus, file);
                pageCopied = true;
                if (!problem)
                    problem = writeFileAtomically(
                        corpus.absolutePath(Corpus::layerFile(document.contentHash, Corpus::detectorLayer())),
                        document.annotationJson);
                if (problem) {
                    ++summary.counts.failed;
                    summary.problems.append(*problem);
                    break;
                }
                known.insert(document.contentHash);
                rows.append({&file, &document});
            }
        }
        if (const auto problem = commitBatch(corpus, rows)) {
            summary.problems.append(corpus.folder() + QStringLiteral(": ") + *problem);
            return summary;
        }
        summary.counts.imported += int(rows.size());
        if (progress)
            progress(summary.counts);
    }
    return summary;
}

} // namespace galley
