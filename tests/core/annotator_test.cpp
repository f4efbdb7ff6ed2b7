#include "pipeline/annotator.h"
#include "annotation/text_quote.h"
#include "extract/article_extractor.h"
#include "load/html_document.h"
#include "load/page_loader.h"

#include <QElapsedTimer>
#include <QTest>

using namespace galley;

// The annotate pipeline on the harbour-vote sample page: spans anchored in the article text,
// in the page's DOM, and stamped with who made them.
class AnnotatorTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void annotate_htmlPage_spansPointIntoDom();
    void annotate_textCopy_hasNoDomRanges();
    void annotate_spansCarrySelectorsAndProvenance();
    void annotateText_endlessSentenceOfNamesAndMarks_takesSeconds();
    void annotateText_unitsAfterNumbers_areNoNames_data();
    void annotateText_unitsAfterNumbers_areNoNames();

private:
    AnnotationSet annotateSample(const QString &name, Page *pageOut = nullptr);
    std::optional<Annotator> m_annotator;
};

void AnnotatorTest::initTestCase()
{
    auto annotator = Annotator::load(QStringLiteral(GALLEY_SOURCE_DIR "/resources/models/ner-conll.model"),
                                     QStringLiteral(GALLEY_SOURCE_DIR "/resources/ner/gazetteer-debian.txt.gz"));
    QVERIFY2(annotator.ok(), qPrintable(annotator.ok() ? QString() : annotator.error().toString()));
    m_annotator = std::move(annotator).value();
}

AnnotationSet AnnotatorTest::annotateSample(const QString &name, Page *pageOut)
{
    const auto pages = loadPages(QStringLiteral(GALLEY_SOURCE_DIR "/resources/samples/harbour-vote/") + name);
    if (!pages || pages->isEmpty())
        return {};
    const Page &page = pages->constFirst();
    if (pageOut)
        *pageOut = page;
    return m_annotator->annotate(extractArticle(page), page);
}

void AnnotatorTest::annotate_htmlPage_spansPointIntoDom()
{
    Page page;
    const AnnotationSet set = annotateSample(QStringLiteral("harbour-vote.html"), &page);
    QVERIFY(!set.spans.isEmpty());
    QVERIFY(page.dom);
    int withinOneNode = 0;
    for (const Span &span : set.spans) {
        QVERIFY2(span.dom.has_value(), qPrintable(span.text));
        if (span.dom->start.nodePath != span.dom->end.nodePath)
            continue;
        const GumboNode *node = page.dom->nodeAtPath(span.dom->start.nodePath);
        QVERIFY2(node, qPrintable(span.dom->start.nodePath));
        const QString nodeText = HtmlDocument::nodeText(node);
        QCOMPARE(nodeText.mid(span.dom->start.offset, span.dom->end.offset - span.dom->start.offset).simplified(),
                 span.text.simplified());
        ++withinOneNode;
    }
    QVERIFY(withinOneNode > 5);
}

void AnnotatorTest::annotate_textCopy_hasNoDomRanges()
{
    const AnnotationSet set = annotateSample(QStringLiteral("harbour-vote.txt"));
    QVERIFY(!set.spans.isEmpty());
    for (const Span &span : set.spans)
        QVERIFY(!span.dom);
}

void AnnotatorTest::annotate_spansCarrySelectorsAndProvenance()
{
    const AnnotationSet set = annotateSample(QStringLiteral("harbour-vote.html"));
    QVERIFY(set.sourcePath.endsWith(QStringLiteral("harbour-vote.html")));
    QCOMPARE(set.contentHash.size(), 64);
    QStringList ids;
    for (const Span &span : set.spans) {
        ids.append(span.id);
        QCOMPARE(span.text, set.text.mid(span.start, span.end - span.start));
        QCOMPARE(span.quote, textQuoteAt(set.text, span.start, span.end));
        QCOMPARE(span.status, ReviewStatus::Pending);
        QVERIFY(!span.provenance.detector.isEmpty());
        QVERIFY(!span.provenance.version.isEmpty());
        QVERIFY(span.created.isValid());
    }
    for (qsizetype i = 0; i < ids.size(); ++i)
        QCOMPARE(ids[i], QStringLiteral("s%1").arg(i + 1));
    for (const Relation &relation : set.relations) {
        QVERIFY(ids.contains(relation.from));
        if (relation.type == u"cluster")
            QVERIFY(std::any_of(set.clusters.cbegin(), set.clusters.cend(),
                                [&](const Cluster &cluster) { return cluster.id == relation.to; }));
        else
            QVERIFY(ids.contains(relation.to));
    }
    const auto mayor = std::find_if(set.spans.cbegin(), set.spans.cend(),
                                    [](const Span &span) { return span.text == u"Elena Varga"; });
    QVERIFY(mayor != set.spans.cend());
    QCOMPARE(mayor->label, QStringLiteral("PER"));
    QCOMPARE(mayor->provenance.detector, QStringLiteral("ner"));
    QVERIFY(mayor->provenance.version.startsWith(QStringLiteral("ner-conll ")));
}

// A page with no sentence end (a dump of names and stray quote marks) made the speaker resolver
// read the whole sentence again for every name: 80,000 words took 23 s. Now about a second.
void AnnotatorTest::annotateText_endlessSentenceOfNamesAndMarks_takesSeconds()
{
    const QStringList words = {QStringLiteral("the"), QStringLiteral("council"), QStringLiteral("said"),
                               QStringLiteral("\u201c"), QStringLiteral("\""), QStringLiteral("Kestrel"),
                               QStringLiteral("Varga"), QStringLiteral("on"), QStringLiteral("\u00ab")};
    QString text;
    for (int i = 0; i < 80000; ++i)
        text += words.at((i * 7 + i / 9) % words.size()) + u' ';
    QElapsedTimer timer;
    timer.start();
    const AnnotationSet set = m_annotator->annotateText(text);
    QVERIFY(!set.spans.isEmpty());
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
}

void AnnotatorTest::annotateText_unitsAfterNumbers_areNoNames_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("label");
    QTest::newRow("gigabytes") << QStringLiteral("GB") << QStringLiteral("8 GB") << QStringLiteral("QUANTITY");
    QTest::newRow("hertz") << QStringLiteral("Hz") << QStringLiteral("120 Hz") << QStringLiteral("QUANTITY");
    QTest::newRow("gigahertz") << QStringLiteral("GHz") << QStringLiteral("2.4 GHz") << QStringLiteral("QUANTITY");
    QTest::newRow("milliamp hours") << QStringLiteral("mAh") << QStringLiteral("5,000 mAh") << QStringLiteral("QUANTITY");
    QTest::newRow("time zone") << QStringLiteral("GMT") << QStringLiteral("03:31 GMT") << QStringLiteral("TIME");
}

// The entity model took the units of "8 GB" or "5,000 mAh" for organisations and persons.
void AnnotatorTest::annotateText_unitsAfterNumbers_areNoNames()
{
    QFETCH(QString, unit);
    QFETCH(QString, number);
    QFETCH(QString, label);
    const QString text = QStringLiteral("The phone has 8 GB of RAM, a 120 Hz screen, 2.4 GHz Wi-Fi and a 5,000 mAh battery. "
                                        "It went on sale at 03:31 GMT on Friday in Seoul.");
    const AnnotationSet set = m_annotator->annotateText(text);
    const qsizetype unitStart = text.indexOf(number) + number.size() - unit.size();
    QStringList found;
    for (const Span &span : set.spans) {
        if (span.start < unitStart + unit.size() && unitStart < span.end)
            found.append(span.label + u':' + text.mid(span.start, span.end - span.start));
    }
    QCOMPARE(found, QStringList{label + u':' + number});
}

QTEST_GUILESS_MAIN(AnnotatorTest)
#include "annotator_test.moc"
