// Adjudication and agreement figures on a generated corpus: two reviewers on every document,
// about one span in five differing. What the GUI's queue and agreement view wait for.
//   adjudication_bench [DOCUMENTS]     (default 2000)
#include "corpus/adjudication_queue.h"
#include "corpus/corpus.h"
#include "corpus/corpus_agreement.h"
#include "corpus/corpus_layers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

using namespace galley;

namespace {

QTextStream out(stdout);

const QStringList kWords{"council", "minister", "budget", "election", "hospital", "river", "school", "market",
                         "police", "court", "storm", "bridge", "festival", "factory", "union", "harbour"};
const QStringList kLabels{"PER", "ORG", "LOC", "MONEY", "DATE"};

struct Word
{
    int start;
    int end;
};

void generate(Corpus &corpus, int documents)
{
    QRandomGenerator random(7);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QSqlDatabase &database = corpus.database();
    for (int n = 1; n <= documents; ++n) {
        QString text;
        QList<Word> words;
        for (int i = 0; i < 120; ++i) {
            const QString word = kWords[random.bounded(int(kWords.size()))];
            words.append({int(text.size()), int(text.size() + word.size())});
            text += word + u' ';
        }
        const QString hash = QStringLiteral("%1").arg(n, 64, 10, QLatin1Char('0'));
        QSqlQuery row(database);
        row.prepare(QStringLiteral("INSERT INTO documents (id, content_hash, source, record, stored_page, site, title, "
                                   "text, imported_at) VALUES (?, ?, ?, -1, ?, ?, ?, ?, ?)"));
        for (const QVariant &value : {QVariant(n), QVariant(hash), QVariant(QStringLiteral("generated")),
                                      QVariant(QStringLiteral("pages/") + hash), QVariant(QStringLiteral("example.org")),
                                      QVariant(QStringLiteral("Report %1").arg(n)), QVariant(text), QVariant(now)})
            row.addBindValue(value);
        row.exec();
        AnnotationSet ann;
        ann.text = text;
        ann.reviewer = QStringLiteral("ann");
        ann.document.status = DocumentStatus::Done;
        AnnotationSet bob = ann;
        bob.reviewer = QStringLiteral("bob");
        for (int s = 0; s < 12; ++s) {
            const int first = s * 10 + random.bounded(8);
            Span span;
            span.id = QStringLiteral("s%1").arg(s + 1);
            span.label = kLabels[random.bounded(int(kLabels.size()))];
            span.start = words[first].start;
            span.end = words[first + 1].end;
            span.text = text.mid(span.start, span.end - span.start);
            span.status = ReviewStatus::Accepted;
            ann.spans.append(span);
            const int change = random.bounded(10);
            if (change == 0)
                continue;   // bob missed it
            if (change == 1) {
                span.end = words[first].end;   // bob's is one word shorter
                span.text = text.mid(span.start, span.end - span.start);
            }
            bob.spans.append(span);
        }
        saveLayer(corpus, n, hash, ann);
        saveLayer(corpus, n, hash, bob);
    }
}

double milliseconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int documents = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 2000;
    QTemporaryDir dir;
    auto corpus = Corpus::create(dir.filePath(QStringLiteral("corpus")));
    if (!corpus) {
        out << corpus.error() << '\n';
        return 1;
    }
    generate(**corpus, documents);
    out << documents << " documents, two reviewers, 12 spans each (wall clock; the machine may be busy)\n";

    QElapsedTimer timer;
    timer.start();
    auto queue = AdjudicationQueue::load(**corpus);
    out << "load the adjudication queue: " << milliseconds(timer) << " ms, " << queue->items().size() << " rows, "
        << queue->openConflicts() << " conflicts\n";
    timer.start();
    const int gold = *queue->writeMissingGoldLayers(**corpus, QStringLiteral("bench"));
    out << "gold layers of settled documents: " << gold << " in " << milliseconds(timer) << " ms\n";
    const int decisions = std::min<int>(200, int(queue->items().size()));
    timer.start();
    for (int i = 0; i < decisions; ++i)
        queue->decide(**corpus, i, queue->reviewerVersion(i, QStringLiteral("ann")), QStringLiteral("bench"));
    out << "decide (record, gold when settled): " << milliseconds(timer) / decisions << " ms each over " << decisions << '\n';
    timer.start();
    for (int i = 0; i < decisions; ++i)
        queue->undo(**corpus);
    out << "undo: " << milliseconds(timer) / decisions << " ms each\n";
    corpus->reset();

    timer.start();
    const auto agreement = computeCorpusAgreement(dir.filePath(QStringLiteral("corpus")), AgreementScope{});
    out << "agreement (all + per pair): " << milliseconds(timer) << " ms; overall exact F1 "
        << agreement->all.exact.f1() << ", Cohen κ " << agreement->all.overall.cohensKappa.value_or(-1) << '\n';
    return 0;
}
