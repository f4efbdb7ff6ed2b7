#include "pipeline/annotator.h"
#include "extract/article_extractor.h"
#include "load/page_loader.h"

#include "annotation_set_difference.h"

#include <QDir>
#include <QHash>
#include <QThreadPool>
#include <QTest>

#include <optional>
#include <vector>

using namespace galley;

namespace {

struct Job
{
    QString sample;
    Page page;
    Article article;
    AnnotationSet result;
};

// The times a run stamps its spans and relations with are the only part that may differ.
AnnotationSet withoutTimes(AnnotationSet set)
{
    for (Span &span : set.spans)
        span.created = span.modified = QDateTime();
    for (Relation &relation : set.relations)
        relation.created = relation.modified = QDateTime();
    return set;
}

} // namespace

// Annotator says annotating is const and may run on several threads at once: one annotator
// annotates the harbour-vote samples on several threads together, and each result must be
// the one a single-threaded run gives.
class AnnotatorThreadsTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void annotateOnSeveralThreads_givesTheSingleThreadedResults();

private:
    std::optional<Job> loadJob(const QString &sample);
    std::optional<Annotator> m_annotator;
    QStringList m_samples;
};

void AnnotatorThreadsTest::initTestCase()
{
    auto annotator = Annotator::load(QStringLiteral(GALLEY_SOURCE_DIR "/resources/models/ner-conll.model"),
                                     QStringLiteral(GALLEY_SOURCE_DIR "/resources/ner/gazetteer-debian.txt.gz"),
                                     QStringLiteral(GALLEY_SOURCE_DIR "/resources/models/quotes-polnear.model"));
    QVERIFY2(annotator.ok(), qPrintable(annotator.ok() ? QString() : annotator.error().toString()));
    m_annotator = std::move(annotator).value();
    const QDir folder(QStringLiteral(GALLEY_SOURCE_DIR "/resources/samples/harbour-vote"));
    for (const QString &name : folder.entryList({QStringLiteral("harbour-vote.*")}, QDir::Files, QDir::Name))
        m_samples.append(folder.filePath(name));
    QVERIFY2(m_samples.size() >= 4, qPrintable(m_samples.join(u", ")));
}

std::optional<Job> AnnotatorThreadsTest::loadJob(const QString &sample)
{
    const auto pages = loadPages(sample);
    if (!pages || pages->isEmpty())
        return std::nullopt;
    Job job{sample, pages->constFirst(), {}, {}};
    job.article = extractArticle(job.page);
    return job;
}

void AnnotatorThreadsTest::annotateOnSeveralThreads_givesTheSingleThreadedResults()
{
    QHash<QString, AnnotationSet> expected;
    for (const QString &sample : std::as_const(m_samples)) {
        std::optional<Job> job = loadJob(sample);
        QVERIFY2(job, qPrintable(sample));
        expected.insert(sample, withoutTimes(m_annotator->annotate(job->article, job->page)));
        QVERIFY2(!expected[sample].spans.isEmpty(), qPrintable(sample));
    }

    // Each sample several times over, every job with a page of its own; the pool runs them
    // together on as many threads as there are jobs in flight.
    constexpr int kRounds = 4;
    std::vector<Job> jobs;
    for (int round = 0; round < kRounds; ++round) {
        for (const QString &sample : std::as_const(m_samples)) {
            std::optional<Job> job = loadJob(sample);
            QVERIFY2(job, qPrintable(sample));
            jobs.push_back(std::move(*job));
        }
    }
    QThreadPool pool;
    pool.setMaxThreadCount(int(m_samples.size()));
    const Annotator &annotator = *m_annotator;
    for (Job &job : jobs)
        pool.start([&annotator, &job] { job.result = annotator.annotate(job.article, job.page); });
    pool.waitForDone();

    for (const Job &job : jobs) {
        const AnnotationSet actual = withoutTimes(job.result);
        const AnnotationSet &single = expected[job.sample];
        QVERIFY2(actual == single, qPrintable(job.sample + QStringLiteral(": ") + firstDifference(actual, single)));
    }
}

QTEST_GUILESS_MAIN(AnnotatorThreadsTest)
#include "annotator_threads_test.moc"
