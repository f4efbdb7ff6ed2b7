// Importing web archives into a corpus: each HTML record becomes a document; a damaged archive
// is named with its problem and its whole records before the damage still import.
#include "corpus/corpus.h"
#include "corpus/corpus_documents.h"
#include "corpus/corpus_import.h"
#include "corpus/corpus_layers.h"
#include "warc_fixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace galley;

namespace {

struct Row
{
    QString source;
    int record;
    QString title;
};

QList<Row> documentRows(Corpus &corpus)
{
    QList<Row> rows;
    QSqlQuery query(corpus.database());
    query.exec(QStringLiteral("SELECT source, record, title FROM documents ORDER BY record"));
    while (query.next())
        rows.append({query.value(0).toString(), query.value(1).toInt(), query.value(2).toString()});
    return rows;
}

} // namespace

class CorpusWarcImportTest : public QObject
{
    Q_OBJECT

private slots:
    void warcRecords_becomeDocuments_data()
    {
        QTest::addColumn<bool>("gzipped");
        QTest::newRow(".warc") << false;
        QTest::newRow(".warc.gz") << true;
    }

    void warcRecords_becomeDocuments()
    {
        QFETCH(bool, gzipped);
        QTemporaryDir dir;
        const QString archive = dir.filePath(gzipped ? QStringLiteral("news.warc.gz") : QStringLiteral("news.warc"));
        QVERIFY(test::writeWarc(archive, 3, gzipped));
        auto corpus = Corpus::create(dir.filePath(QStringLiteral("corpus")));
        QVERIFY(corpus);
        const ImportSummary summary = importIntoCorpus(**corpus, {archive}, nullptr);
        QVERIFY2(summary.problems.isEmpty(), qPrintable(summary.problems.join(u'\n')));
        QCOMPARE(summary.counts.filesTotal, 1);
        QCOMPARE(summary.counts.imported, 3);
        QCOMPARE(summary.counts.damaged, 0);
        const QList<Row> rows = documentRows(**corpus);
        QCOMPARE(rows.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(rows[i].source, archive);
            QCOMPARE(rows[i].record, i);
            QCOMPARE(rows[i].title, QStringLiteral("Harbour report %1").arg(i));
        }
        // One stored copy of the archive, one pre-annotation layer per record; a second import adds nothing.
        QCOMPARE(QDir((*corpus)->absolutePath(QStringLiteral("pages"))).entryList(QDir::Files).size(), 1);
        const auto layers = listLayers(**corpus);
        QVERIFY(layers);
        QCOMPARE(layers->size(), 3);
        for (const LayerRow &layer : *layers) {
            const auto set = readLayer(**corpus, layer);
            QVERIFY2(set, qPrintable(layer.file));
            QVERIFY(set->text.contains(QStringLiteral("berth")));
        }
        const ImportSummary again = importIntoCorpus(**corpus, {archive}, nullptr);
        QCOMPARE(again.counts.imported, 0);
        QCOMPARE(again.counts.duplicates, 3);
    }

    // HTML and text files reuse their document's content hash as the file's: it must be the
    // SHA-256 of the file's bytes, as for an archive.
    void storedPages_areNamedBySha256OfTheFile()
    {
        QTemporaryDir dir;
        const QString archive = dir.filePath(QStringLiteral("news.warc"));
        QVERIFY(test::writeWarc(archive, 2, false));
        const QString html = dir.filePath(QStringLiteral("page.html"));
        const QString text = dir.filePath(QStringLiteral("page.txt"));
        for (const auto &[path, bytes] : {std::pair{html, test::newsPage(7)},
                                          std::pair{text, QByteArray("Ferry timetable\n\nThe ferry runs in May.\n")}}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        }
        auto corpus = Corpus::create(dir.filePath(QStringLiteral("corpus")));
        QVERIFY(corpus);
        QCOMPARE(importIntoCorpus(**corpus, {archive, html, text}, nullptr).counts.imported, 4);
        QSqlQuery query((*corpus)->database());
        query.exec(QStringLiteral("SELECT DISTINCT source, stored_page FROM documents"));
        int checked = 0;
        while (query.next()) {
            QFile source(query.value(0).toString());
            QVERIFY(source.open(QIODevice::ReadOnly));
            const QByteArray bytes = source.readAll();
            const QString hash = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
            const QString stored = query.value(1).toString();
            QVERIFY2(stored.startsWith(QStringLiteral("pages/") + hash + u'.'), qPrintable(stored));
            QFile copy((*corpus)->absolutePath(stored));
            QVERIFY(copy.open(QIODevice::ReadOnly));
            QCOMPARE(copy.readAll(), bytes);
            ++checked;
        }
        QCOMPARE(checked, 3);
    }

    void truncatedWarcGz_namesTheFile_andImportsTheRecordsBeforeTheDamage()
    {
        QTemporaryDir dir;
        const QString archive = dir.filePath(QStringLiteral("cut.warc.gz"));
        QVERIFY(test::writeWarc(archive, 4, true, 60));
        const QString good = dir.filePath(QStringLiteral("whole.txt"));
        QFile text(good);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("Ferry timetable\n\nThe ferry runs twice a day from May.\n");
        text.close();
        auto corpus = Corpus::create(dir.filePath(QStringLiteral("corpus")));
        QVERIFY(corpus);
        const ImportSummary summary = importIntoCorpus(**corpus, {archive, good}, nullptr);
        QCOMPARE(summary.counts.damaged, 1);
        QCOMPARE(summary.counts.failed, 0);
        QCOMPARE(summary.counts.imported, 4);   // three whole records of the cut archive, and the other file
        QVERIFY(!summary.problems.isEmpty());
        for (const QString &problem : summary.problems)
            QVERIFY2(problem.startsWith(archive + QStringLiteral(": ")), qPrintable(problem));
        QVERIFY2(summary.problems.first().contains(QStringLiteral("damaged")), qPrintable(summary.problems.first()));
        const QList<Row> rows = documentRows(**corpus);
        QCOMPARE(rows.size(), 4);
        int fromCut = 0;
        for (const Row &row : rows)
            fromCut += row.source == archive ? 1 : 0;
        QCOMPARE(fromCut, 3);
    }
};

QTEST_GUILESS_MAIN(CorpusWarcImportTest)
#include "corpus_warc_import_test.moc"
