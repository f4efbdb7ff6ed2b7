#include "detect/ner/entity_finder.h"
#include "detect/ner/ner_model.h"
#include "detect/quotes/polnear_corpus.h"
#include "detect/quotes/quote_evaluation.h"
#include "detect/quotes/quote_trainer.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

#include <QTest>

using namespace galley;

// The PolNeAR reader, the scorer and the trainer on a split written for this test
// (tests/data/quotes/polnear-mini).
class QuotePolnearTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reader_keepsFirstAnnotatorAndConvertsOffsets();
    void reader_missingFolder_isAnError();
    void scores_perfectQuotes_scoreFull();
    void scores_wrongSpeakerAndLooseBoundaries();
    void scores_quotesInMarks_needMarksOnBothSides();
    void trainer_isReproducibleAndSurvivesSaving();
    void reader_everyAnnotator_readsEachFile();
    void trainer_passes_stackSecondPassOnFirst();

private:
    PolnearDocument m_document;
};

namespace {

QString spanText(const PolnearDocument &document, TextRange range)
{
    return document.text.mid(range.start, range.end - range.start);
}

TextRange find(const QString &text, const QString &what)
{
    const qsizetype start = text.indexOf(what);
    return {start, start + what.size()};
}

} // namespace

void QuotePolnearTest::initTestCase()
{
    auto corpus = readPolnearSplit(QStringLiteral(GALLEY_TEST_DATA_DIR "/quotes/polnear-mini"));
    QVERIFY2(corpus.ok(), qPrintable(corpus.ok() ? QString() : corpus.error().toString()));
    QCOMPARE(corpus->documents.size(), 1);
    m_document = corpus->documents.first();
}

void QuotePolnearTest::reader_keepsFirstAnnotatorAndConvertsOffsets()
{
    QCOMPARE(m_document.name, QStringLiteral("riverside_2020-01-01_bridge"));
    // The second annotator's file has one Source only; the first has two of each role.
    QCOMPARE(m_document.spans[std::size_t(QuoteRole::Source)].size(), 2);
    QCOMPARE(m_document.spans[std::size_t(QuoteRole::Cue)].size(), 2);
    QCOMPARE(m_document.spans[std::size_t(QuoteRole::Content)].size(), 3);   // one content in two fragments
    QCOMPARE(m_document.attributions.size(), 2);
    const PolnearAttribution &first = m_document.attributions[0];
    QCOMPARE(spanText(m_document, first.source.first()), QStringLiteral("Mayor 🙂 Lee"));   // code points -> UTF-16
    QCOMPARE(spanText(m_document, first.cue.first()), QStringLiteral("said"));
    QCOMPARE(spanText(m_document, first.content.first()), QStringLiteral("the bridge would reopen"));
    const PolnearAttribution &second = m_document.attributions[1];
    QCOMPARE(second.content.size(), 2);
    QCOMPARE(spanText(m_document, second.content[0]), QStringLiteral("“It is safe,”"));
    QCOMPARE(spanText(m_document, second.content[1]), QStringLiteral("“We checked twice.\nAnd again.”"));
    QCOMPARE(spanText(m_document, second.source.first()), QStringLiteral("she"));
}

void QuotePolnearTest::reader_missingFolder_isAnError()
{
    const auto corpus = readPolnearSplit(QStringLiteral(GALLEY_TEST_DATA_DIR "/quotes/no-such-split"));
    QVERIFY(!corpus.ok());
    QCOMPARE(corpus.error().code, QStringLiteral("not-found"));
}

void QuotePolnearTest::scores_perfectQuotes_scoreFull()
{
    const QString &text = m_document.text;
    QList<Quote> found;
    found.append({find(text, QStringLiteral("the bridge would reopen")), QuoteKind::Indirect,
                  find(text, QStringLiteral("said")), find(text, QStringLiteral("Mayor 🙂 Lee"))});
    // Direct quotes without their marks still match exactly.
    found.append({find(text, QStringLiteral("It is safe")), QuoteKind::Direct, find(text, QStringLiteral("added")),
                  find(text, QStringLiteral("she"))});
    found.append({find(text, QStringLiteral("We checked twice.\nAnd again.")), QuoteKind::Direct,
                  find(text, QStringLiteral("added")), find(text, QStringLiteral("she"))});
    QuoteScores scores;
    scores.addDocument(m_document, found);
    for (QuoteRole role : {QuoteRole::Source, QuoteRole::Cue, QuoteRole::Content}) {
        QCOMPARE(scores.overlap(role).f1(), 1.0);
        QCOMPARE(scores.exact(role).f1(), 1.0);
        QCOMPARE(scores.tokenOverlap(role).f1(), 1.0);   // the quote marks PolNeAR keeps are not words
    }
    QCOMPARE(scores.tokenOverlap(QuoteRole::Source).gold, 4);   // "Mayor", "🙂", "Lee", "she"
    QCOMPARE(scores.quotedContentExact().f1(), 1.0);
    QCOMPARE(scores.quotedContentExact().gold, 2);
    QCOMPARE(scores.speakerAccuracy(), 1.0);
}

void QuotePolnearTest::scores_wrongSpeakerAndLooseBoundaries()
{
    const QString &text = m_document.text;
    QList<Quote> found;
    // Content one word short (overlap, not exact), speaker the wrong one.
    found.append({find(text, QStringLiteral("the bridge would")), QuoteKind::Indirect, find(text, QStringLiteral("said")),
                  find(text, QStringLiteral("she"))});
    QuoteScores scores;
    scores.addDocument(m_document, found);
    const SpanScore &overlap = scores.overlap(QuoteRole::Content);
    QCOMPARE(overlap.predicted, 1);
    QCOMPARE(overlap.predictedMatched, 1);
    QCOMPARE(overlap.goldMatched, 1);
    QCOMPARE(overlap.gold, 3);
    QCOMPARE(scores.exact(QuoteRole::Content).goldMatched, 0);
    QCOMPARE(scores.speakerFound(), 1);
    QCOMPARE(scores.speakerAccuracy(), 0.0);
    QCOMPARE(scores.quotedContentExact().predicted, 0);   // no direct quote found
    // By words: 3 of the 4 words of the first content, none of the second quote's 6.
    const SpanScore &words = scores.tokenOverlap(QuoteRole::Content);
    QCOMPARE(words.predicted, 3);
    QCOMPARE(words.predictedMatched, 3);
    QCOMPARE(words.gold, 4 + 3 + 5);
    QCOMPARE(words.goldMatched, 3);
    QCOMPARE(scores.tokenOverlap(QuoteRole::Source).predictedMatched, 1);   // "she" is a gold source, of the other quote
}

void QuotePolnearTest::scores_quotesInMarks_needMarksOnBothSides()
{
    // A transcript line opens with a mark and never closes it: a direct quote, but not one in
    // marks, on either side of the score. It counted as a direct quote found in marks.
    PolnearDocument document;
    document.text = QStringLiteral("\"WALLACE: Are you ready for the debate?\n\nHe said: “We are ready,” and left.");
    const TextRange turn = find(document.text, QStringLiteral("Are you ready for the debate?"));
    const TextRange quoted = find(document.text, QStringLiteral("“We are ready,”"));
    document.spans[std::size_t(QuoteRole::Content)] = {turn, quoted};
    QuoteScores scores;
    scores.addDocument(document, {{turn, QuoteKind::Direct, find(document.text, QStringLiteral(":")), {}},
                                  {find(document.text, QStringLiteral("We are ready")), QuoteKind::Direct, {}, {}}});
    QCOMPARE(scores.quotedContentExact().gold, 1);
    QCOMPARE(scores.quotedContentExact().predicted, 1);
    QCOMPARE(scores.quotedContentExact().f1(), 1.0);
}

void QuotePolnearTest::trainer_isReproducibleAndSurvivesSaving()
{
    auto ner = NerModel::load(NerModel::defaultPath());
    QVERIFY2(ner.ok(), qPrintable(ner.ok() ? QString() : ner.error().toString()));
    PolnearCorpus corpus;
    corpus.documents.append(m_document);
    QuoteTrainingOptions options;
    options.tagger = QuoteTagger::Perceptron;
    options.epochs = 3;
    options.lexiconMinCount = 1;
    options.pruneBelow = 0.0f;
    const QByteArray first = trainQuoteModel(corpus, *ner, options).toBytes();
    const QByteArray second = trainQuoteModel(corpus, *ner, options).toBytes();
    QCOMPARE(first, second);
    auto loaded = QuoteModel::fromBytes(first, QStringLiteral("memory"));
    QVERIFY(loaded.ok());
    QVERIFY(!loaded->isEmpty());
    QCOMPARE(loaded->toBytes(), first);
    QVERIFY(loaded->lexicon().tenths(u"said") > 0);
    // A damaged file is refused with a reason, not read as an empty model.
    const auto damaged = QuoteModel::fromBytes(first.left(first.size() / 2), QStringLiteral("half"));
    QVERIFY(!damaged.ok());
}

void QuotePolnearTest::reader_everyAnnotator_readsEachFile()
{
    auto corpus = readPolnearSplit(QStringLiteral(GALLEY_TEST_DATA_DIR "/quotes/polnear-mini"), PolnearAnnotators::Every);
    QVERIFY2(corpus.ok(), qPrintable(corpus.ok() ? QString() : corpus.error().toString()));
    QCOMPARE(corpus->documents.size(), 2);
    QCOMPARE(corpus->documents[0].name, corpus->documents[1].name);
    QCOMPARE(corpus->documents[0].spans[std::size_t(QuoteRole::Source)].size(), 2);
    QCOMPARE(corpus->documents[1].spans[std::size_t(QuoteRole::Source)].size(), 1);   // the second annotator's
}

void QuotePolnearTest::trainer_passes_stackSecondPassOnFirst()
{
    auto ner = NerModel::load(NerModel::defaultPath());
    QVERIFY2(ner.ok(), qPrintable(ner.ok() ? QString() : ner.error().toString()));
    auto corpus = readPolnearSplit(QStringLiteral(GALLEY_TEST_DATA_DIR "/quotes/polnear-mini"), PolnearAnnotators::Every);
    QVERIFY(corpus.ok());
    corpus->documents.append(corpus->documents);   // four documents: every jackknife fold gets one
    QuoteTrainingOptions options;
    options.tagger = QuoteTagger::Perceptron;
    options.epochs = 2;
    options.lexiconMinCount = 1;
    options.pruneBelow = 0.0f;

    options.passes = 1;
    const QuoteModel single = trainQuoteModel(*corpus, *ner, options);
    QCOMPARE(single.passCount(), 1);
    QVERIFY(single.toBytes().startsWith("GALLEY-QUOTES 1\n"));   // one-pass files keep the first format

    options.passes = 2;
    const QuoteModel stacked = trainQuoteModel(*corpus, *ner, options);
    QCOMPARE(stacked.passCount(), 2);
    const QByteArray bytes = stacked.toBytes();
    QVERIFY(bytes.startsWith("GALLEY-QUOTES 2\n"));
    QCOMPARE(trainQuoteModel(*corpus, *ner, options).toBytes(), bytes);
    auto loaded = QuoteModel::fromBytes(bytes, QStringLiteral("memory"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
    QCOMPARE(loaded->passCount(), 2);
    QCOMPARE(loaded->toBytes(), bytes);

    // Both passes tag after loading as before saving; the second pass sees the first's tags.
    const QString &text = corpus->documents.first().text;
    const QList<Token> tokens = tokenize(text);
    const QList<Sentence> sentences = splitSentences(text, tokens);
    const QList<EntityMention> entities = findEntities(*ner, text, tokens, sentences);
    const AnalysedText analysed(text, tokens, sentences, entities);
    QCOMPARE(loaded->tagFirstPasses(analysed, 1), stacked.tagFirstPasses(analysed, 1));
    QCOMPARE(loaded->tag(analysed), stacked.tag(analysed));
    QCOMPARE(qsizetype(stacked.tag(analysed).size()), tokens.size());

    const auto damaged = QuoteModel::fromBytes(bytes.left(bytes.size() - 40), QStringLiteral("cut"));
    QVERIFY(!damaged.ok());

    // A third pass stacks on the second's tags, saves and loads as the others; the first two
    // passes are trained as in the two-pass model.
    options.passes = 3;
    const QuoteModel third = trainQuoteModel(*corpus, *ner, options);
    QCOMPARE(third.passCount(), 3);
    QCOMPARE(third.tagFirstPasses(analysed, 2), stacked.tag(analysed));
    auto thirdLoaded = QuoteModel::fromBytes(third.toBytes(), QStringLiteral("memory"));
    QVERIFY(thirdLoaded.ok());
    QCOMPARE(thirdLoaded->passCount(), 3);
    QCOMPARE(thirdLoaded->tag(analysed), third.tag(analysed));
}

QTEST_GUILESS_MAIN(QuotePolnearTest)
#include "quote_polnear_test.moc"
