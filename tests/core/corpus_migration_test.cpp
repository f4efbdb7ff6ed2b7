// A corpus made by an older Galley: opening it migrates the schema to this build's version and
// keeps every row; a corpus newer than this build is refused, untouched.
#include "corpus/adjudication_decisions.h"
#include "corpus/corpus.h"
#include "corpus/corpus_documents.h"
#include "corpus/corpus_layers.h"
#include "corpus/corpus_schema.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace galley;

namespace {

const QString kHash = QStringLiteral("ab12cd34").repeated(8);

int userVersion(QSqlDatabase &database)
{
    QSqlQuery query(database);
    query.exec(QStringLiteral("PRAGMA user_version"));
    return query.next() ? query.value(0).toInt() : -1;
}

bool exec(QSqlDatabase &database, const QString &statement)
{
    QSqlQuery query(database);
    if (query.exec(statement))
        return true;
    qWarning() << query.lastError().text() << statement;
    return false;
}

// Runs `work` on a connection of its own to FOLDER/corpus.sqlite, closed afterwards (a Corpus
// must be the only one to migrate it).
template<typename Work>
void withRawDatabase(const QString &folder, Work &&work)
{
    const QString name = QStringLiteral("raw-") + folder;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        database.setDatabaseName(QDir(folder).filePath(Corpus::databaseFileName()));
        QVERIFY(database.open());
        work(database);
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

class CorpusMigrationTest : public QObject
{
    Q_OBJECT

private slots:
    void oldestSchema_isMigratedOnOpen_andKeepsItsData()
    {
        QTemporaryDir dir;
        const QString folder = dir.path();
        QVERIFY(QDir(folder).mkpath(QStringLiteral("annotations")));
        withRawDatabase(folder, [](QSqlDatabase &database) {
            QVERIFY(!migrateCorpusSchema(database, 1));   // the oldest schema this code knows
            QCOMPARE(userVersion(database), 1);
            QVERIFY(!exec(database, QStringLiteral("SELECT * FROM documents_text")));   // version 2 adds it
            QVERIFY(exec(database, QStringLiteral("INSERT INTO documents VALUES (7, '%1', 'old/page.html', -1, "
                                                  "'pages/%1.html', 'harbour.example', 'Old title', "
                                                  "'The harbour master spoke on Friday.', '2025-01-02T03:04:05Z')")
                                       .arg(kHash)));
            QVERIFY(exec(database, QStringLiteral("INSERT INTO layers (document_id, reviewer, status, file, created_at, "
                                                  "modified_at) VALUES (7, 'ann', 'done', 'annotations/%1/ann.galley.json', "
                                                  "'2025-01-02T03:04:05Z', '2025-01-02T03:04:05Z')")
                                       .arg(kHash)));
            QVERIFY(exec(database, QStringLiteral("INSERT INTO layer_labels VALUES (7, 'ann', 'PER', 2)")));
            QVERIFY(exec(database, QStringLiteral("INSERT INTO decisions VALUES (7, 'PER 4-10', 'accept', 'carol', "
                                                  "'2025-01-03T00:00:00Z')")));
        });

        auto corpus = Corpus::open(folder);
        QVERIFY2(corpus, corpus ? "" : qPrintable(corpus.error()));
        QCOMPARE(userVersion((*corpus)->database()), kCorpusSchemaVersion);
        // The rows written under version 1 are all there, and the trigram index covers them.
        const auto byText = findDocuments(**corpus, {QStringLiteral("harbour master"), {}, {}, {}, -1});
        QVERIFY2(byText, byText ? "" : qPrintable(byText.error()));
        QCOMPARE(byText->size(), 1);
        const CorpusDocument &document = byText->first();
        QCOMPARE(document.id, 7);
        QCOMPARE(document.contentHash, kHash);
        QCOMPARE(document.title, QStringLiteral("Old title"));
        QCOMPARE(document.statusByLayer.value(QStringLiteral("ann")), QStringLiteral("done"));
        QCOMPARE(findDocuments(**corpus, {{}, QStringLiteral("PER"), {}, {}, -1})->size(), 1);
        const auto decisions = loadDecisions(**corpus, 7);
        QVERIFY(decisions);
        QCOMPARE(decisions->value(QStringLiteral("PER 4-10")).curator, QStringLiteral("carol"));
        QVERIFY(decisions->value(QStringLiteral("PER 4-10")).accept);
        // Documents added after the migration are indexed by its trigger.
        QVERIFY(exec((*corpus)->database(),
                     QStringLiteral("INSERT INTO documents VALUES (8, '%1', 'new.html', -1, 'pages/x.html', '', '', "
                                    "'A lighthouse keeper retired.', '2025-02-01T00:00:00Z')")
                         .arg(QString(kHash).replace(u'a', u'f'))));
        QCOMPARE(findDocuments(**corpus, {QStringLiteral("lighthouse"), {}, {}, {}, -1})->size(), 1);
    }

    void reopening_aMigratedCorpus_changesNothing()
    {
        QTemporaryDir dir;
        QVERIFY(Corpus::create(dir.path()));
        auto corpus = Corpus::open(dir.path());
        QVERIFY(corpus);
        QCOMPARE(userVersion((*corpus)->database()), kCorpusSchemaVersion);
    }

    void newerSchema_isRefusedAndLeftAlone()
    {
        QTemporaryDir dir;
        withRawDatabase(dir.path(), [](QSqlDatabase &database) {
            QVERIFY(!migrateCorpusSchema(database));
            QVERIFY(exec(database, QStringLiteral("PRAGMA user_version = %1").arg(kCorpusSchemaVersion + 5)));
        });
        const auto corpus = Corpus::open(dir.path());
        QVERIFY(!corpus);
        QVERIFY2(corpus.error().contains(QStringLiteral("schema version %1").arg(kCorpusSchemaVersion + 5)),
                 qPrintable(corpus.error()));
        withRawDatabase(dir.path(), [](QSqlDatabase &database) { QCOMPARE(userVersion(database), kCorpusSchemaVersion + 5); });
    }
};

QTEST_GUILESS_MAIN(CorpusMigrationTest)
#include "corpus_migration_test.moc"
