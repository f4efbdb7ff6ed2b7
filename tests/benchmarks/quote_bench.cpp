// Prints quote-finder throughput (model and rules), model load time and model memory.
//   build/bin/quote_bench [QUOTE_MODEL] [POLNEAR_SPLIT]
// The text is the PolNeAR dev split from ../shared; without it, the seed article sample.
#include "detect/ner/entity_finder.h"
#include "detect/quotes/polnear_corpus.h"
#include "detect/quotes/quote_finder.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"
#include "util/resource_path.h"
#include "bench_measures.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

using namespace galley;
using namespace galley::bench;

namespace {

struct Prepared
{
    QString text;
    QList<Token> tokens;
    QList<Sentence> sentences;
    QList<EntityMention> entities;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList arguments = app.arguments();
    const QString modelPath = arguments.size() > 1 ? arguments[1] : QuoteModel::defaultPath();
    const QString splitPath = arguments.size() > 2 ? arguments[2] : QStringLiteral(GALLEY_SHARED_DIR "/data/quotes/polnear/dev");

    QStringList texts;
    if (const auto corpus = readPolnearSplit(splitPath)) {
        for (const PolnearDocument &document : corpus->documents)
            texts.append(document.text);
    } else {
        QFile seed(QStringLiteral(GALLEY_SHARED_DIR "/samples/000_16f1a91c8f003b41.txt"));
        if (!seed.open(QIODevice::ReadOnly)) {
            out << "quote_bench: neither " << splitPath << " nor the seed article is there\n";
            return 1;
        }
        texts.append(QString::fromUtf8(seed.readAll()));
    }

    const qint64 before = residentKilobytes();
    double start = processCpuSeconds();
    const auto model = QuoteModel::load(modelPath);
    const double loadSeconds = processCpuSeconds() - start;
    if (!model) {
        out << "quote_bench: " << model.error().toString() << '\n';
        return 1;
    }
    const qint64 after = residentKilobytes();
    out << "model: " << modelPath << ", " << QFile(modelPath).size() / 1024 << " KiB on disk, loaded in "
        << qint64(loadSeconds * 1000) << " ms CPU, " << model->featureCount() << " weight rows, ~"
        << model->memoryBytes() / 1024 << " KiB in memory (RSS +" << after - before << " KiB)\n";

    const auto ner = NerModel::load(NerModel::defaultPath());
    if (!ner) {
        out << "quote_bench: " << ner.error().toString() << '\n';
        return 1;
    }
    QList<Prepared> documents;
    qint64 tokenCount = 0;
    for (const QString &text : texts) {
        Prepared document{text, tokenize(text), {}, {}};
        document.sentences = splitSentences(text, document.tokens);
        document.entities = findEntities(*ner, text, document.tokens, document.sentences);
        tokenCount += document.tokens.size();
        documents.append(document);
    }
    for (const bool rulesOnly : {false, true}) {
        const QuoteModel empty;
        const QuoteModel &used = rulesOnly ? empty : *model;
        constexpr int kRounds = 3;
        qint64 quotes = 0;
        start = processCpuSeconds();
        for (int round = 0; round < kRounds; ++round) {
            for (const Prepared &document : documents)
                quotes += findQuotes(used, document.text, document.tokens, document.sentences, document.entities).size();
        }
        const double seconds = std::max(1e-9, processCpuSeconds() - start);
        out << "findQuotes (" << (rulesOnly ? "rules alone" : "model") << "), one thread: "
            << qint64(double(tokenCount * kRounds) / seconds) << " tokens/s over " << documents.size() << " texts, "
            << tokenCount << " tokens, " << quotes / kRounds << " quotes (tokens, sentences and entities made beforehand)\n";
    }
    return 0;
}
