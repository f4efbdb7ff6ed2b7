// Prints tokenizer and entity-tagger throughput, model load time and model memory. Rates are per
// second of processor time (the machine may be busy with other builds), wall-clock rates after them.
//   build/bin/ner_bench [MODEL] [CONLL_FILE]
#include "detect/ner/conll_corpus.h"
#include "detect/ner/ner_trainer.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"
#include "util/resource_path.h"
#include "bench_measures.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

using namespace galley;
using namespace galley::bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList arguments = app.arguments();
    const QString modelPath = arguments.size() > 1 ? arguments[1] : resourcePath(QStringLiteral("models/ner-conll.model"));
    const QString dataPath = arguments.size() > 2 ? arguments[2]
                                                  : QStringLiteral(GALLEY_SHARED_DIR "/data/ner/conll2003/valid.txt");

    const auto corpus = readConllFile(dataPath);
    if (!corpus) {
        out << "ner_bench: " << corpus.error().toString() << '\n';
        return 1;
    }
    // Running text for the tokenizer: the corpus words joined with spaces, one sentence a line.
    QString text;
    for (const ConllDocument &document : corpus->documents) {
        for (const ConllSentence &sentence : document.sentences)
            text += sentence.words.join(u' ') + u'\n';
    }

    QElapsedTimer timer;
    qint64 tokens = 0;
    int sentences = 0;
    timer.start();
    qint64 cpuStart = processCpuNanoseconds();
    constexpr int kTokenizerRounds = 5;
    for (int round = 0; round < kTokenizerRounds; ++round) {
        const QList<Token> found = tokenize(text);
        tokens += found.size();
        sentences += int(splitSentences(text, found).size());
    }
    const qint64 tokenizerNs = timer.nsecsElapsed();
    out << "tokenizer+sentences: " << qint64(perSecond(tokens, processCpuNanoseconds() - cpuStart)) << " tokens/s (wall "
        << qint64(perSecond(tokens, tokenizerNs)) << "; "
        << tokens / kTokenizerRounds << " tokens, " << sentences / kTokenizerRounds << " sentences per round)\n";

    const qint64 before = residentKilobytes();
    timer.restart();
    cpuStart = processCpuNanoseconds();
    const auto model = NerModel::load(modelPath);
    const qint64 loadNs = timer.nsecsElapsed();
    const qint64 loadCpuNs = processCpuNanoseconds() - cpuStart;
    if (!model) {
        out << "ner_bench: " << model.error().toString() << '\n';
        return 1;
    }
    const qint64 after = residentKilobytes();
    out << "model: " << modelPath << ", " << QFile(modelPath).size() / 1024 << " KiB on disk, loaded in "
        << loadCpuNs / 1000000 << " ms (wall " << loadNs / 1000000 << " ms), " << model->featureCount()
        << " weight rows, ~" << model->memoryBytes() / 1024 << " KiB in memory (RSS +" << after - before << " KiB)\n";

    const qint64 corpusTokens = corpus->tokenCount();
    // The last run also computes each entity's confidence, as the review window's pipeline does.
    for (int run = 1; run <= model->passCount() + 1; ++run) {
        const int passes = std::min(run, model->passCount());
        const bool withConfidence = run > model->passCount();
        timer.restart();
        cpuStart = processCpuNanoseconds();
        constexpr int kRounds = 3;
        for (int round = 0; round < kRounds; ++round) {
            for (const ConllDocument &document : corpus->documents) {
                QList<QStringList> words;
                for (const ConllSentence &sentence : document.sentences)
                    words.append(sentence.words);
                QList<std::vector<float>> confidence;
                model->tagDocument(words, passes, NerDecoding::Viterbi, NerSpanRepairs::Apply,
                                   withConfidence ? &confidence : nullptr);
            }
        }
        out << "NER tagging, " << passes << (passes == 1 ? " pass" : " passes")
            << (withConfidence ? " with confidence" : "") << ", one thread: "
            << qint64(perSecond(corpusTokens * kRounds, processCpuNanoseconds() - cpuStart)) << " tokens/s (wall "
            << qint64(perSecond(corpusTokens * kRounds, timer.nsecsElapsed())) << ")\n";
    }
    return 0;
}
