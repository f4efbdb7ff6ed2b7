#include "annotation/label_schema.h"
#include "annotation/span_attribute_validation.h"
#include "extract/article_extractor.h"
#include "load/page_loader.h"
#include "pipeline/annotator.h"

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

QTEST_GUILESS_MAIN(AnnotationsFollowSchemaTest)
#include "annotations_follow_schema_test.moc"
