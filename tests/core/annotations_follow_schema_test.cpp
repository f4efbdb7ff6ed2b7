#include "annotation/label_schema.h"
#include "annotation/span_attribute_validation.h"
#include "extract/article_extractor.h"
#include "load/page_loader.h"
#include "pipeline/annotator.h"

#include <QDate>
#include <QFileInfo>
#include <QTest>

using namespace galley;

// What the detectors produce must be what a reviewer can edit and save: every span's label and
// attributes, and every relation, are allowed by the default label schema.
class AnnotationsFollowSchemaTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void detectorOutput_validates_data();
    void detectorOutput_validates();
    void everyNumberForm_validates_data();
    void everyNumberForm_validates();

private:
    std::optional<Annotator> m_annotator;
    std::optional<LabelSchema> m_schema;
};

void AnnotationsFollowSchemaTest::initTestCase()
{
    auto annotator = Annotator::load(QStringLiteral(GALLEY_SOURCE_DIR "/resources/models/ner-conll.model"),
                                     QStringLiteral(GALLEY_SOURCE_DIR "/resources/ner/gazetteer-debian.txt.gz"),
                                     QStringLiteral(GALLEY_SOURCE_DIR "/resources/models/quotes-polnear.model"));
    QVERIFY2(annotator.ok(), qPrintable(annotator.ok() ? QString() : annotator.error().toString()));
    m_annotator = std::move(annotator).value();
    auto schema = loadLabelSchemaFor(QString());
    QVERIFY2(schema.ok(), qPrintable(schema.ok() ? QString() : schema.error().toString()));
    m_schema = std::move(schema).value();
}

void AnnotationsFollowSchemaTest::detectorOutput_validates_data()
{
    QTest::addColumn<QString>("path");
    const QString samples = QStringLiteral(GALLEY_SOURCE_DIR "/resources/samples/harbour-vote/");
    QTest::newRow("harbour-vote html") << samples + QStringLiteral("harbour-vote.html");
    QTest::newRow("harbour-vote text copy") << samples + QStringLiteral("harbour-vote.txt");
    QTest::newRow("seed article (shared)") << QStringLiteral(GALLEY_SHARED_DIR "/samples/000_16f1a91c8f003b41.txt");
}

void AnnotationsFollowSchemaTest::detectorOutput_validates()
{
    QFETCH(QString, path);
    if (!QFileInfo::exists(path))
        QSKIP(qPrintable(QStringLiteral("%1 is absent (the shared data folder beside the source tree)").arg(path)));
    const auto pages = loadPages(path);
    QVERIFY2(pages.ok() && !pages->isEmpty(), qPrintable(path));
    const AnnotationSet set = m_annotator->annotate(extractArticle(pages->constFirst()), pages->constFirst());
    QVERIFY(set.spans.size() > 20);

    QHash<QString, QString> labelOf;
    for (const Span &span : set.spans) {
        labelOf.insert(span.id, span.label);
        for (const AttributeProblem &problem : validateSpanAttributes(*m_schema, span))
            QFAIL(qPrintable(QStringLiteral("%1 \"%2\" (%3): %4 %5")
                                 .arg(span.label, span.text, span.id, problem.attribute, problem.reason)));
    }
    for (const Relation &relation : set.relations) {
        const RelationDefinition *definition = m_schema->relation(relation.type);
        QVERIFY2(definition, qPrintable(relation.type));
        QVERIFY2(definition->from.contains(labelOf.value(relation.from)),
                 qPrintable(relation.type + QStringLiteral(" from ") + labelOf.value(relation.from)));
        if (definition->target == RelationTarget::Span)
            QVERIFY2(definition->to.contains(labelOf.value(relation.to)),
                     qPrintable(relation.type + QStringLiteral(" to ") + labelOf.value(relation.to)));
    }
}

// Ranges, rates, approximations and modifiers of every number label, dated and undated. A
// duration range's ends are ISO durations ("P3D") the schema once declared numbers, and date
// values such as "2016-W49", "199" or "22:00/05:00" failed the date check: a reviewer's edit of
// those spans was refused; so were a vague duration's magnitude and a vague date's "approximate".
void AnnotationsFollowSchemaTest::everyNumberForm_validates_data()
{
    QTest::addColumn<QDate>("published");
    QTest::newRow("dated") << QDate(2016, 12, 15);
    QTest::newRow("undated") << QDate();
}

void AnnotationsFollowSchemaTest::everyNumberForm_validates()
{
    QFETCH(QDate, published);
    const QString text = QStringLiteral(
        "The trip took 3-5 days, one or two months at most, over the past year. Polls open 2 to 4 p.m. and "
        "from 10 p.m. to 5 a.m. Rent is $40,000 a year; three or four cups of water a day; about 15+ million "
        "users; between 10 and 20 percent; 3-5 km; dozens of rockets; tens of thousands of people; since 2011; "
        "from 21 November to 18 December; the 2024 elections; half a dozen homes; 7.9 oz. of gold; in the "
        "1990s; last week; in early December. On December 8, he left. Talks dragged on for several years, "
        "several hundred years ago, a day or two, $2 or 3 billion, one in five voters, 87 cents a share. "
        "Fans met at the weekend and last spring, at Christmas, for 2 hours 35 minutes, in his 40s, on the 5th.");
    const AnnotationSet set = m_annotator->annotateText(text, published);
    QStringList labels;
    for (const Span &span : set.spans) {
        labels.append(span.label);
        for (const AttributeProblem &problem : validateSpanAttributes(*m_schema, span))
            QFAIL(qPrintable(QStringLiteral("%1 \"%2\": %3 %4").arg(span.label, span.text, problem.attribute, problem.reason)));
    }
    for (const char *label : {"DURATION", "TIME", "MONEY", "CARDINAL", "PERCENT", "QUANTITY", "DATE"})
        QVERIFY2(labels.contains(QLatin1String(label)), label);
}

QTEST_GUILESS_MAIN(AnnotationsFollowSchemaTest)
#include "annotations_follow_schema_test.moc"
