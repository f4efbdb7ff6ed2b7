#include "detect/ner/conll_corpus.h"
#include "detect/ner/entity_confidence.h"
#include "detect/ner/entity_finder.h"
#include "detect/ner/ner_evaluation.h"
#include "detect/ner/ner_trainer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace galley;

// The shipped model (resources/models/ner-conll.model) on sentences written for this test, and
// on the CoNLL-2003 dev split when the shared data folder is there.
class NerModelTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shippedModel_tagsOwnSentences_data();
    void shippedModel_tagsOwnSentences();
    void shippedModel_offsetsAreUtf16();
    void shippedModel_loadsQuickly();
    void shippedModel_writesBackBitForBit();
    void olderModel_isRefusedWithAReason();
    void shippedModel_devF1();
    void entityConfidence_ofTagsAndTheTagAfter();
    void shippedModel_confidenceOfOwnSentences();
    void shippedModel_devConfidenceIsCalibrated();

private:
    // The shipped model's scores on the CoNLL-2003 dev split, read once; null when it cannot be read.
    const NerScores *devScores();

    std::optional<NerModel> m_model;
    std::optional<NerScores> m_devScores;
};

namespace {

// The dev F1 the shipped model reached when it was trained (galley-cli eval-ner), less 0.5.
constexpr double kMinimumDevF1 = 91.50;

QString modelPath() { return QStringLiteral(GALLEY_SOURCE_DIR "/resources/models/ner-conll.model"); }

const QString kDevPath = QStringLiteral(GALLEY_SHARED_DIR "/data/ner/conll2003/valid.txt");
const QString kNoDevSplit =
    QStringLiteral("no CoNLL-2003 dev split at %1 (the shared data folder is absent)").arg(kDevPath);

// "PER:Bashar Assad|LOC:Aleppo" for the entities found in text.
QString entitiesText(const NerModel &model, const QString &text)
{
    QStringList parts;
    for (const EntityMention &mention : findEntities(model, text))
        parts.append(entityTypeName(mention.type) + u':' + text.mid(mention.start, mention.end - mention.start));
    return parts.join(u'|');
}

} // namespace

void NerModelTest::initTestCase()
{
    auto model = NerModel::load(modelPath());
    QVERIFY2(model.ok(), qPrintable(model.ok() ? QString() : model.error().toString()));
    m_model = std::move(model).value();
}

void NerModelTest::shippedModel_tagsOwnSentences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("entities");
    QTest::newRow("president") << QStringLiteral("Syrian President Bashar Assad said the army would stay in Aleppo.")
                               << QStringLiteral("MISC:Syrian|PER:Bashar Assad|LOC:Aleppo");
    QTest::newRow("general")
        << QStringLiteral("Lt. Gen. Viktor Poznikhir told reporters in Moscow on Friday.")
        << QStringLiteral("PER:Viktor Poznikhir|LOC:Moscow");
    QTest::newRow("general staff")
        << QStringLiteral("Lt. Gen. Viktor Poznikhir of the Russian General Staff told reporters in Moscow on Friday.")
        << QStringLiteral("PER:Viktor Poznikhir|MISC:Russian|ORG:General Staff|LOC:Moscow");
    QTest::newRow("later mention")
        << QStringLiteral("Angela Merkel met Emmanuel Macron in Berlin. Merkel later flew to Brussels.")
        << QStringLiteral("PER:Angela Merkel|PER:Emmanuel Macron|LOC:Berlin|PER:Merkel|LOC:Brussels");
    QTest::newRow("organisation")
        << QStringLiteral("The World Health Organization sent doctors to Yemen.")
        << QStringLiteral("ORG:World Health Organization|LOC:Yemen");
    QTest::newRow("organisations")
        << QStringLiteral("The United Nations and the World Health Organization sent doctors to Yemen.")
        << QStringLiteral("ORG:United Nations|ORG:World Health Organization|LOC:Yemen");
    // A sentence's first word is capitalised whatever it is; five "However," in one article read
    // as one name mentioned five times, and each came out a person.
    QTest::newRow("repeated sentence opener")
        << QStringLiteral("Forecasters expect the storm to weaken once it crosses the coast. However, heavy rain will "
                          "follow it inland. However, the winds should drop within a day. However, rivers in the north "
                          "may still flood. However, officials in Delhi said the evacuation went well. However, more "
                          "rain is due on Sunday.")
        << QStringLiteral("LOC:Delhi");
    QTest::newRow("repeated interview openers")
        << QStringLiteral("Meanwhile, the talks went on late into the night. Meanwhile, the markets fell. Meanwhile, "
                          "the unions planned a strike. Meanwhile, Paris sent a second envoy. Meanwhile, the ministers "
                          "waited. Yes, the deal may still come. Yes, it will take time. Yes, both sides want it. Yes, "
                          "the vote is close. Yes, it could fail.")
        << QStringLiteral("LOC:Paris");
    // Title Case read as one long name: "ORG:Power As Phone Maker Counts The Cost".
    QTest::newRow("title-case headline")
        << QStringLiteral("Storm Knocks Out Power As Phone Maker Counts The Cost\n\nThe phone maker in Seoul lost "
                          "power on Monday.")
        << QStringLiteral("LOC:Seoul");
    // Reuters 1996 knows Trump as a casino company: "President Trump" and "Trump said" came out O.
    QTest::newRow("name after a title") << QStringLiteral("President Trump visited the plant in Ohio.")
                                        << QStringLiteral("PER:Trump|LOC:Ohio");
    QTest::newRow("curly possessive")
        << QString::fromUtf8("Turkey\xE2\x80\x99s foreign minister spoke with the European Union on Monday.")
        << QStringLiteral("LOC:Turkey|ORG:European Union");
}

void NerModelTest::shippedModel_tagsOwnSentences()
{
    QFETCH(QString, text);
    QFETCH(QString, entities);
    QEXPECT_FAIL("general staff", "known miss: 'General Staff' comes out O after a person's name; CoNLL train, "
                 "WordNet and the other name lists hold no military bodies, and 'General' is a title "
                 "(the row follows CoNLL: 'Russian' MISC before a body, as in 'Russian Interior Ministry')", Continue);
    QCOMPARE(entitiesText(*m_model, text), entities);
}

void NerModelTest::shippedModel_offsetsAreUtf16()
{
    const QString text = QString::fromUtf8("\xF0\x9F\x93\xB0 Reporters met Vladimir Putin in Moscow.");
    const QList<EntityMention> mentions = findEntities(*m_model, text);
    QCOMPARE(mentions.size(), 2);
    QCOMPARE(mentions[0].start, text.indexOf(QStringLiteral("Vladimir")));
    QCOMPARE(mentions[0].end, text.indexOf(QStringLiteral(" in")));
    QCOMPARE(mentions[1].type, EntityType::Location);
}

void NerModelTest::shippedModel_loadsQuickly()
{
    QElapsedTimer timer;
    timer.start();
    const auto model = NerModel::load(modelPath());
    QVERIFY(model.ok());
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));   // ~100 ms; slack for loaded CI
    QVERIFY(QFileInfo(modelPath()).size() < 5 * 1024 * 1024);
}

void NerModelTest::shippedModel_writesBackBitForBit()
{
    // The model format is fixed: reading the shipped file and writing it again gives its bytes.
    QFile file(modelPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(m_model->toBytes() == file.readAll());
}

void NerModelTest::olderModel_isRefusedWithAReason()
{
    // Version 1 kept 16 list bits per phrase; read as version 2 it would tag garbage.
    QByteArray bytes = m_model->toBytes();
    bytes.replace(0, 13, "GALLEY-NER 1\n");
    const auto old = NerModel::fromBytes(bytes, QStringLiteral("old.model"));
    QVERIFY(!old.ok());
    QCOMPARE(old.error().code, QStringLiteral("old-version"));
    QVERIFY(old.error().toString().contains(QStringLiteral("train-ner")));
}

const NerScores *NerModelTest::devScores()
{
    if (!m_devScores) {
        const auto dev = readConllFile(kDevPath);
        if (!dev.ok())
            return nullptr;
        m_devScores = scoreCorpus(*m_model, *dev);
        qInfo().noquote() << '\n' + m_devScores->toText();
    }
    return &*m_devScores;
}

void NerModelTest::shippedModel_devF1()
{
    if (!QFileInfo::exists(kDevPath))
        QSKIP(qPrintable(kNoDevSplit));
    const NerScores *scores = devScores();
    QVERIFY(scores);
    QVERIFY2(scores->micro().f1() >= kMinimumDevF1, qPrintable(scores->toText()));
}

void NerModelTest::entityConfidence_ofTagsAndTheTagAfter()
{
    // "Viktor Poznikhir said": the name's two tags and the O after it
    const std::vector<float> tags{0.9f, 0.8f, 0.5f, 1.0f};
    QCOMPARE(entityConfidence(tags, {0, 2, EntityType::Person}), 0.9f * 0.8f * 0.5f);
    QCOMPARE(entityConfidence(tags, {2, 4, EntityType::Person}), 0.5f);   // at the sentence's end
    const std::vector<float> repaired{0.9f, -1.0f, 0.99f};
    QCOMPARE(entityConfidence(repaired, {0, 2, EntityType::Organization}), -1.0f);
}

void NerModelTest::shippedModel_confidenceOfOwnSentences()
{
    const QString text = QStringLiteral("Russian President Vladimir Putin met Recep Tayyip Erdogan in Moscow. "
                                        "Kestrel Bay Tidewater voted.");
    QHash<QString, float> confidence;
    for (const EntityMention &mention : findEntities(*m_model, text))
        confidence.insert(text.mid(mention.start, mention.end - mention.start), mention.confidence);
    QVERIFY2(confidence.value(QStringLiteral("Vladimir Putin")) > 0.9f, qPrintable(QString::number(confidence.value(QStringLiteral("Vladimir Putin")))));
    QVERIFY(confidence.value(QStringLiteral("Moscow")) > 0.9f);
    QVERIFY(confidence.value(QStringLiteral("Moscow")) <= 1.0f);
    // a made-up name of no known kind: found, but the tagger is unsure what it is
    const auto made = std::find_if(confidence.keyValueBegin(), confidence.keyValueEnd(),
                                   [](const auto &entry) { return entry.first.startsWith(QStringLiteral("Kestrel")); });
    QVERIFY(made != confidence.keyValueEnd());
    QVERIFY2(made->second >= 0.0f && made->second < 0.9f, qPrintable(QString::number(made->second)));
}

// Of the dev entities found at a confidence, about that share is right: the review window dashes
// those under 0.7 as doubtful.
void NerModelTest::shippedModel_devConfidenceIsCalibrated()
{
    if (!QFileInfo::exists(kDevPath))
        QSKIP(qPrintable(kNoDevSplit));
    const NerScores *dev = devScores();
    QVERIFY(dev);
    const NerScores &scores = *dev;
    qint64 found = 0;
    for (const ConfidenceBins::Bin &bin : scores.confidenceBins().bins()) {
        found += bin.found;
        if (bin.found >= 100)
            QVERIFY2(std::abs(bin.rightShare() - bin.meanConfidence()) < 0.1, qPrintable(scores.toText()));
    }
    QVERIFY2(found + scores.foundByRules() == scores.micro().truePositives + scores.micro().falsePositives,
             qPrintable(scores.toText()));
    QVERIFY2(scores.foundByRules() < found / 50, qPrintable(scores.toText()));
}

QTEST_GUILESS_MAIN(NerModelTest)
#include "ner_model_test.moc"
