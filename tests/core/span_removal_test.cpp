#include "annotation/span_removal.h"
#include "annotation/text_quote.h"

#include <QTest>

using namespace galley;
using namespace Qt::StringLiterals;

namespace {

const QString kText = u"“We stay,” Ana Ruiz told Reuters."_s;

Span spanOf(const QString &id, const QString &label, const QString &words)
{
    Span span;
    span.id = id;
    span.label = label;
    span.start = int(kText.indexOf(words));
    span.end = span.start + int(words.size());
    span.text = words;
    span.quote = textQuoteAt(kText, span.start, span.end);
    return span;
}

Relation relationOf(const QString &id, const QString &type, const QString &from, const QString &to)
{
    return {id, type, from, to, ReviewStatus::Pending, {}, {}, {}};
}

AnnotationSet sampleSet()
{
    AnnotationSet set;
    set.text = kText;
    set.spans = {spanOf(u"s1"_s, u"QUOTE"_s, u"We stay,"_s), spanOf(u"s2"_s, u"PER"_s, u"Ana Ruiz"_s),
                 spanOf(u"s3"_s, u"CUE"_s, u"told"_s), spanOf(u"s4"_s, u"ORG"_s, u"Reuters"_s)};
    set.clusters = {{u"c1"_s, u"PER"_s, u"Ana Ruiz"_s}};
    set.relations = {relationOf(u"r1"_s, u"speaker"_s, u"s1"_s, u"s2"_s), relationOf(u"r2"_s, u"cue"_s, u"s1"_s, u"s3"_s),
                     relationOf(u"r3"_s, u"cluster"_s, u"s2"_s, u"c1"_s)};
    return set;
}

// Applies the edits in order; returns their inverses, last first.
QList<AnnotationEdit> applyAll(AnnotationSet &set, const QList<AnnotationEdit> &edits)
{
    QList<AnnotationEdit> inverses;
    for (const AnnotationEdit &edit : edits) {
        auto inverse = applyEdit(set, edit);
        if (!inverse)
            qFatal("edit refused: %s", qPrintable(inverse.error().message));
        inverses.prepend(*inverse);
    }
    return inverses;
}

} // namespace

class SpanRemovalTest final : public QObject
{
    Q_OBJECT

private slots:
    void mentionGoesWithTheRelationsToAndFromIt()
    {
        AnnotationSet set = sampleSet();
        const auto edits = spanDeletion(set, u"s2"_s);
        QVERIFY(edits);
        QCOMPARE(edits->size(), 3);   // speaker and cluster relations, then the span
        const AnnotationSet before = set;
        const QList<AnnotationEdit> inverses = applyAll(set, *edits);
        QCOMPARE(set.spans.size(), 3);
        QCOMPARE(set.relations.size(), 1);
        QCOMPARE(set.relations.first().id, u"r2"_s);
        QCOMPARE(set.clusters.size(), 1);   // the cluster stays, without this mention

        applyAll(set, inverses);
        QVERIFY(set == before);   // positions too
    }

    void spanWithoutRelationsIsOneEdit()
    {
        AnnotationSet set = sampleSet();
        const auto edits = spanDeletion(set, u"s4"_s);
        QVERIFY(edits);
        QCOMPARE(edits->size(), 1);
    }

    void unknownSpanIsRefused()
    {
        QVERIFY(!spanDeletion(sampleSet(), u"s9"_s));
    }
};

QTEST_GUILESS_MAIN(SpanRemovalTest)
#include "span_removal_test.moc"
