#include "corpus/import_writer.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace galley {

namespace {

// SQLite binds a null QString as NULL; the columns are NOT NULL and empty means "unknown".
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

std::optional<QString> rolledBack(QSqlDatabase &database, const QString &problem)
{
    database.rollback();
    return problem;
}

} // namespace

std::optional<QString> writeFileByRename(const QString &path, const QByteArray &bytes)
{
    const QString temporary = path + QStringLiteral(".importing");
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return path + QStringLiteral(": cannot write: ") + file.errorString();
    }
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const QString problem = path + QStringLiteral(": cannot write: ") + file.errorString();
        file.remove();
        return problem;
    }
    file.close();
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(temporary);
        return path + QStringLiteral(": cannot write: ") + QString::fromLocal8Bit(std::strerror(errno));
    }
    return std::nullopt;
}

std::optional<QString> syncCorpusFiles(const Corpus &corpus)
{
#ifdef Q_OS_LINUX
    const int folder = ::open(QFile::encodeName(corpus.folder()).constData(), O_RDONLY | O_DIRECTORY);
    if (folder < 0)
        return corpus.folder() + QStringLiteral(": cannot open the folder to sync it");
    const int synced = ::syncfs(folder);
    ::close(folder);
    if (synced != 0)
        return corpus.folder() + QStringLiteral(": cannot sync the written files: ")
             + QString::fromLocal8Bit(std::strerror(errno));
#else
    ::sync();
#endif
    return std::nullopt;
}

std::optional<QString> commitImportRows(Corpus &corpus, const QList<ImportRow> &rows)
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
    QSqlQuery label(database);
    label.prepare(QStringLiteral("INSERT INTO layer_labels (document_id, reviewer, label, count) VALUES (?, ?, ?, ?)"));
    const QString detectors = Corpus::detectorLayer();
    for (const auto &[file, prepared] : rows) {
        for (const QVariant &value : {QVariant(prepared->contentHash), QVariant(file->path), QVariant(prepared->record),
                                      QVariant(storedPageName(*file)), text(prepared->site), text(prepared->title),
                                      text(prepared->text), QVariant(now)})
            document.addBindValue(value);
        if (!document.exec())
            return rolledBack(database, document.lastError().text());
        const qint64 id = document.lastInsertId().toLongLong();
        for (const QVariant &value : {QVariant(id), QVariant(detectors),
                                      QVariant(Corpus::layerFile(prepared->contentHash, detectors)), QVariant(now),
                                      QVariant(now)})
            layer.addBindValue(value);
        if (!layer.exec())
            return rolledBack(database, layer.lastError().text());
        // A new document has no label rows yet: plain inserts (storeLayerLabels would delete first).
        for (auto it = prepared->labelCounts.cbegin(); it != prepared->labelCounts.cend(); ++it) {
            for (const QVariant &value : {QVariant(id), QVariant(detectors), QVariant(it.key()), QVariant(it.value())})
                label.addBindValue(value);
            if (!label.exec())
                return rolledBack(database, label.lastError().text());
        }
    }
    if (!database.commit())
        return rolledBack(database, database.lastError().text());
    return std::nullopt;
}

} // namespace galley
