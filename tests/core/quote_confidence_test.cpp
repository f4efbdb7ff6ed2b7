#include "quote_test_support.h"

#include "detect/ner/ner_model.h"
#include "detect/quotes/analysed_text.h"
#include "detect/quotes/polnear_evaluation.h"
#include "detect/quotes/quote_calibration.h"

#include <QTest>
#include <QtEndian>

#include <bit>
#include <cmath>
#include <limits>

using namespace galley;

// How sure the quote finder says it is of each quote: the tagger's tag probabilities
// (forward-backward), the calibration that turns them into "how likely is this quote right",
// the model file that carries it, and whether the shipped model's confidence means what it says
// on PolNeAR dev.
class QuoteConfidenceTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tagProbabilities_sumToOneAndAgreeWithTheTags();
    void shippedModel_confidence_data();
    void shippedModel_confidence();
    void rulesAlone_haveNoConfidence();
    void modelFile_keepsTheCalibration();
    void modelFile_withoutCalibration_loadsWithoutConfidence();
    void modelFile_damagedCalibration_isRefused_data();
    void modelFile_damagedCalibration_isRefused();
    void attributionRight_data();
    void attributionRight();
    void calibration_followsTheGold();
    void shippedModel_devConfidenceMeansWhatItSays();

private:
    QList<Quote> quotesOf(const QuoteModel &model, const QString &text) const;

    std::optional<NerModel> m_ner;
    std::optional<QuoteModel> m_model;
};

void QuoteConfidenceTest::initTestCase()
{
    const QString problem = loadShippedModels(m_ner, m_model);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(!m_model->confidenceCalibration().isEmpty(), "the shipped model carries no confidence calibration");
}

QList<Quote> QuoteConfidenceTest::quotesOf(const QuoteModel &model, const QString &text) const
{
    const QList<Token> tokens = tokenize(text);
    const QList<Sentence> sentences = splitSentences(text, tokens);
    return findQuotes(model, text, tokens, sentences, findEntities(*m_ner, text, tokens, sentences));
}

void QuoteConfidenceTest::tagProbabilities_sumToOneAndAgreeWithTheTags()
{
    const QString text = QStringLiteral("“We will appeal the ruling,” said Mayor Elena Varga on Tuesday.\n\n"
                                         "The president said that the talks would resume next week.");
    const QList<Token> tokens = tokenize(text);
    const QList<Sentence> sentences = splitSentences(text, tokens);
    const QList<EntityMention> entities = findEntities(*m_ner, text, tokens, sentences);
    const AnalysedText analysed(text, tokens, sentences, entities);
    const float temperature = m_model->confidenceCalibration().temperature;
    const QuoteModel::Tagging tagging = m_model->tagWithProbabilities(analysed, temperature);
    QCOMPARE(tagging.tags, m_model->tag(analysed));
    QCOMPARE(qsizetype(tagging.probabilities.size()), tokens.size());
    for (qsizetype t = 0; t < tokens.size(); ++t) {
        const QuoteTagProbabilities &p = tagging.probabilities[std::size_t(t)];
        float sum = 0.0f;
        for (float probability : p) {
            QVERIFY(probability >= 0.0f && probability <= 1.0f);
            sum += probability;
        }
        QVERIFY2(qAbs(sum - 1.0f) < 1e-3f, qPrintable(QStringLiteral("token %1: %2").arg(t).arg(sum)));
        // Where the tagger is sure, its tag is the likeliest.
        const auto likeliest = QuoteTag(std::max_element(p.begin(), p.end()) - p.begin());
        if (p[likeliest] > 0.6f)
            QCOMPARE(likeliest, tagging.tags[std::size_t(t)]);
    }
    // A paragraph cannot open inside a span.
    for (QuoteRole role : {QuoteRole::Source, QuoteRole::Cue, QuoteRole::Content})
        QCOMPARE(tagging.probabilities.front()[quoteInside(role)], 0.0f);
    // With a very high temperature every path weighs the same: no tag is sure any more.
    const QuoteModel::Tagging flat = m_model->tagWithProbabilities(analysed, 1e12f);
    for (const QuoteTagProbabilities &p : flat.probabilities)
        QVERIFY(*std::max_element(p.begin(), p.end()) < 0.5f);
}

void QuoteConfidenceTest::shippedModel_confidence_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("content");
    QTest::addColumn<float>("atLeast");
    QTest::addColumn<float>("below");
    QTest::newRow("direct quote with its speaker")
        << QStringLiteral("“We will appeal the ruling,” said Mayor Elena Varga on Tuesday.")
        << QStringLiteral("We will appeal the ruling") << 0.85f << 1.01f;
    QTest::newRow("reported speech with 'said that'")
        << QStringLiteral("The president said that the talks would resume next week.")
        << QStringLiteral("that the talks would resume next week") << 0.7f << 1.01f;
    // Whichever words of it a retrained tagger reads as said, a quote there is doubtful.
    QTest::newRow("a disclaimer read as speech with no speaker")
        << QStringLiteral("The opinions expressed in the article do not necessarily reflect those of Sputnik.")
        << QStringLiteral("necessarily reflect") << 0.0f << 0.3f;
}

void QuoteConfidenceTest::shippedModel_confidence()
{
    QFETCH(QString, text);
    QFETCH(QString, content);
    QFETCH(float, atLeast);
    QFETCH(float, below);
    // A quote to trust must be found with those words exactly; a doubtful one may be found
    // with any words around them, or not at all.
    const bool doubtful = atLeast == 0.0f;
    const qsizetype at = text.indexOf(content);
    bool found = false;
    for (const Quote &quote : quotesOf(*m_model, text)) {
        const bool matches = doubtful ? quote.content.start <= at && quote.content.end >= at + content.size()
                                      : rangeText(text, quote.content) == content;
        if (!matches)
            continue;
        found = true;
        QVERIFY2(quote.confidence >= atLeast && quote.confidence < below,
                 qPrintable(QStringLiteral("%1: %2").arg(describeQuote(text, quote)).arg(quote.confidence)));
    }
    QVERIFY2(found || doubtful, qPrintable(describeQuotes(*m_model, &*m_ner, text).join(u'\n')));
}

void QuoteConfidenceTest::rulesAlone_haveNoConfidence()
{
    const QList<Quote> quotes = quotesOf(QuoteModel(), QStringLiteral("“We will appeal,” said Mayor Elena Varga."));
    QCOMPARE(quotes.size(), 1);
    QCOMPARE(quotes.front().confidence, -1.0f);
}

void QuoteConfidenceTest::modelFile_keepsTheCalibration()
{
    const auto reloaded = QuoteModel::fromBytes(m_model->toBytes(), QStringLiteral("memory"));
    QVERIFY2(reloaded.ok(), qPrintable(reloaded.ok() ? QString() : reloaded.error().toString()));
    QCOMPARE(reloaded.value().confidenceCalibration(), m_model->confidenceCalibration());
}

void QuoteConfidenceTest::modelFile_withoutCalibration_loadsWithoutConfidence()
{
    QuoteModel uncalibrated = *m_model;
    uncalibrated.setConfidenceCalibration({});
    const auto reloaded = QuoteModel::fromBytes(uncalibrated.toBytes(), QStringLiteral("memory"));
    QVERIFY(reloaded.ok());
    QVERIFY(reloaded.value().confidenceCalibration().isEmpty());
    const QString text = QStringLiteral("“We will appeal the ruling,” said Mayor Elena Varga on Tuesday.");
    const QList<Quote> quotes = quotesOf(reloaded.value(), text);
    QVERIFY(!quotes.isEmpty());
    for (const Quote &quote : quotes)
        QCOMPARE(quote.confidence, -1.0f);
    // The same quotes as with the calibration: only their confidence differs.
    QStringList with;
    QStringList without;
    for (const Quote &quote : quotesOf(*m_model, text))
        with.append(describeQuote(text, quote));
    for (const Quote &quote : quotes)
        without.append(describeQuote(text, quote));
    QCOMPARE(without, with);
}

void QuoteConfidenceTest::modelFile_damagedCalibration_isRefused_data()
{
    QTest::addColumn<QByteArray>("tail");
    QTest::addColumn<QString>("code");
    QTest::newRow("unknown data after the weights") << QByteArray("JUNKJUNK") << QStringLiteral("trailing-data");
    QTest::newRow("calibration cut short") << QByteArray("CONF\x01\x02", 6) << QStringLiteral("truncated");
    QByteArray zeroTemperature("CONF");
    zeroTemperature.append(24, '\0');
    QTest::newRow("no temperature") << zeroTemperature << QStringLiteral("bad-calibration");
    QTest::newRow("stray bytes after the weights") << QByteArray("\x01\x02", 2) << QStringLiteral("trailing-data");
    // a calibration block as toBytes writes it: the tag, the temperature, five weights
    const auto block = [](float weight) {
        QByteArray bytes("CONF");
        for (float value : {10000.0f, weight, 1.0f, 0.0f, 0.0f, 0.0f}) {
            const quint32 bits = qToLittleEndian(std::bit_cast<quint32>(value));
            bytes.append(reinterpret_cast<const char *>(&bits), 4);
        }
        return bytes;
    };
    QTest::newRow("a weight that is no number") << block(std::numeric_limits<float>::quiet_NaN())
                                                << QStringLiteral("bad-calibration");
    QTest::newRow("data after the calibration") << block(-3.0f) + "X" << QStringLiteral("trailing-data");
}

void QuoteConfidenceTest::modelFile_damagedCalibration_isRefused()
{
    QFETCH(QByteArray, tail);
    QFETCH(QString, code);
    QuoteModel uncalibrated = *m_model;
    uncalibrated.setConfidenceCalibration({});
    const QByteArray bytes = uncalibrated.toBytes();
    constexpr qsizetype kMagicSize = 16;
    QByteArray payload = qUncompress(bytes.mid(kMagicSize));
    payload.append(tail);
    const auto loaded = QuoteModel::fromBytes(bytes.left(kMagicSize) + qCompress(payload), QStringLiteral("damaged.model"));
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, code);
    QVERIFY(loaded.error().toString().contains(QStringLiteral("damaged.model")));
}

void QuoteConfidenceTest::attributionRight_data()
{
    // Gold: Varga said "We will appeal"; an attribution with no source ("It was said that …").
    QTest::addColumn<int>("contentStart");
    QTest::addColumn<int>("contentEnd");
    QTest::addColumn<int>("speakerStart");
    QTest::addColumn<int>("speakerEnd");
    QTest::addColumn<bool>("right");
    QTest::newRow("content and speaker overlap the gold") << 2 << 10 << 28 << 33 << true;
    QTest::newRow("content right, speaker wrong") << 2 << 10 << 36 << 40 << false;
    QTest::newRow("content right, no speaker where gold names one") << 2 << 10 << -1 << -1 << false;
    QTest::newRow("content nowhere in the gold") << 50 << 60 << 28 << 33 << false;
    QTest::newRow("no speaker where gold has none") << 80 << 95 << -1 << -1 << true;
    QTest::newRow("a speaker where gold has none") << 80 << 95 << 28 << 33 << false;
}

void QuoteConfidenceTest::attributionRight()
{
    QFETCH(int, contentStart);
    QFETCH(int, contentEnd);
    QFETCH(int, speakerStart);
    QFETCH(int, speakerEnd);
    QFETCH(bool, right);
    PolnearDocument gold;
    gold.text = QString(100, u'x');
    gold.attributions.append({{{22, 33}}, {{16, 20}}, {{1, 15}}});
    gold.attributions.append({{}, {{70, 78}}, {{79, 99}}});
    Quote quote;
    quote.content = {contentStart, contentEnd};
    quote.speaker = {speakerStart, speakerEnd};
    QCOMPARE(isAttributionRight(gold, quote), right);
}

void QuoteConfidenceTest::calibration_followsTheGold()
{
    // Small corpora of the same texts: the gold holds every quote the model finds, none, or only
    // those that name a speaker. Calibrated on them, quotes come out sure, unsure, or sure just
    // where they name a speaker.
    const QStringList texts{
        QStringLiteral("“We will appeal the ruling,” said Mayor Elena Varga on Tuesday."),
        QStringLiteral("The president said that the talks would resume next week."),
        QStringLiteral("According to the police, 70 people were hurt."),
        QStringLiteral("“It is a watershed moment,” Assad told reporters. He said the war was not over."),
        QStringLiteral("The opinions expressed in the article do not necessarily reflect those of Sputnik."),
        QStringLiteral("While the liberation of the city from militants is expected to be completed in the near future, "
                       "President Bashar Assad said Thursday it would be a watershed moment."),
    };
    PolnearCorpus agreeing;
    PolnearCorpus empty;
    PolnearCorpus named;
    bool someNameNone = false;
    for (const QString &text : texts) {
        PolnearDocument document;
        document.text = text;
        empty.documents.append(document);
        PolnearDocument withSpeakers = document;
        for (const Quote &quote : quotesOf(*m_model, text)) {
            PolnearAttribution attribution;
            attribution.content.append(quote.content);
            if (!quote.speaker.isEmpty())
                attribution.source.append(quote.speaker);
            document.attributions.append(attribution);
            if (!quote.speaker.isEmpty())
                withSpeakers.attributions.append(attribution);
            someNameNone = someNameNone || quote.speaker.isEmpty();
        }
        agreeing.documents.append(document);
        named.documents.append(withSpeakers);
    }
    QVERIFY(someNameNone);   // else the last corpus tells nothing
    const QuoteConfidenceCalibration sure = calibrateQuoteConfidence(agreeing, *m_ner, *m_model);
    const QuoteConfidenceCalibration unsure = calibrateQuoteConfidence(empty, *m_ner, *m_model);
    QVERIFY(!sure.isEmpty());
    QCOMPARE(calibrateQuoteConfidence(agreeing, *m_ner, *m_model), sure);   // deterministic
    QuoteModel byName = *m_model;
    byName.setConfidenceCalibration(calibrateQuoteConfidence(named, *m_ner, *m_model));
    for (const QString &text : texts) {
        for (const Quote &quote : quotesOf(byName, text)) {
            const bool sure = quote.confidence >= 0.9f;
            QVERIFY2(sure == !quote.speaker.isEmpty(),
                     qPrintable(QStringLiteral("%1: %2").arg(describeQuote(text, quote)).arg(quote.confidence)));
        }
    }
    for (const auto &[calibration, low, high] : {std::tuple{sure, 0.9f, 1.01f}, std::tuple{unsure, 0.0f, 0.1f}}) {
        QuoteModel model = *m_model;
        model.setConfidenceCalibration(calibration);
        for (const QString &text : texts) {
            for (const Quote &quote : quotesOf(model, text))
                QVERIFY2(quote.confidence >= low && quote.confidence < high,
                         qPrintable(QStringLiteral("%1: %2").arg(describeQuote(text, quote)).arg(quote.confidence)));
        }
    }
}

void QuoteConfidenceTest::shippedModel_devConfidenceMeansWhatItSays()
{
    const auto dev = readPolnearSplit(QStringLiteral(GALLEY_SHARED_DIR "/data/quotes/polnear/dev"));
    if (!dev)
        QSKIP("../shared/data/quotes/polnear/dev is absent (shared data not checked out)");
    const QuoteScores scores = evaluateQuotes(*dev, *m_ner, *m_model);
    const auto &bins = scores.confidenceBins().bins();
    qInfo().noquote() << '\n' + scores.toText().section(QStringLiteral("\nconfidence"), 1).prepend(QStringLiteral("confidence"));
    // Measured when the model was calibrated (the BiLSTM-CRF): 15 % right under 0.3 (mean
    // confidence 0.11), 27 % under 0.5 (0.43; 41 quotes), 57, 78, and 95 % at 0.85 and up. The two
    // bins under even odds together: mostly wrong.
    const auto share = [](qint64 right, qint64 quotes) { return double(right) / double(quotes); };
    QList<double> shares{share(bins[0].right + bins[1].right, bins[0].found + bins[1].found)};
    for (std::size_t b = 2; b < bins.size(); ++b)
        shares.append(share(bins[b].right, bins[b].found));
    QVERIFY2(shares.front() <= 0.3, qPrintable(QString::number(shares.front())));
    // Each bin is right about as often as its confidence says: within 5 points and twice the
    // sampling error of its share (the bins under 0.5 hold a few dozen to a few hundred quotes).
    for (const auto &bin : bins) {
        const double mean = bin.meanConfidence();
        const double samplingError = std::sqrt(mean * (1.0 - mean) / double(std::max<qint64>(1, bin.found)));
        QVERIFY2(std::abs(bin.rightShare() - mean) <= 0.05 + 2.0 * samplingError,
                 qPrintable(QStringLiteral("right %1, mean confidence %2").arg(bin.rightShare()).arg(bin.meanConfidence())));
    }
    QVERIFY2(shares.back() >= 0.9, qPrintable(QString::number(shares.back())));
    for (qsizetype b = 1; b < shares.size(); ++b)
        QVERIFY2(shares[b] > shares[b - 1], qPrintable(QStringLiteral("bin %1: %2 after %3").arg(b).arg(shares[b]).arg(shares[b - 1])));
    // The surest bin holds a good part of the quotes: a reviewer can go through them quickly.
    qint64 quotes = 0;
    for (const auto &bin : bins)
        quotes += bin.found;
    QVERIFY2(bins.back().found * 4 >= quotes, qPrintable(QStringLiteral("%1 of %2").arg(bins.back().found).arg(quotes)));
}

QTEST_GUILESS_MAIN(QuoteConfidenceTest)
#include "quote_confidence_test.moc"
