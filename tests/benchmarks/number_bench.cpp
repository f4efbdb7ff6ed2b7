// Prints the number detector's throughput (tokens/s, one thread), mentions per label and memory.
//   build/bin/number_bench [CONLL_FILE]
// Text: the CoNLL-2003 words joined with spaces, one sentence a line (../shared); without it, a
// generated news-like text of about the same size.
#include "detect/ner/conll_corpus.h"
#include "detect/numbers/number_finder.h"
#include "detect/numbers/number_names.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"
#include "bench_measures.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QTextStream>

using namespace galley;
using namespace galley::bench;

namespace {

QString conllText(const QString &path)
{
    const auto corpus = readConllFile(path);
    if (!corpus)
        return {};
    QString text;
    for (const ConllDocument &document : corpus->documents) {
        for (const ConllSentence &sentence : document.sentences)
            text += sentence.words.join(u' ') + u'\n';
    }
    return text;
}

// News-like sentences with numbers in every form the detector reads, varied by a counter.
QString generatedText(int sentences)
{
    const QStringList templates = {
        QStringLiteral("On Thursday, officials said that over %1 civilians were taken to safe areas of the city."),
        QStringLiteral("The army controlled %2 percent of the territory, with militants in less than %3 square kilometers."),
        QStringLiteral("The deal, worth $%3.5bn, was signed on December %4, 2016 at 03:31 GMT in the capital."),
        QStringLiteral("About half of the %1 families left within three days, the ministry told reporters."),
        QStringLiteral("The two convoys of buses reached the Al-Rashidin-4 sector while a Boeing 737 landed nearby."),
        QStringLiteral("Prices rose between %2 and %5 percent since 2011, and tens of thousands of people protested."),
    };
    QString text;
    for (int i = 0; i < sentences; ++i) {
        QString sentence = templates[i % templates.size()];
        sentence.replace(QStringLiteral("%1"), QString::number(1000 + i % 9000))
            .replace(QStringLiteral("%2"), QString::number(i % 50))
            .replace(QStringLiteral("%3"), QString::number(1 + i % 9))
            .replace(QStringLiteral("%4"), QString::number(1 + i % 28))
            .replace(QStringLiteral("%5"), QString::number(50 + i % 50));
        text += sentence + (i % 5 == 4 ? QStringLiteral("\n") : QStringLiteral(" "));
    }
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList arguments = app.arguments();
    const QString dataPath = arguments.size() > 1 ? arguments[1]
                                                  : QStringLiteral(GALLEY_SHARED_DIR "/data/ner/conll2003/train.txt");
    QString text = conllText(dataPath);
    QString source = dataPath;
    if (text.isEmpty()) {
        text = generatedText(15000);
        source = QStringLiteral("generated text");
    }
    const QList<Token> tokens = tokenize(text);
    const QList<Sentence> sentences = splitSentences(text, tokens);
    out << "text: " << source << ", " << text.size() / 1024 << " Ki UTF-16 units, " << tokens.size() << " tokens, "
        << sentences.size() << " sentences\n";

    const qint64 before = residentKilobytes();
    // Processor time as well as wall time: on a shared machine the wall figure drifts with load.
    QElapsedTimer timer;
    constexpr int kRounds = 5;
    QList<NumberMention> found;
    const qint64 cpuStart = processCpuNanoseconds();
    timer.start();
    for (int round = 0; round < kRounds; ++round)
        found = findNumbers(text, tokens, sentences, QDate(2016, 12, 15));
    const qint64 elapsed = timer.nsecsElapsed();
    const qint64 cpuNs = processCpuNanoseconds() - cpuStart;
    const qint64 after = residentKilobytes();
    out << "number detector, one thread: " << qint64(perSecond(tokens.size() * kRounds, cpuNs))
        << " tokens/s of processor time (" << qint64(perSecond(tokens.size() * kRounds, elapsed)) << " of wall time, "
        << elapsed / kRounds / 1000000 << " ms a round)\n";

    QMap<QString, int> perLabel;
    for (const NumberMention &mention : std::as_const(found))
        ++perLabel[numberLabelName(mention.label)];
    out << found.size() << " mentions:";
    for (auto it = perLabel.cbegin(); it != perLabel.cend(); ++it)
        out << ' ' << it.key() << ' ' << it.value();
    out << "\nmemory: " << sizeof(NumberMention) << " bytes a mention (+ its strings), ~"
        << found.size() * qint64(sizeof(NumberMention)) / 1024 << " KiB for the list; RSS +" << after - before
        << " KiB during detection\n";
    return 0;
}
