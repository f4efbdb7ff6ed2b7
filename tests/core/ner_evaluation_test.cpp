#include "detect/ner/conll_corpus.h"
#include "detect/ner/ner_evaluation.h"

#include <QTest>

using namespace galley;

class NerEvaluationTest : public QObject
{
    Q_OBJECT

private slots:
    void entitySpans_data();
    void entitySpans();
    void scores_handComputed();
    void scores_emptyPrediction_isZeroNotNan();
    void parseConll_documentsSentencesAndGold();
    void parseConll_iob1StartBecomesBegin();
    void formatTaggedConll_appendsTagKeepsDocStart();
};

namespace {

// "O B-PER I-PER" -> tag ids
QList<TagId> tags(const char *names)
{
    QList<TagId> list;
    for (const QString &name : QString::fromLatin1(names).split(u' ', Qt::SkipEmptyParts))
        list.append(TagId(tagFromName(name)));
    return list;
}

QString spansText(const QList<EntitySpan> &spans)
{
    QStringList parts;
    for (const EntitySpan &span : spans)
        parts.append(QStringLiteral("%1:%2-%3").arg(entityTypeName(span.type)).arg(span.tokenBegin).arg(span.tokenEnd));
    return parts.join(u' ');
}

} // namespace

void NerEvaluationTest::entitySpans_data()
{
    QTest::addColumn<QString>("tags");
    QTest::addColumn<QString>("spans");
    QTest::newRow("none") << "O O O" << "";
    QTest::newRow("one") << "B-PER I-PER O" << "PER:0-2";
    QTest::newRow("adjacent B") << "B-LOC B-LOC" << "LOC:0-1 LOC:1-2";
    QTest::newRow("type change splits") << "B-ORG I-LOC" << "ORG:0-1 LOC:1-2";
    QTest::newRow("I after O starts (conlleval)") << "O I-MISC I-MISC" << "MISC:1-3";
    QTest::newRow("at the end") << "O B-PER" << "PER:1-2";
}

void NerEvaluationTest::entitySpans()
{
    QFETCH(QString, tags);
    QFETCH(QString, spans);
    QCOMPARE(spansText(galley::entitySpans(::tags(tags.toLatin1().constData()))), spans);
}

void NerEvaluationTest::scores_handComputed()
{
    NerScores scores;
    // gold: PER 0-2, LOC 3-4 ; predicted: PER 0-2 (right), LOC 3-4 typed ORG (wrong)
    scores.addSentence(tags("B-PER I-PER O B-LOC"), tags("B-PER I-PER O B-ORG"));
    // gold: MISC 0-1 ; predicted: MISC 0-2 (wrong boundary), PER 3-4 (spurious)
    scores.addSentence(tags("B-MISC O O B-PER"), tags("B-MISC I-MISC O B-PER"));
    // PER: tp 2 fp 0 fn 0; LOC: fn 1; ORG: fp 1; MISC: fp 1 fn 1
    QCOMPARE(scores.forType(EntityType::Person).truePositives, 2);
    QCOMPARE(scores.forType(EntityType::Location).falseNegatives, 1);
    QCOMPARE(scores.forType(EntityType::Organization).falsePositives, 1);
    QCOMPARE(scores.forType(EntityType::Miscellaneous).falsePositives, 1);
    QCOMPARE(scores.forType(EntityType::Miscellaneous).falseNegatives, 1);
    const PrecisionRecall micro = scores.micro();
    QCOMPARE(micro.truePositives, 2);
    QCOMPARE(micro.falsePositives, 2);
    QCOMPARE(micro.falseNegatives, 2);
    QCOMPARE(micro.precision(), 50.0);
    QCOMPARE(micro.recall(), 50.0);
    QCOMPARE(micro.f1(), 50.0);
    QCOMPARE(scores.forType(EntityType::Person).f1(), 100.0);
    QCOMPARE(scores.tokens(), 8);
    QCOMPARE(scores.correctTokens(), 6);

    // P = 1/1, R = 1/3: F1 = 2 * 1 * (1/3) / (4/3) = 0.5
    NerScores partial;
    partial.addSentence(tags("B-LOC O B-LOC O B-LOC"), tags("B-LOC O O O O"));
    QCOMPARE(partial.micro().precision(), 100.0);
    QVERIFY(qAbs(partial.micro().recall() - 100.0 / 3.0) < 1e-9);
    QVERIFY(qAbs(partial.micro().f1() - 50.0) < 1e-9);
}

void NerEvaluationTest::scores_emptyPrediction_isZeroNotNan()
{
    NerScores scores;
    scores.addSentence(tags("B-PER"), tags("O"));
    QCOMPARE(scores.micro().precision(), 0.0);
    QCOMPARE(scores.micro().f1(), 0.0);
}

void NerEvaluationTest::parseConll_documentsSentencesAndGold()
{
    const ConllCorpus corpus = parseConll(QStringLiteral(
        "-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n\nPeter NNP B-NP B-PER\n\r\n"
        "-DOCSTART- -X- -X- O\n\nBlackburn NNP B-NP B-PER\n"));
    QCOMPARE(corpus.documents.size(), 2);
    QCOMPARE(corpus.documents[0].sentences.size(), 2);
    QCOMPARE(corpus.documents[0].sentences[0].words, (QStringList{QStringLiteral("EU"), QStringLiteral("rejects")}));
    QCOMPARE(corpus.documents[0].sentences[0].gold, tags("B-ORG O"));
    QCOMPARE(corpus.tokenCount(), 4);
    QVERIFY(corpus.hasGold());

    const ConllCorpus untagged = parseConll(QStringLiteral("EU\nrejects\n"));
    QCOMPARE(untagged.tokenCount(), 2);
    QVERIFY(!untagged.hasGold());
}

void NerEvaluationTest::parseConll_iob1StartBecomesBegin()
{
    const ConllCorpus corpus = parseConll(QStringLiteral("the O\nEU I-ORG\nCommission I-ORG\nPeter I-PER\n"));
    QCOMPARE(corpus.documents[0].sentences[0].gold, tags("O B-ORG I-ORG B-PER"));
}

void NerEvaluationTest::formatTaggedConll_appendsTagKeepsDocStart()
{
    const ConllCorpus corpus = parseConll(QStringLiteral("-DOCSTART- -X- -X- O\n\nEU NNP B-ORG\nrejects VBZ O\n"));
    const QString out = formatTaggedConll(corpus, {{tags("B-ORG O")}});
    QCOMPARE(out, QStringLiteral("-DOCSTART- -X- -X- O O\n\nEU NNP B-ORG B-ORG\nrejects VBZ O O\n\n"));
}

QTEST_GUILESS_MAIN(NerEvaluationTest)
#include "ner_evaluation_test.moc"
