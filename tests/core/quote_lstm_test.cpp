#include "detect/ner/entity_finder.h"
#include "detect/ner/ner_model.h"
#include "detect/neural/lstm_layer.h"
#include "detect/quotes/lstm_pieces.h"
#include "detect/quotes/polnear_corpus.h"
#include "detect/quotes/quote_crf.h"
#include "detect/quotes/quote_trainer.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

#include <QTest>

#include <cmath>
#include <functional>
#include <random>

using namespace galley;

// The BiLSTM-CRF quote tagger: its gradients against finite differences and brute force, and
// its trainer on a split written for this test (tests/data/quotes/polnear-mini).
class QuoteLstmTest : public QObject
{
    Q_OBJECT

private slots:
    void lstmGradient_matchesFiniteDifferences_data();
    void lstmGradient_matchesFiniteDifferences();
    void crfLoss_matchesEveryPathSummed();
    void trainer_learnsItsArticle_reproduciblyAndThroughSaving();
    void damagedNetwork_isRefusedWithAReason();
    void lstmPieces_cutLongParagraphsAtSentences();
    void crfGold_startsFromOutside();
};

namespace {

std::vector<float> randomValues(std::size_t count, std::mt19937 &random, float scale)
{
    std::vector<float> values(count);
    for (float &value : values)
        value = uniformWeight(random, scale);
    return values;
}

// A loss that reads every hidden state: the sum of hidden[i] * coefficient[i].
double lstmLoss(const LstmWeights &weights, const std::vector<float> &inputs, int length, bool reversed,
                const std::vector<float> &coefficients)
{
    LstmRun run;
    runLstm(weights, inputs.data(), length, reversed, run);
    double loss = 0.0;
    for (std::size_t i = 0; i < run.hidden.size(); ++i)
        loss += double(run.hidden[i]) * coefficients[i];
    return loss;
}

// The derivative of `loss` in `value` by central differences.
double numericDerivative(float &value, const std::function<double()> &loss)
{
    const float kept = value;
    const float step = 1e-2f;
    value = kept + step;
    const double above = loss();
    value = kept - step;
    const double below = loss();
    value = kept;
    return (above - below) / (2.0 * step);
}

bool close(double analytic, double numeric) { return std::abs(analytic - numeric) <= 2e-3 + 2e-2 * std::abs(numeric); }

QList<QuoteTag> allTags()
{
    QList<QuoteTag> tags;
    for (int tag = 0; tag < kQuoteTagCount; ++tag)
        tags.append(QuoteTag(tag));
    return tags;
}

} // namespace

void QuoteLstmTest::lstmGradient_matchesFiniteDifferences_data()
{
    QTest::addColumn<bool>("reversed");
    QTest::newRow("first to last") << false;
    QTest::newRow("last to first") << true;
}

void QuoteLstmTest::lstmGradient_matchesFiniteDifferences()
{
    QFETCH(bool, reversed);
    std::mt19937 random(5);
    LstmWeights weights;
    weights.initialise(3, 2, random);
    for (float &bias : weights.bias)
        bias += uniformWeight(random, 0.5f);
    const int length = 4;
    std::vector<float> inputs = randomValues(std::size_t(length) * 3, random, 1.0f);
    const std::vector<float> coefficients = randomValues(std::size_t(length) * 2, random, 1.0f);

    LstmRun run;
    runLstm(weights, inputs.data(), length, reversed, run);
    LstmWeights gradient;
    gradient.zeroLike(weights);
    std::vector<float> inputGradient(inputs.size(), 0.0f);
    backpropagateLstm(weights, inputs.data(), run, reversed, coefficients.data(), gradient, inputGradient.data());

    const auto loss = [&] { return lstmLoss(weights, inputs, length, reversed, coefficients); };
    for (std::size_t i = 0; i < weights.gates.size(); ++i) {
        const double numeric = numericDerivative(weights.gates[i], loss);
        QVERIFY2(close(gradient.gates[i], numeric),
                 qPrintable(QStringLiteral("gate weight %1: %2, numerically %3").arg(i).arg(gradient.gates[i]).arg(numeric)));
    }
    for (std::size_t i = 0; i < weights.bias.size(); ++i)
        QVERIFY2(close(gradient.bias[i], numericDerivative(weights.bias[i], loss)), qPrintable(QString::number(i)));
    for (std::size_t i = 0; i < inputs.size(); ++i)
        QVERIFY2(close(inputGradient[i], numericDerivative(inputs[i], loss)), qPrintable(QString::number(i)));
}

void QuoteLstmTest::crfLoss_matchesEveryPathSummed()
{
    std::mt19937 random(9);
    const int length = 3;
    const std::vector<float> scores = randomValues(std::size_t(length) * kQuoteTagCount, random, 2.0f);
    const std::vector<float> transitions = randomValues(kQuoteTagCount * kQuoteTagCount, random, 2.0f);
    const QuoteTag gold[length] = {quoteBegin(QuoteRole::Source), quoteBegin(QuoteRole::Cue), quoteInside(QuoteRole::Cue)};

    // Every valid path by brute force: the partition and each tag's and transition's marginal.
    double partition = 0.0;
    double goldWeight = 0.0;
    std::vector<double> tagMarginal(std::size_t(length) * kQuoteTagCount, 0.0);
    std::vector<double> transitionMarginal(kQuoteTagCount * kQuoteTagCount, 0.0);
    for (QuoteTag a : allTags()) {
        for (QuoteTag b : allTags()) {
            for (QuoteTag c : allTags()) {
                const QuoteTag path[length] = {a, b, c};
                if (!isQuoteTagAllowedAfter(kQuoteOutside, a) || !isQuoteTagAllowedAfter(a, b) || !isQuoteTagAllowedAfter(b, c))
                    continue;
                double score = transitions[std::size_t(kQuoteOutside * kQuoteTagCount + a)];
                for (int t = 0; t < length; ++t) {
                    score += scores[std::size_t(t * kQuoteTagCount + path[t])];
                    if (t > 0)
                        score += transitions[std::size_t(path[t - 1] * kQuoteTagCount + path[t])];
                }
                const double weight = std::exp(score);
                partition += weight;
                if (a == gold[0] && b == gold[1] && c == gold[2])
                    goldWeight = weight;
                transitionMarginal[std::size_t(kQuoteOutside * kQuoteTagCount + a)] += weight;
                for (int t = 0; t < length; ++t) {
                    tagMarginal[std::size_t(t * kQuoteTagCount + path[t])] += weight;
                    if (t > 0)
                        transitionMarginal[std::size_t(path[t - 1] * kQuoteTagCount + path[t])] += weight;
                }
            }
        }
    }
    std::vector<float> scoreGradient(scores.size(), 0.0f);
    std::vector<float> transitionGradient(transitions.size(), 0.0f);
    const double loss = quoteCrfLoss(scores.data(), length, transitions.data(), gold, scoreGradient.data(), transitionGradient.data());
    QVERIFY(std::abs(loss - -std::log(goldWeight / partition)) < 1e-4);
    for (int t = 0; t < length; ++t) {
        for (int tag = 0; tag < kQuoteTagCount; ++tag) {
            const double expected = tagMarginal[std::size_t(t * kQuoteTagCount + tag)] / partition - (gold[t] == tag ? 1.0 : 0.0);
            QVERIFY2(std::abs(scoreGradient[std::size_t(t * kQuoteTagCount + tag)] - expected) < 1e-4,
                     qPrintable(QStringLiteral("token %1 tag %2").arg(t).arg(tag)));
        }
    }
    std::vector<double> goldTransitions(transitions.size(), 0.0);
    goldTransitions[std::size_t(kQuoteOutside * kQuoteTagCount + gold[0])] += 1.0;
    for (int t = 1; t < length; ++t)
        goldTransitions[std::size_t(gold[t - 1] * kQuoteTagCount + gold[t])] += 1.0;
    for (std::size_t i = 0; i < transitions.size(); ++i)
        QVERIFY2(std::abs(transitionGradient[i] - (transitionMarginal[i] / partition - goldTransitions[i])) < 1e-4,
                 qPrintable(QString::number(i)));
}

void QuoteLstmTest::trainer_learnsItsArticle_reproduciblyAndThroughSaving()
{
    auto ner = NerModel::load(NerModel::defaultPath());
    QVERIFY2(ner.ok(), qPrintable(ner.ok() ? QString() : ner.error().toString()));
    auto corpus = readPolnearSplit(QStringLiteral(GALLEY_TEST_DATA_DIR "/quotes/polnear-mini"));
    QVERIFY(corpus.ok());
    QuoteTrainingOptions options;
    options.tagger = QuoteTagger::Lstm;
    options.lexiconMinCount = 1;
    options.lstm.featureMinCount = 1;
    options.lstm.epochs = 30;
    options.lstm.learningRate = 0.1f;
    options.lstm.hiddenSize = 8;
    options.lstm.embeddingSize = 8;
    QList<double> losses;
    options.afterEpoch = [&losses](int, double loss, const QuoteModel &) { losses.append(loss); };
    const QuoteModel model = trainQuoteModel(*corpus, *ner, options);
    QVERIFY(model.usesLstm());
    QCOMPARE(losses.size(), 30);
    QVERIFY2(losses.last() < losses.first() / 4, qPrintable(QStringLiteral("%1 -> %2").arg(losses.first()).arg(losses.last())));

    // It has learnt the article's tags: its speakers, cues and what they said.
    const PolnearDocument &document = corpus->documents.first();
    const QList<Token> tokens = tokenize(document.text);
    const QList<Sentence> sentences = splitSentences(document.text, tokens);
    const QList<EntityMention> entities = findEntities(*ner, document.text, tokens, sentences);
    const AnalysedText analysed(document.text, tokens, sentences, entities);
    const std::vector<QuoteTag> gold = goldQuoteTags(document, tokens);
    const std::vector<QuoteTag> tags = model.tag(analysed);
    QCOMPARE(tags.size(), gold.size());
    qsizetype right = 0;
    for (std::size_t t = 0; t < tags.size(); ++t)
        right += tags[t] == gold[t];
    QVERIFY2(right * 10 >= qsizetype(tags.size()) * 9, qPrintable(QStringLiteral("%1 of %2 tags").arg(right).arg(tags.size())));

    // The same bytes from the same data; saved and loaded, the same tags and probabilities.
    options.afterEpoch = {};
    const QByteArray bytes = model.toBytes();
    QVERIFY(bytes.startsWith("GALLEY-QUOTES 3\n"));
    QCOMPARE(trainQuoteModel(*corpus, *ner, options).toBytes(), bytes);
    auto loaded = QuoteModel::fromBytes(bytes, QStringLiteral("memory"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
    QVERIFY(loaded->usesLstm());
    QCOMPARE(loaded->toBytes(), bytes);
    QCOMPARE(loaded->tag(analysed), tags);
    const QuoteModel::Tagging before = model.tagWithProbabilities(analysed, 1.0f);
    const QuoteModel::Tagging after = loaded->tagWithProbabilities(analysed, 1.0f);
    QCOMPARE(after.probabilities.size(), tokens.size());
    for (std::size_t t = 0; t < before.probabilities.size(); ++t) {
        QCOMPARE(after.probabilities[t], before.probabilities[t]);
        float sum = 0.0f;
        for (float p : after.probabilities[t])
            sum += p;
        QVERIFY(std::abs(sum - 1.0f) < 1e-3f);
    }
}

void QuoteLstmTest::damagedNetwork_isRefusedWithAReason()
{
    auto ner = NerModel::load(NerModel::defaultPath());
    QVERIFY(ner.ok());
    auto corpus = readPolnearSplit(QStringLiteral(GALLEY_TEST_DATA_DIR "/quotes/polnear-mini"));
    QVERIFY(corpus.ok());
    QuoteTrainingOptions options;
    options.lexiconMinCount = 1;
    options.lstm.featureMinCount = 1;
    options.lstm.epochs = 1;
    const QByteArray bytes = trainQuoteModel(*corpus, *ner, options).toBytes();
    for (const qsizetype keep : {bytes.size() / 2, bytes.size() - 20}) {
        const auto cut = QuoteModel::fromBytes(bytes.left(keep), QStringLiteral("cut.model"));
        QVERIFY(!cut.ok());
        QVERIFY(cut.error().toString().contains(QStringLiteral("cut.model")));
    }
    // A weight that is not a number inside the compressed data.
    QByteArray payload = qUncompress(bytes.mid(16));
    const QByteArray nan("\x00\x00\xc0\x7f", 4);
    payload.replace(payload.size() - 8, 4, nan);
    const auto damaged = QuoteModel::fromBytes(bytes.left(16) + qCompress(payload), QStringLiteral("nan.model"));
    QVERIFY(!damaged.ok());
    QCOMPARE(damaged.error().code, QStringLiteral("bad-network"));
    // A network without rows, and data that claims 4 GB unpacked: refused before any allocation.
    QByteArray noRows = payload;
    const qsizetype rowsAt = noRows.indexOf(QByteArray("\x20\x00\x00\x00\x30\x00\x00\x00", 8));   // 32 wide, 48 units
    if (rowsAt >= 0) {
        noRows.replace(rowsAt + 8, 4, QByteArray(4, '\0'));
        const auto empty = QuoteModel::fromBytes(bytes.left(16) + qCompress(noRows), QStringLiteral("empty.model"));
        QVERIFY(!empty.ok());
    }
    const QByteArray huge = bytes.left(16) + QByteArray("\xff\xff\xff\xff", 4) + QByteArray(64, 'x');
    const auto tooLarge = QuoteModel::fromBytes(huge, QStringLiteral("huge.model"));
    QVERIFY(!tooLarge.ok());
    QCOMPARE(tooLarge.error().code, QStringLiteral("too-large"));
}

void QuoteLstmTest::lstmPieces_cutLongParagraphsAtSentences()
{
    // One paragraph of 300 six-token sentences, then one sentence of 2,500 words: a text copy
    // with no line break. The LSTM reads it in pieces of at most kMaxLstmPiece tokens, each of whole
    // sentences where sentences are short enough.
    QString text;
    for (int i = 0; i < 300; ++i)
        text += QStringLiteral("The mayor said it rained. ");
    for (int i = 0; i < 2500; ++i)
        text += QStringLiteral("word ");
    const QList<Token> tokens = tokenize(text);
    const QList<Sentence> sentences = splitSentences(text, tokens);
    const AnalysedText analysed(text, tokens, sentences, {});
    const QList<TokenSpan> pieces = lstmPieces(analysed, {0, tokens.size()});
    QVERIFY(pieces.size() >= 5);
    qsizetype next = 0;
    for (const TokenSpan &piece : pieces) {
        QCOMPARE(piece.begin, next);
        QVERIFY(piece.end > piece.begin && piece.end - piece.begin <= kMaxLstmPiece);
        const Sentence &sentence = sentences[analysed.sentenceOfToken[piece.begin]];
        QVERIFY2(piece.begin == sentence.tokenBegin || sentence.tokenCount() > kMaxLstmPiece, qPrintable(QString::number(piece.begin)));
        next = piece.end;
    }
    QCOMPARE(next, tokens.size());
    // A short paragraph is one piece.
    QCOMPARE(lstmPieces(analysed, {0, 12}).size(), 1);
}

void QuoteLstmTest::crfGold_startsFromOutside()
{
    // A piece cut inside a span starts with I-; the CRF's paths all start after O, so such gold
    // was no path of the CRF's and its loss fell below zero without end. It begins its span.
    const QuoteTag content = quoteInside(QuoteRole::Content);
    const std::vector<QuoteTag> cut{content, content, kQuoteOutside, quoteInside(QuoteRole::Cue), quoteBegin(QuoteRole::Source),
                                    quoteInside(QuoteRole::Cue)};
    const std::vector<QuoteTag> valid{quoteBegin(QuoteRole::Content), content, kQuoteOutside, quoteBegin(QuoteRole::Cue),
                                      quoteBegin(QuoteRole::Source), quoteBegin(QuoteRole::Cue)};
    QCOMPARE(validQuoteTagPath(cut.data(), qsizetype(cut.size())), valid);
    QCOMPARE(validQuoteTagPath(valid.data(), qsizetype(valid.size())), valid);
    std::vector<float> scores(cut.size() * kQuoteTagCount, 0.0f);
    std::vector<float> transitions(kQuoteTagCount * kQuoteTagCount, 0.0f);
    std::vector<float> scoreGradient(scores.size(), 0.0f);
    std::vector<float> transitionGradient(transitions.size(), 0.0f);
    const std::vector<QuoteTag> gold = validQuoteTagPath(cut.data(), qsizetype(cut.size()));
    QVERIFY(quoteCrfLoss(scores.data(), int(cut.size()), transitions.data(), gold.data(), scoreGradient.data(),
                         transitionGradient.data()) > 0.0);
}

QTEST_GUILESS_MAIN(QuoteLstmTest)
#include "quote_lstm_test.moc"
