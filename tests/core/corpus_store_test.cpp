#include "corpus/adjudication_decisions.h"
#include "corpus/corpus.h"
#include "corpus/corpus_documents.h"
#include "corpus/corpus_import.h"
#include "corpus/corpus_layers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace galley;

namespace {

const QString kCli = QStringLiteral(GALLEY_BIN_DIR "/galley-cli");

void writeText(const QString &path, const QString &text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
}

QString article(int n)
{
    return QStringLiteral("Council vote number %1\n\nThe city council met on Monday to vote on budget item %1. "
                          "Officials said the plan would cost about %2 million dollars over two years.\n\n"
                          "Residents asked questions about item %1 for an hour.\n")
        .arg(n)
        .arg(n * 3);
}

// Writes `count` distinct text pages into `folder`; returns their paths.
QStringList writePages(const QString &folder, int count)
{
    QDir().mkpath(folder);
    QStringList paths;
    for (int i = 0; i < count; ++i) {
        const QString path = QDir(folder).filePath(QStringLiteral("page%1.txt").arg(i, 5, 10, QLatin1Char('0')));
        writeText(path, article(i));
        paths.append(path);
    }
    return paths;
}

int rowCount(Corpus &corpus, const QString &table)
{
    QSqlQuery query(corpus.database());
    query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    query.next();
    return query.value(0).toInt();
}

// Every document row has its saved page and its detectors' layer file on disk, and no layer file
// is half-written (each parses).
void verifyWholeDocuments(Corpus &corpus)
{
    const auto layers = listLayers(corpus);
    QVERIFY(layers);
    QSqlQuery pages(corpus.database());
    pages.exec(QStringLiteral("SELECT stored_page FROM documents"));
    while (pages.next())
        QVERIFY(QFileInfo::exists(corpus.absolutePath(pages.value(0).toString())));
    for (const LayerRow &layer : *layers)
        QVERIFY2(readLayer(corpus, layer), qPrintable(layer.file));
}

} // namespace

class CorpusStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void open_refusesAFolderThatIsNoCorpus()
    {
        QTemporaryDir dir;
        const auto corpus = Corpus::open(dir.path());
        QVERIFY(!corpus);
        QVERIFY(corpus.error().contains(QStringLiteral("not a corpus")));
    }

    void import_skipsDuplicateContent()
    {
        QTemporaryDir dir;
        const QStringList pages = writePages(dir.filePath(QStringLiteral("in")), 4);
        writeText(dir.filePath(QStringLiteral("in/copy.txt")), article(2));   // same bytes as page00002.txt
        auto corpus = Corpus::create(dir.filePath(QStringLiteral("corpus")));
        QVERIFY(corpus);
        const ImportSummary first = importIntoCorpus(**corpus, {dir.filePath(QStringLiteral("in"))}, nullptr);
        QCOMPARE(first.counts.filesTotal, 5);
        QCOMPARE(first.counts.imported, 4);
        QCOMPARE(first.counts.duplicates, 1);
        QVERIFY(first.problems.isEmpty());
        const ImportSummary again = importIntoCorpus(**corpus, {dir.filePath(QStringLiteral("in"))}, nullptr);
        QCOMPARE(again.counts.imported, 0);
        QCOMPARE(again.counts.duplicates, 5);
        QCOMPARE(rowCount(**corpus, QStringLiteral("documents")), 4);
        verifyWholeDocuments(**corpus);
    }

    void import_reportsUnreadableFilesAndGoesOn()
    {
        QTemporaryDir dir;
        writePages(dir.filePath(QStringLiteral("in")), 2);
        auto corpus = Corpus::create(dir.filePath(QStringLiteral("corpus")));
        QVERIFY(corpus);
        const ImportSummary summary = importIntoCorpus(
            **corpus, {dir.filePath(QStringLiteral("in")), dir.filePath(QStringLiteral("missing.html"))}, nullptr);
        QCOMPARE(summary.counts.imported, 2);
        QCOMPARE(summary.counts.failed, 1);
        QVERIFY(summary.problems.first().contains(QStringLiteral("missing.html")));
    }

    void search_byTextLabelStatusAndReviewer()
    {
        QTemporaryDir dir;
        writePages(dir.filePath(QStringLiteral("in")), 3);
        auto corpus = Corpus::create(dir.filePath(QStringLiteral("corpus")));
        QVERIFY(corpus);
        importIntoCorpus(**corpus, {dir.filePath(QStringLiteral("in"))}, nullptr);
        const auto byText = findDocuments(**corpus, {QStringLiteral("budget item 1."), {}, {}, {}, -1});
        QVERIFY(byText);
        QCOMPARE(byText->size(), 1);
        // A reviewer marks one document done with a PER span.
        const CorpusDocument &document = byText->first();
        AnnotationSet layer;
        layer.text = findDocument(**corpus, QString::number(document.id))->text;
        layer.reviewer = QStringLiteral("ann");
        layer.document.status = DocumentStatus::Done;
        Span span;
        span.id = QStringLiteral("s1");
        span.label = QStringLiteral("PER");
        span.start = 0;
        span.end = 7;
        span.text = layer.text.left(7);
        layer.spans.append(span);
        QVERIFY(!saveLayer(**corpus, document.id, document.contentHash, layer));
        const auto byLabel = findDocuments(**corpus, {{}, QStringLiteral("PER"), {}, {}, -1});
        QCOMPARE(byLabel->size(), 1);
        const auto byStatus = findDocuments(**corpus, {{}, {}, QStringLiteral("done"), QStringLiteral("ann"), -1});
        QCOMPARE(byStatus->size(), 1);
        QCOMPARE(byStatus->first().statusByLayer.value(QStringLiteral("ann")), QStringLiteral("done"));
        QCOMPARE(findDocuments(**corpus, {{}, {}, QStringLiteral("done"), QStringLiteral("bob"), -1})->size(), 0);
        QCOMPARE(findDocuments(**corpus, {{}, {}, {}, {}, -1})->size(), 3);
    }

    void decisions_areRecordedWithCuratorAndCanBeRevised()
    {
        QTemporaryDir dir;
        writePages(dir.filePath(QStringLiteral("in")), 1);
        auto corpus = Corpus::create(dir.filePath(QStringLiteral("corpus")));
        QVERIFY(corpus);
        importIntoCorpus(**corpus, {dir.filePath(QStringLiteral("in"))}, nullptr);
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QVERIFY(!recordDecision(**corpus, 1, QStringLiteral("PER 0-7"), true, QStringLiteral("carol")));
        QVERIFY(!recordDecision(**corpus, 1, QStringLiteral("LOC 8-12"), false, QStringLiteral("carol")));
        QVERIFY(!recordDecision(**corpus, 1, QStringLiteral("LOC 8-12"), true, QStringLiteral("dave")));
        const auto decisions = loadDecisions(**corpus, 1);
        QVERIFY(decisions);
        QCOMPARE(decisions->size(), 2);
        QVERIFY(decisions->value(QStringLiteral("PER 0-7")).accept);
        QCOMPARE(decisions->value(QStringLiteral("PER 0-7")).curator, QStringLiteral("carol"));
        QVERIFY(decisions->value(QStringLiteral("PER 0-7")).decidedAt >= before);
        QVERIFY(decisions->value(QStringLiteral("LOC 8-12")).accept);
        QCOMPARE(decisions->value(QStringLiteral("LOC 8-12")).curator, QStringLiteral("dave"));
    }

    void import_killedMidwayThenRerun_endsWithEveryDocumentOnce()
    {
        if (!QFileInfo::exists(kCli))
            QSKIP("galley-cli is not built");
        QTemporaryDir dir;
        // Enough pages to outlast the first progress line after the start: stderr is no terminal
        // here, so a line comes once a second.
        const int pages = 3000;
        writePages(dir.filePath(QStringLiteral("in")), pages);
        const QString corpusDir = dir.filePath(QStringLiteral("corpus"));
        QVERIFY(Corpus::create(corpusDir));
        QProcess child;
        // With pre-annotation (the slow, realistic path) there is time to kill it between batches.
        child.start(kCli, {QStringLiteral("corpus"), QStringLiteral("import"), corpusDir, dir.filePath(QStringLiteral("in"))});
        QVERIFY(child.waitForStarted());
        child.setReadChannel(QProcess::StandardError);
        // Kill it once some documents are in and before all are.
        QByteArray progress;
        int killedAfter = -1;
        while (child.state() == QProcess::Running && child.waitForReadyRead(30000)) {
            progress += child.readAllStandardError();
            const qsizetype newAt = progress.lastIndexOf(" new");
            const qsizetype numberStart = progress.lastIndexOf(' ', newAt - 1) + 1;
            const int imported = progress.mid(numberStart, newAt - numberStart).toInt();
            if (imported > 0 && imported < pages) {
                child.kill();
                killedAfter = imported;
                break;
            }
        }
        child.waitForFinished();
        QVERIFY2(killedAfter > 0, "the import finished before it could be killed");
        {
            auto corpus = Corpus::open(corpusDir);
            QVERIFY(corpus);
            const int present = rowCount(**corpus, QStringLiteral("documents"));
            QVERIFY2(present >= killedAfter && present < pages, qPrintable(QString::number(present)));
            verifyWholeDocuments(**corpus);
            const ImportSummary rerun = importIntoCorpus(**corpus, {dir.filePath(QStringLiteral("in"))}, nullptr);
            QCOMPARE(rerun.counts.imported + rerun.counts.duplicates, pages);
            QCOMPARE(rerun.counts.duplicates, present);
            QCOMPARE(rowCount(**corpus, QStringLiteral("documents")), pages);
            QCOMPARE(rowCount(**corpus, QStringLiteral("layers")), pages);
            verifyWholeDocuments(**corpus);
        }
    }
};

QTEST_GUILESS_MAIN(CorpusStoreTest)
#include "corpus_store_test.moc"
