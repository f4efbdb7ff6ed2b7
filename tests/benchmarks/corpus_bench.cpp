// Corpus figures: listing, filtering and opening documents in a generated corpus of 100,000
// documents, and importing real saved pages (WCXB, ../shared) with pre-annotation.
//   corpus_bench [DOCUMENTS] [IMPORT_PAGES]     (defaults 100000 and 1000)
#include "corpus/corpus.h"
#include "corpus/corpus_document_model.h"
#include "corpus/corpus_documents.h"
#include "corpus/corpus_import.h"
#include "corpus/corpus_layers.h"
#include "corpus/layer_labels.h"
#include "pipeline/annotator.h"
#include "bench_measures.h"
#include "util/gzip.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>

using namespace galley;

namespace {

QTextStream out(stdout);

const QStringList kWords{"council", "minister", "budget", "election", "hospital", "river", "school", "market",
                         "police", "court", "storm", "bridge", "festival", "factory", "union", "harbour"};
const QStringList kLabels{"PER", "ORG", "LOC", "QUOTE", "MONEY", "DATE", "CARDINAL", "PERCENT"};
const QStringList kReviewers{"ann", "bob", "cat", "dan"};
const QStringList kStatuses{"not-started", "in-progress", "done"};

QString articleText(QRandomGenerator &random, int n)
{
    QString text = QStringLiteral("Report %1. ").arg(n);
    for (int i = 0; i < 80; ++i)
        text += kWords[random.bounded(int(kWords.size()))] + u' ';
    return text;
}

// Rows written straight into the database in one transaction (the import path is measured
// separately); annotation files only for the documents the benchmark opens.
void generate(Corpus &corpus, int documents, const QList<int> &opened)
{
    QRandomGenerator random(1);
    QSqlDatabase &database = corpus.database();
    database.transaction();
    QSqlQuery document(database);
    document.prepare(QStringLiteral("INSERT INTO documents (id, content_hash, source, record, stored_page, site, title, text, "
                                    "imported_at) VALUES (?, ?, ?, -1, ?, ?, ?, ?, ?)"));
    QSqlQuery layer(database);
    layer.prepare(QStringLiteral("INSERT INTO layers (document_id, reviewer, status, file, created_at, modified_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QList<bool> openedFlags(documents + 1, false);
    QList<std::pair<int, AnnotationSet>> toSave;   // written after the commit: saveLayer runs its own transaction
    for (int id : opened)
        openedFlags[id] = true;
    for (int id = 1; id <= documents; ++id) {
        const QString hash = QString::number(id).rightJustified(64, u'0');
        const QString text = articleText(random, id);
        for (const QVariant &value : {QVariant(id), QVariant(hash), QVariant(QStringLiteral("gen/%1.html").arg(id)),
                                      QVariant(QStringLiteral("pages/%1.html").arg(hash)),
                                      QVariant(QStringLiteral("site%1.example").arg(id % 300)),
                                      QVariant(QStringLiteral("Report %1").arg(id)), QVariant(text), QVariant(now)})
            document.addBindValue(value);
        document.exec();
        QStringList layers{Corpus::detectorLayer(), kReviewers[id % kReviewers.size()]};
        if (id % 5 == 0)
            layers.append(kReviewers[(id + 1) % kReviewers.size()]);
        for (const QString &reviewer : layers) {
            AnnotationSet set;
            set.text = text;
            set.reviewer = reviewer;
            for (int s = 0; s < 12; ++s) {
                Span span;
                span.id = QStringLiteral("s%1").arg(s + 1);
                span.label = kLabels[(id + s) % kLabels.size()];
                span.start = 20 + s * 30;
                span.end = span.start + 7;
                span.text = text.mid(span.start, 7);
                set.spans.append(span);
            }
            const QString status = reviewer == Corpus::detectorLayer() ? QStringLiteral("done") : kStatuses[id % 3];
            for (const QVariant &value : {QVariant(id), QVariant(reviewer), QVariant(status),
                                          QVariant(Corpus::layerFile(hash, reviewer)), QVariant(now), QVariant(now)})
                layer.addBindValue(value);
            layer.exec();
            storeLayerLabels(database, id, reviewer, labelCounts(set));
            if (openedFlags[id])
                toSave.append({id, set});
        }
    }
    database.commit();
    for (const auto &[id, set] : std::as_const(toSave))
        saveLayer(corpus, id, QString::number(id).rightJustified(64, u'0'), set);
}

// What the corpus view waits for: the filter run and the first screen of rows (40 rows, every
// column) shown; the count of all matches (on a worker thread in the view); scrolling on to the
// end; and opening the document in a row far down the list.
void benchmarkModel(Corpus &corpus, const QList<int> &opened)
{
    CorpusDocumentModel model;
    model.setCorpus(&corpus);
    const auto shown = [&](const DocumentFilter &filter) {
        double best = 1e9;
        double bestCount = 1e9;
        for (int run = 0; run < 3; ++run) {
            best = std::min(best, bench::wallMilliseconds([&] {
                model.setFilter(filter);
                for (int row = 0; row < std::min(40, model.rowCount()); ++row)
                    for (int column = 0; column < model.columnCount(); ++column)
                        model.data(model.index(row, column));
            }));
            bestCount = std::min(bestCount, bench::wallMilliseconds([&] { countDocuments(corpus, filter); }));
        }
        return QStringLiteral("%1 ms shown, %2 ms counted (%3)")
            .arg(best, 0, 'f', 1)
            .arg(bestCount, 0, 'f', 1)
            .arg(*countDocuments(corpus, filter));
    };
    out << "corpus view model, best of 3 (filter applied + first 40 rows shown; matches counted):\n";
    out << "  all documents:                   " << shown({}) << "\n";
    out << "  text 'Report 4242.':             " << shown({QStringLiteral("Report 4242."), {}, {}, {}, -1}) << "\n";
    out << "  text 'harbour storm':            " << shown({QStringLiteral("harbour storm"), {}, {}, {}, -1}) << "\n";
    out << "  label QUOTE:                     " << shown({{}, QStringLiteral("QUOTE"), {}, {}, -1}) << "\n";
    out << "  reviewer bob, status done:       " << shown({{}, {}, QStringLiteral("done"), QStringLiteral("bob"), -1})
        << "\n";
    out << "  label+status+reviewer+text:      "
        << shown({QStringLiteral("market"), QStringLiteral("PER"), QStringLiteral("in-progress"), QStringLiteral("ann"), -1})
        << "\n";
    model.setFilter({});
    QList<double> pages;
    while (model.canFetchMore({}))
        pages.append(bench::wallMilliseconds([&] { model.fetchMore({}); }));
    std::sort(pages.begin(), pages.end());
    out << "  scroll through all " << model.rowCount() << " rows: " << pages.size() << " pages of "
        << CorpusDocumentModel::kPageSize << ", median " << pages.value(pages.size() / 2) << " ms, max "
        << (pages.isEmpty() ? 0.0 : pages.last()) << " ms\n";
    // Search a document by its text, then open the row: its page path and the layer file. The
    // counts started above run to their end first (a count is not interrupted by a new filter).
    model.waitForCount();
    QList<double> openTimes;
    int failures = 0;
    for (const int id : opened) {
        openTimes.append(bench::wallMilliseconds([&] {
            model.setFilter({QStringLiteral("Report %1.").arg(id), {}, {}, {}, -1});
            const auto row = model.document(0);
            const auto document = findDocument(corpus, QString::number(row ? row->id : 0));
            const LayerRow layer{id, row ? row->contentHash : QString(), Corpus::detectorLayer(), {},
                                 Corpus::layerFile(row ? row->contentHash : QString(), Corpus::detectorLayer())};
            failures += document && readLayer(corpus, layer) ? 0 : 1;
        }));
    }
    std::sort(openTimes.begin(), openTimes.end());
    out << "  search 'Report N.' and open its row (page path, layer file), " << openTimes.size() << " random: median "
        << openTimes.value(openTimes.size() / 2) << " ms, max " << openTimes.value(openTimes.size() - 1) << " ms, "
        << failures << " failed\n";
}

void benchmarkQueries(const QString &folder, int documents)
{
    QList<int> opened;
    QRandomGenerator random(2);
    for (int i = 0; i < 200; ++i)
        opened.append(1 + random.bounded(documents));
    {
        auto corpus = Corpus::create(folder);
        const double ms = bench::wallMilliseconds([&] { generate(**corpus, documents, opened); });
        out << "generated " << documents << " documents (rows, 3.4 layers each with label counts) in " << ms / 1000
            << " s\n";
    }
    std::unique_ptr<Corpus> corpus;
    out << "open corpus:                       " << bench::wallMilliseconds([&] { corpus = Corpus::open(folder).value(); }) << " ms\n";
    qsizetype count = 0;
    // Best of three: eight builds share this machine's two cores, and one slice lost to them is not the query's.
    const auto list = [&](const DocumentFilter &filter) {
        double best = 1e9;
        for (int run = 0; run < 3; ++run)
            best = std::min(best, bench::wallMilliseconds([&] { count = findDocuments(*corpus, filter)->size(); }));
        return best;
    };
    out << "queries, best of 3 (rows with each layer's status):\n";
    out << "list all (with layer statuses):    " << list({}) << " ms, " << count << " documents\n";
    out << "list first 100:                    " << list({{}, {}, {}, {}, 100}) << " ms\n";
    out << "filter text 'Report 4242.':        " << list({QStringLiteral("Report 4242."), {}, {}, {}, -1}) << " ms, "
        << count << "\n";
    out << "filter text 'harbour storm':       " << list({QStringLiteral("harbour storm"), {}, {}, {}, -1}) << " ms, "
        << count << "\n";
    out << "filter label QUOTE:                " << list({{}, QStringLiteral("QUOTE"), {}, {}, -1}) << " ms, " << count
        << "\n";
    out << "filter reviewer bob, status done:  " << list({{}, {}, QStringLiteral("done"), QStringLiteral("bob"), -1})
        << " ms, " << count << "\n";
    out << "filter label+status+reviewer+text: "
        << list({QStringLiteral("market"), QStringLiteral("PER"), QStringLiteral("in-progress"), QStringLiteral("ann"), -1})
        << " ms, " << count << "\n";
    benchmarkModel(*corpus, opened);
    QList<double> openTimes;
    int failures = 0;
    for (int id : std::as_const(opened)) {
        openTimes.append(bench::wallMilliseconds([&] {
            const auto document = findDocument(*corpus, QString::number(id));
            const LayerRow row{id, document->row.contentHash, Corpus::detectorLayer(), {},
                               Corpus::layerFile(document->row.contentHash, Corpus::detectorLayer())};
            const auto set = readLayer(*corpus, row);
            failures += set ? 0 : 1;
        }));
    }
    std::sort(openTimes.begin(), openTimes.end());
    out << "open a document (row, layer statuses, annotation file), " << openTimes.size() << " random: median "
        << openTimes[openTimes.size() / 2] << " ms, max " << openTimes.last() << " ms, " << failures << " failed\n";
}

void benchmarkImport(const QString &folder, int pages)
{
    const QDir wcxb(QStringLiteral(GALLEY_SHARED_DIR "/data/extraction/wcxb/html"));
    const QStringList sources = wcxb.entryList({QStringLiteral("*.html.gz")}, QDir::Files, QDir::Name);
    if (sources.isEmpty()) {
        out << "import: skipped (no WCXB pages in ../shared)\n";
        return;
    }
    // Distinct copies of the real pages (a comment makes each copy's content hash its own).
    const QString input = folder + QStringLiteral("/input");
    QDir().mkpath(input);
    for (int i = 0; i < pages; ++i) {
        QFile source(wcxb.filePath(sources[i % sources.size()]));
        source.open(QIODevice::ReadOnly);
        QByteArray bytes = gunzip(source.readAll()).data;
        bytes += "\n<!-- copy " + QByteArray::number(i) + " -->\n";
        QFile file(input + QStringLiteral("/%1.html").arg(i, 6, 10, QLatin1Char('0')));
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
    }
    QElapsedTimer loadTimer;
    loadTimer.start();
    const auto annotator = Annotator::load();
    const double loadMs = loadTimer.elapsed();
    auto corpus = Corpus::create(folder + QStringLiteral("/corpus"));
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = bench::processCpuSeconds();
    const ImportSummary summary = importIntoCorpus(**corpus, {input}, &*annotator);
    const double cpuSeconds = bench::processCpuSeconds() - cpuBefore;
    const double seconds = timer.elapsed() / 1000.0;
    const int imported = summary.counts.imported;
    const int cores = QThread::idealThreadCount();
    out << "import " << pages << " WCXB pages with pre-annotation on " << cores << " threads: " << seconds << " s wall, "
        << imported / seconds << " pages/s (" << imported << " imported, " << summary.counts.failed
        << " failed; models loaded in " << loadMs << " ms)\n";
    out << "  processor time " << cpuSeconds << " s: " << 1000 * cpuSeconds / std::max(1, imported) << " ms a page, "
        << imported / cpuSeconds << " pages per CPU-second, x" << cores << " cores = " << cores * imported / cpuSeconds
        << " pages/s on an idle machine\n";
    const ImportStageTimes &t = summary.times;
    const auto perPage = [&](qint64 ns) { return ns / 1e6 / std::max(1, imported); };
    out << "  per page, workers' processor time: load " << perPage(t.load) << " ms, extract " << perPage(t.extract)
        << " ms, annotate " << perPage(t.annotate) << " ms, serialize " << perPage(t.serialize) << " ms\n";
    out << "  per page, writer's processor time: write files " << perPage(t.write) << " ms, sync " << perPage(t.sync)
        << " ms (" << perPage(t.syncWall) << " ms wall), SQL " << perPage(t.sql) << " ms\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int documents = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const int pages = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 1000;
    QTemporaryDir dir;
    out.setRealNumberNotation(QTextStream::FixedNotation);
    out.setRealNumberPrecision(1);
    if (documents > 0)
        benchmarkQueries(dir.filePath(QStringLiteral("large")), documents);
    out.flush();
    if (pages > 0)
        benchmarkImport(dir.filePath(QStringLiteral("import")), pages);
    return 0;
}
