#include "pipeline/annotation_builder.h"
#include "pipeline/span_json.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace galley;

// Turning detector output into the shared annotation model and the `annotate` JSON: labels,
// ids in text order, relations, attributes, code-point offsets.
class AnnotationBuilderTest final : public QObject
{
    Q_OBJECT

private slots:
    void buildAnnotations_entitiesTakeClusterType();
    void buildAnnotations_quoteLinksCueAndSpeaker();
    void buildAnnotations_quotesShareCueAndSpeakerSpans();
    void buildAnnotations_numbersCarryValues();
    void spansToJson_offsetsInCodePoints();

private:
    static qsizetype at(const QString &text, const QString &word) { return text.indexOf(word); }
    static AnnotationSet build(const QString &text, const TextAnalysis &analysis)
    {
        return buildAnnotations(text, analysis, {QStringLiteral("ner-test"), QStringLiteral("c"), QStringLiteral("q"),
                                                 QStringLiteral("n")},
                                QDateTime(QDate(2024, 1, 2), QTime(3, 4), Qt::UTC));
    }
    static const Span *spanWithText(const AnnotationSet &set, const QString &text)
    {
        for (const Span &span : set.spans) {
            if (span.text == text)
                return &span;
        }
        return nullptr;
    }
    static QString relationTarget(const AnnotationSet &set, const QString &from, const QString &type)
    {
        for (const Relation &relation : set.relations) {
            if (relation.from == from && relation.type == type)
                return relation.to;
        }
        return {};
    }
};

void AnnotationBuilderTest::buildAnnotations_entitiesTakeClusterType()
{
    const QString text = QStringLiteral("Jan Egeland spoke. Egeland left. Egeland returned.");
    TextAnalysis analysis;
    analysis.mentions = {{at(text, QStringLiteral("Jan")), at(text, QStringLiteral(" spoke")), EntityType::Person},
                         {19, 26, EntityType::Organization},
                         {33, 40, EntityType::Person}};
    analysis.clusters = {{EntityType::Person, QStringLiteral("Jan Egeland"), {0, 1, 2}}};
    const AnnotationSet set = build(text, analysis);

    QCOMPARE(set.clusters.size(), 1);
    QCOMPARE(set.clusters[0].id, QStringLiteral("c1"));
    QCOMPARE(set.clusters[0].label, QStringLiteral("PER"));
    QCOMPARE(set.clusters[0].canonical, QStringLiteral("Jan Egeland"));
    QCOMPARE(set.spans.size(), 3);
    for (const Span &span : set.spans) {
        QCOMPARE(span.label, QStringLiteral("PER"));
        QVERIFY2(!span.attributes.contains(QStringLiteral("canonical")), "the canonical name lives on the cluster only");
        QCOMPARE(relationTarget(set, span.id, QStringLiteral("cluster")), QStringLiteral("c1"));
        QCOMPARE(span.provenance.detector, QStringLiteral("ner"));
        QCOMPARE(span.provenance.version, QStringLiteral("ner-test"));
    }
    QCOMPARE(set.spans[1].text, QStringLiteral("Egeland"));
    QCOMPARE(set.spans[1].attributes.value(QStringLiteral("model_label")).toString(), QStringLiteral("ORG"));
    QVERIFY(!set.spans[0].attributes.contains(QStringLiteral("model_label")));
}

void AnnotationBuilderTest::buildAnnotations_quoteLinksCueAndSpeaker()
{
    const QString text = QStringLiteral("Poznikhir spoke.\n\n\"We won,\" he said.");
    TextAnalysis analysis;
    analysis.mentions = {{0, 9, EntityType::Person}};
    analysis.clusters = {{EntityType::Person, QStringLiteral("Viktor Poznikhir"), {0}}};
    const qsizetype content = at(text, QStringLiteral("We won"));
    const qsizetype he = at(text, QStringLiteral("he said"));
    Quote quote;
    quote.content = {content, content + 6};
    quote.cue = {he + 3, he + 7};
    quote.speaker = {he, he + 2};
    analysis.quotes = {quote};
    analysis.speakers = {{0, SpeakerReference::Pronoun}};
    const AnnotationSet set = build(text, analysis);

    QStringList order;
    for (const Span &span : set.spans)
        order.append(span.id + u'=' + span.label + u':' + span.text);
    QCOMPARE(order.join(u' '), QStringLiteral("s1=PER:Poznikhir s2=QUOTE:We won s3=SPEAKER:he s4=CUE:said"));
    const Span *quoteSpan = spanWithText(set, QStringLiteral("We won"));
    QCOMPARE(quoteSpan->attributes.value(QStringLiteral("kind")).toString(), QStringLiteral("direct"));
    QCOMPARE(relationTarget(set, quoteSpan->id, QStringLiteral("cue")), QStringLiteral("s4"));
    QCOMPARE(relationTarget(set, quoteSpan->id, QStringLiteral("speaker")), QStringLiteral("s3"));
    QCOMPARE(relationTarget(set, QStringLiteral("s3"), QStringLiteral("cluster")), QStringLiteral("c1"));
    QCOMPARE(set.spans[2].attributes.value(QStringLiteral("reference")).toString(), QStringLiteral("pronoun"));

    const QJsonArray spans = spansToJson(set);
    const QJsonObject quoteJson = spans[1].toObject();
    QCOMPARE(quoteJson[u"speaker"][u"text"].toString(), QStringLiteral("he"));
    QCOMPARE(quoteJson[u"cue"][u"text"].toString(), QStringLiteral("said"));
    QCOMPARE(quoteJson[u"speaker_canonical"].toString(), QStringLiteral("Viktor Poznikhir"));
    QCOMPARE(quoteJson[u"speaker_cluster"].toString(), QStringLiteral("c1"));
}

void AnnotationBuilderTest::buildAnnotations_quotesShareCueAndSpeakerSpans()
{
    const QString text = QStringLiteral("Assad said it would be a \"watershed moment\".");
    TextAnalysis analysis;
    analysis.mentions = {{0, 5, EntityType::Person}};
    analysis.clusters = {{EntityType::Person, QStringLiteral("Bashar Assad"), {0}}};
    Quote indirect;
    indirect.kind = QuoteKind::Indirect;
    indirect.content = {at(text, QStringLiteral("it would")), text.size() - 1};
    indirect.cue = {6, 10};
    indirect.speaker = {0, 5};
    Quote partial = indirect;
    partial.kind = QuoteKind::Partial;
    partial.content = {at(text, QStringLiteral("watershed")), text.size() - 2};
    analysis.quotes = {indirect, partial};
    analysis.speakers = {{0, SpeakerReference::Name}, {0, SpeakerReference::Name}};
    const AnnotationSet set = build(text, analysis);

    QStringList labels;
    for (const Span &span : set.spans)
        labels.append(span.label);
    QCOMPARE(labels.join(u' '), QStringLiteral("PER SPEAKER CUE QUOTE QUOTE"));
    const QJsonArray spans = spansToJson(set);
    QCOMPARE(spans[3][u"speaker"], spans[4][u"speaker"]);
    QCOMPARE(spans[3][u"cue"], spans[4][u"cue"]);
    QCOMPARE(spans[4][u"text"].toString(), QStringLiteral("watershed moment"));
    QCOMPARE(spans[4][u"speaker_canonical"].toString(), QStringLiteral("Bashar Assad"));
}

void AnnotationBuilderTest::buildAnnotations_numbersCarryValues()
{
    const QString text = QStringLiteral("Over 900 left on December 8, for 3-5 km.");
    TextAnalysis analysis;
    NumberMention count;
    count.end = 8;
    count.value = 900;
    count.modifier = NumberModifier::Greater;
    NumberMention date;
    date.start = 17;
    date.end = 27;
    date.label = NumberLabel::Date;
    date.isoValue = QStringLiteral("2016-12-08");
    NumberMention range;
    range.start = 33;
    range.end = 39;
    range.label = NumberLabel::Quantity;
    range.unit = QStringLiteral("km");
    range.from = 3;
    range.to = 5;
    analysis.numbers = {count, date, range};
    const QJsonArray spans = spansToJson(build(text, analysis));

    QCOMPARE(spans.size(), 3);
    QCOMPARE(spans[0][u"label"].toString(), QStringLiteral("CARDINAL"));
    QCOMPARE(spans[0][u"value"].toDouble(), 900.0);
    QCOMPARE(spans[0][u"modifier"].toString(), QStringLiteral(">"));
    QCOMPARE(spans[1][u"text"].toString(), QStringLiteral("December 8"));
    QCOMPARE(spans[1][u"value"].toString(), QStringLiteral("2016-12-08"));
    QVERIFY(!spans[1].toObject().contains(u"modifier"));
    QCOMPARE(spans[2][u"unit"].toString(), QStringLiteral("km"));
    QCOMPARE(spans[2][u"from"].toDouble(), 3.0);
    QCOMPARE(spans[2][u"to"].toDouble(), 5.0);
    QVERIFY(!spans[2].toObject().contains(u"value"));
}

void AnnotationBuilderTest::spansToJson_offsetsInCodePoints()
{
    const QString text = QStringLiteral("\U0001F600\U0001F600 Assad");
    TextAnalysis analysis;
    analysis.mentions = {{5, 10, EntityType::Person}};
    analysis.clusters = {{EntityType::Person, QStringLiteral("Assad"), {0}}};
    const AnnotationSet set = build(text, analysis);
    QCOMPARE(set.spans[0].start, 5);   // UTF-16 inside
    const QJsonArray spans = spansToJson(set);
    QCOMPARE(spans[0][u"start"].toInt(), 3);   // code points outside
    QCOMPARE(spans[0][u"end"].toInt(), 8);
    QCOMPARE(set.spans[0].quote.prefix, QStringLiteral("\U0001F600\U0001F600 "));
}

QTEST_GUILESS_MAIN(AnnotationBuilderTest)
#include "annotation_builder_test.moc"
