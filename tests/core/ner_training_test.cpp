#include "detect/ner/conll_corpus.h"
#include "detect/ner/ner_evaluation.h"
#include "detect/ner/ner_trainer.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace galley;

class NerTrainingTest : public QObject
{
    Q_OBJECT

private slots:
    void train_learnsTinyCorpus();
    void train_isDeterministic();
    void train_thirdPassStacksOnSecond();
    void saveLoad_roundTripKeepsBytesAndTags();
    void load_rejectsDamagedFiles();
};

namespace {

// Twelve small documents, made up for this test: "word TAG" lines.
ConllCorpus tinyCorpus()
{
    const char *documents[] = {
        "Anna B-PER\nKowalski I-PER\nvisited O\nParis B-LOC\n. O\n\nShe O\nmet O\nAcme B-ORG\nstaff O\n. O\n",
        "Boris B-PER\nNovak I-PER\nleft O\nBerlin B-LOC\nfor O\nOslo B-LOC\n. O\n",
        "Globex B-ORG\nCorp I-ORG\nhired O\nAnna B-PER\nKowalski I-PER\n. O\n",
        "The O\nOlympic B-MISC\nGames I-MISC\nopened O\nin O\nOslo B-LOC\n. O\n",
        "Novak B-PER\nspoke O\nto O\nAcme B-ORG\nin O\nParis B-LOC\n. O\n",
        "Carla B-PER\nRossi I-PER\njoined O\nGlobex B-ORG\nCorp I-ORG\n. O\n",
        "Berlin B-LOC\nhosted O\nthe O\nOlympic B-MISC\nGames I-MISC\n. O\n",
        "Rossi B-PER\nflew O\nto O\nBerlin B-LOC\n. O\n",
        "Acme B-ORG\nand O\nGlobex B-ORG\nmerged O\n. O\n",
        "Boris B-PER\nNovak I-PER\nwatched O\nthe O\nOlympic B-MISC\nGames I-MISC\n. O\n",
        "Carla B-PER\nRossi I-PER\nvisited O\nOslo B-LOC\n. O\n",
        "Anna B-PER\nspoke O\nto O\nCarla B-PER\nin O\nParis B-LOC\n. O\n",
    };
    QString text;
    for (const char *document : documents)
        text += QStringLiteral("-DOCSTART- O\n\n") + QString::fromLatin1(document) + u'\n';
    return parseConll(text);
}

NerTrainingOptions tinyOptions()
{
    NerTrainingOptions options;
    options.epochs = 8;
    options.folds = 3;
    options.passes = 2;
    options.externalGazetteer = QStringLiteral("place\tParis\ngiven-name\tAnna\n");
    options.wordClusters = QStringLiteral("paris\t1\t10\noslo\t1\t10\nberlin\t1\t11\n");
    return options;
}

NerScores scoreOn(const NerModel &model, const ConllCorpus &corpus)
{
    const auto predicted = tagCorpus(model, corpus);
    NerScores scores;
    for (qsizetype d = 0; d < corpus.documents.size(); ++d) {
        for (qsizetype s = 0; s < corpus.documents[d].sentences.size(); ++s)
            scores.addSentence(corpus.documents[d].sentences[s].gold, predicted[d][s]);
    }
    return scores;
}

} // namespace

void NerTrainingTest::train_learnsTinyCorpus()
{
    const ConllCorpus corpus = tinyCorpus();
    QVERIFY(corpus.hasGold());
    const NerModel model = trainNerModel(corpus, tinyOptions());
    QCOMPARE(model.passCount(), 2);
    QVERIFY(model.featureCount() > 0);
    QCOMPARE(scoreOn(model, corpus).micro().f1(), 100.0);
}

void NerTrainingTest::train_isDeterministic()
{
    const ConllCorpus corpus = tinyCorpus();
    const QByteArray first = trainNerModel(corpus, tinyOptions()).toBytes();
    const QByteArray second = trainNerModel(corpus, tinyOptions()).toBytes();
    QCOMPARE(first.size(), second.size());
    QVERIFY(first == second);
    NerTrainingOptions otherSeed = tinyOptions();
    otherSeed.seed += 1;
    QVERIFY(trainNerModel(corpus, otherSeed).toBytes() != first);
}

void NerTrainingTest::train_thirdPassStacksOnSecond()
{
    const ConllCorpus corpus = tinyCorpus();
    NerTrainingOptions options = tinyOptions();
    options.passes = 3;
    const NerModel model = trainNerModel(corpus, options);
    QCOMPARE(model.passCount(), 3);
    QCOMPARE(scoreOn(model, corpus).micro().f1(), 100.0);
    const auto reloaded = NerModel::fromBytes(model.toBytes(), QStringLiteral("three.model"));
    QVERIFY(reloaded.ok());
    QCOMPARE(reloaded->passCount(), 3);
    QVERIFY(reloaded->toBytes() == model.toBytes());
}

void NerTrainingTest::saveLoad_roundTripKeepsBytesAndTags()
{
    const ConllCorpus corpus = tinyCorpus();
    const NerModel model = trainNerModel(corpus, tinyOptions());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("tiny.model"));
    QVERIFY(!model.save(path).has_value());
    const auto loaded = NerModel::load(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
    QCOMPARE(loaded->featureCount(), model.featureCount());
    QCOMPARE(loaded->gazetteerSize(), model.gazetteerSize());
    QCOMPARE(loaded->clusterWordCount(), model.clusterWordCount());
    QVERIFY(loaded->toBytes() == model.toBytes());
    QCOMPARE(tagCorpus(*loaded, corpus), tagCorpus(model, corpus));
}

void NerTrainingTest::load_rejectsDamagedFiles()
{
    const QByteArray bytes = trainNerModel(tinyCorpus(), tinyOptions()).toBytes();
    const auto notModel = NerModel::fromBytes(QByteArray("hello"), QStringLiteral("x.model"));
    QVERIFY(!notModel.ok());
    QCOMPARE(notModel.error().code, QStringLiteral("not-a-model"));
    QCOMPARE(notModel.error().file, QStringLiteral("x.model"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("qUncompress")));
    QVERIFY(!NerModel::fromBytes(bytes.left(bytes.size() / 2), QStringLiteral("x.model")).ok());
    const auto missing = NerModel::load(QStringLiteral("/nonexistent/ner.model"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, QStringLiteral("not-found"));
}

QTEST_GUILESS_MAIN(NerTrainingTest)
#include "ner_training_test.moc"
