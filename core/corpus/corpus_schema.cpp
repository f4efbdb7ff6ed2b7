#include "corpus/corpus_schema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace galley {

namespace {

// Migration N takes the database from version N − 1 to N. Never edit a shipped migration.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps{
        {
            // Documents: one per distinct content (SHA-256 of the page's source bytes, hex).
            // Offsets never live here: the annotation files carry them, in code points.
            QStringLiteral("CREATE TABLE documents ("
                           " id INTEGER PRIMARY KEY,"
                           " content_hash TEXT NOT NULL UNIQUE,"
                           " source TEXT NOT NULL,"        // the path the page was imported from
                           " record INTEGER NOT NULL,"     // WARC record, else -1
                           " stored_page TEXT NOT NULL,"   // relative to the corpus folder
                           " site TEXT NOT NULL,"
                           " title TEXT NOT NULL,"
                           " text TEXT NOT NULL,"
                           " imported_at TEXT NOT NULL)"),   // ISO 8601 UTC
            // One layer per document and reviewer; the reviewer '' is the detectors' pre-annotation
            // and 'gold' the adjudicated layer.
            QStringLiteral("CREATE TABLE layers ("
                           " document_id INTEGER NOT NULL REFERENCES documents(id),"
                           " reviewer TEXT NOT NULL,"
                           " status TEXT NOT NULL,"   // documentStatusName(): not-started, in-progress, done, adjudicated
                           " notes TEXT NOT NULL DEFAULT '',"
                           " file TEXT NOT NULL,"     // annotation file, relative to the corpus folder
                           " created_at TEXT NOT NULL,"
                           " modified_at TEXT NOT NULL,"
                           " PRIMARY KEY (document_id, reviewer))"),
            QStringLiteral("CREATE INDEX layers_by_reviewer ON layers(reviewer, status)"),
            // Label counts per layer, for search by label and balanced splits.
            QStringLiteral("CREATE TABLE layer_labels ("
                           " document_id INTEGER NOT NULL, reviewer TEXT NOT NULL, label TEXT NOT NULL,"
                           " count INTEGER NOT NULL, PRIMARY KEY (document_id, reviewer, label))"),
            QStringLiteral("CREATE INDEX layer_labels_by_label ON layer_labels(label)"),
            // Adjudication decisions, one per conflict, with who decided and when.
            QStringLiteral("CREATE TABLE decisions ("
                           " document_id INTEGER NOT NULL, conflict TEXT NOT NULL, choice TEXT NOT NULL,"
                           " curator TEXT NOT NULL, decided_at TEXT NOT NULL, PRIMARY KEY (document_id, conflict))"),
        },
        {
            // Substring search over 100,000 texts: a trigram index answers LIKE '%…%' (3+ characters).
            QStringLiteral("CREATE VIRTUAL TABLE documents_text USING fts5(text, content='documents', "
                           "content_rowid='id', tokenize='trigram')"),
            QStringLiteral("INSERT INTO documents_text(documents_text) VALUES ('rebuild')"),
            QStringLiteral("CREATE TRIGGER documents_text_insert AFTER INSERT ON documents BEGIN "
                           "INSERT INTO documents_text(rowid, text) VALUES (new.id, new.text); END"),
            QStringLiteral("CREATE TRIGGER documents_text_delete AFTER DELETE ON documents BEGIN "
                           "INSERT INTO documents_text(documents_text, rowid, text) VALUES ('delete', old.id, old.text); END"),
        },
    };
    return steps;
}

QString lastError(const QSqlQuery &query)
{
    return query.lastError().text() + QStringLiteral(" (") + query.lastQuery() + u')';
}

} // namespace

std::optional<QString> migrateCorpusSchema(QSqlDatabase &database, int targetVersion)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return lastError(query);
    const int version = query.value(0).toInt();
    if (version > kCorpusSchemaVersion)
        return QStringLiteral("the corpus database has schema version %1; this Galley reads up to %2")
            .arg(version)
            .arg(kCorpusSchemaVersion);
    for (int next = version + 1; next <= std::min(targetVersion, kCorpusSchemaVersion); ++next) {
        if (!database.transaction())
            return database.lastError().text();
        for (const QString &statement : migrations()[next - 1]) {
            if (!query.exec(statement)) {
                const QString problem = lastError(query);
                database.rollback();
                return problem;
            }
        }
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(next)) || !database.commit()) {
            const QString problem = lastError(query);
            database.rollback();
            return problem;
        }
    }
    return std::nullopt;
}

} // namespace galley
