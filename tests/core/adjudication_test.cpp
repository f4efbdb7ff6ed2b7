#include "adjudication/adjudication.h"

#include <QTest>

#include <algorithm>

using namespace galley;

namespace {

const QString kText = QStringLiteral("\"We won,\" said Alice in Paris.");   // We won [1,7) Alice [15,20) Paris [24,29)

Span span(const QString &id, const QString &label, int start, int end)
{
    Span s;
    s.id = id;
    s.label = label;
    s.start = start;
    s.end = end;
    s.text = kText.mid(start, end - start);
    return s;
}

AnnotationSet layer(const QString &reviewer, QList<Span> spans, QList<Relation> relations = {})
{
    AnnotationSet set;
    set.text = kText;
    set.reviewer = reviewer;
    set.spans = std::move(spans);
    set.relations = std::move(relations);
    return set;
}

Relation speaker(const QString &from, const QString &to)
{
    Relation relation;
    relation.id = from + to;
    relation.type = QStringLiteral("speaker");
    relation.from = from;
    relation.to = to;
    return relation;
}

QList<AnnotationSet> twoReviewers()
{
    return {layer("ann", {span("a1", "QUOTE", 1, 7), span("a2", "PER", 15, 20), span("a3", "LOC", 24, 29)},
                  {speaker("a1", "a2")}),
            layer("bob", {span("b1", "QUOTE", 1, 7), span("b2", "PER", 15, 20), span("b3", "ORG", 24, 29)},
                  {speaker("b1", "b2")})};
}

} // namespace

class AdjudicationTest : public QObject
{
    Q_OBJECT

private slots:
    void plan_agreedSpansNeedNoDecision()
    {
        const AdjudicationPlan plan = planAdjudication(twoReviewers());
        QCOMPARE(plan.agreed.size(), 2);
        QCOMPARE(plan.conflicts.size(), 2);
        QCOMPARE(plan.conflicts[0].key, QStringLiteral("LOC 24-29"));
        QCOMPARE(plan.conflicts[0].proposedBy, QStringList{"ann"});
        QCOMPARE(plan.conflicts[0].missingFrom, QStringList{"bob"});
        QCOMPARE(plan.conflicts[1].key, QStringLiteral("ORG 24-29"));
    }

    void gold_takesAgreedAndAcceptedSpans()
    {
        const QList<AnnotationSet> layers = twoReviewers();
        const AdjudicationPlan plan = planAdjudication(layers);
        const AnnotationSet gold = adjudicatedLayer(layers, plan, {{"LOC 24-29", true}, {"ORG 24-29", false}}, "cur");
        QCOMPARE(gold.spans.size(), 3);
        QCOMPARE(gold.spans[2].label, QStringLiteral("LOC"));
        QCOMPARE(gold.spans[2].provenance.reviewer, QStringLiteral("cur"));
        QCOMPARE(gold.spans[2].status, ReviewStatus::Accepted);
        QCOMPARE(gold.document.status, DocumentStatus::Adjudicated);
        // The speaker link both reviewers made survives, pointing at the gold spans.
        QCOMPARE(gold.relations.size(), 1);
        QCOMPARE(gold.relations[0].from, gold.spans[0].id);
        QCOMPARE(gold.relations[0].to, gold.spans[1].id);
    }

    void gold_leavesRejectedAndUndecidedOut()
    {
        const QList<AnnotationSet> layers = twoReviewers();
        const AdjudicationPlan plan = planAdjudication(layers);
        const AnnotationSet gold = adjudicatedLayer(layers, plan, {{"ORG 24-29", false}}, "cur");
        QCOMPARE(gold.spans.size(), 2);
    }

    void plan_rejectedSpanCountsAsAbsent()
    {
        QList<AnnotationSet> layers = twoReviewers();
        layers[1].spans[1].status = ReviewStatus::Rejected;   // bob rejected the PER span
        const AdjudicationPlan plan = planAdjudication(layers);
        QCOMPARE(plan.agreed.size(), 1);
        QCOMPARE(plan.conflicts.size(), 3);
        QCOMPARE(plan.conflicts[0].key, QStringLiteral("PER 15-20"));
        // Without the PER span bob says nothing about ann's link to it: kept if the span is.
        QCOMPARE(plan.agreedRelations.size(), 1);
        const AnnotationSet gold = adjudicatedLayer(layers, plan, {{"PER 15-20", true}}, "cur");
        QCOMPARE(gold.relations.size(), 1);
    }

    // ann made the quote partial, bob left it direct: gold quietly took ann's kind.
    void plan_differentAttributes_areVersionsInConflict()
    {
        QList<AnnotationSet> layers = twoReviewers();
        layers[0].spans[0].attributes = {{"kind", "partial"}, {"confidence", 0.4}};
        layers[1].spans[0].attributes = {{"kind", "direct"}, {"confidence", 0.9}};
        const AdjudicationPlan plan = planAdjudication(layers);
        QStringList keys;
        for (const AdjudicationConflict &conflict : plan.conflicts)
            keys.append(conflict.key);
        QVERIFY2(keys.contains("QUOTE 1-7 [kind=partial]") && keys.contains("QUOTE 1-7 [kind=direct]"), qPrintable(keys.join(" | ")));
        // Both link the quote to Alice, whichever kind they gave it: no conflict there.
        QVERIFY2(!keys.join(" | ").contains("speaker"), qPrintable(keys.join(" | ")));
        QCOMPARE(planAdjudication(layers).agreedRelations.size(), 1);
        const auto partial = std::find_if(plan.conflicts.cbegin(), plan.conflicts.cend(),
                                          [](const AdjudicationConflict &c) { return c.key == "QUOTE 1-7 [kind=partial]"; });
        QCOMPARE(partial->detail, QStringLiteral("kind: partial"));
        QCOMPARE(partial->proposedBy, QStringList{"ann"});
        // The detectors' confidence alone makes no version.
        layers[1].spans[0].attributes = {{"kind", "partial"}, {"confidence", 0.9}};
        QVERIFY(planAdjudication(layers).agreed.size() == 2);

        layers[1].spans[0].attributes = {{"kind", "direct"}};
        const AdjudicationPlan again = planAdjudication(layers);
        const AnnotationSet gold = adjudicatedLayer(layers, again,
                                                    {{"QUOTE 1-7 [kind=direct]", true}, {"QUOTE 1-7 [kind=partial]", false}},
                                                    "cur");
        QCOMPARE(gold.spans[0].attributes.value("kind").toString(), QStringLiteral("direct"));
        QCOMPARE(gold.relations.size(), 1);
        QCOMPARE(gold.relations[0].from, gold.spans[0].id);
    }

    // ann gave the quote Alice as speaker, bob another mention: both links were dropped silently.
    void plan_differentSpeakers_areLinkConflicts_andTheAcceptedOneIsKept()
    {
        QList<AnnotationSet> layers = twoReviewers();
        layers[0].spans.append(span("a4", "PER", 24, 29));
        layers[1].spans.append(span("b4", "PER", 24, 29));
        layers[1].relations = {speaker("b1", "b4")};
        const AdjudicationPlan plan = planAdjudication(layers);
        QStringList keys;
        for (const AdjudicationConflict &conflict : plan.conflicts)
            keys.append(conflict.key);
        QVERIFY(keys.contains("speaker QUOTE 1-7 -> PER 15-20"));
        QVERIFY(keys.contains("speaker QUOTE 1-7 -> PER 24-29"));
        const auto link = std::find_if(plan.conflicts.cbegin(), plan.conflicts.cend(),
                                       [](const AdjudicationConflict &c) { return c.key == "speaker QUOTE 1-7 -> PER 15-20"; });
        QCOMPARE(link->detail, QStringLiteral("speaker \u2192 \u201cAlice\u201d"));
        QCOMPARE(link->span.label, QStringLiteral("QUOTE"));
        QCOMPARE(plan.conflicts.first().key, QStringLiteral("speaker QUOTE 1-7 -> PER 15-20"));   // at the quote
        const AnnotationSet gold = adjudicatedLayer(layers, plan,
                                                    {{"speaker QUOTE 1-7 -> PER 15-20", true},
                                                     {"speaker QUOTE 1-7 -> PER 24-29", false}},
                                                    "cur");
        QCOMPARE(gold.relations.size(), 1);
        QCOMPARE(gold.relations[0].to, gold.spans[1].id);
    }

    // Gold had no entities at all, even where both reviewers grouped the mentions alike.
    void gold_keepsTheEntitiesReviewersAgreeOn()
    {
        QList<AnnotationSet> layers = twoReviewers();
        for (AnnotationSet &layer : layers) {
            const QString prefix = layer.reviewer.left(1);
            layer.spans.append(span(prefix + "5", "PER", 15, 17));   // "Al", a second mention
            layer.clusters = {Cluster{prefix + "c1", "PER", QString::fromLatin1(layer.reviewer == "ann" ? "Alice Moreau" : "Alice M.")}};
            for (const QString &mention : QStringList{prefix + "2", prefix + "5"}) {
                Relation member;
                member.id = "m" + mention;
                member.type = "cluster";
                member.from = mention;
                member.to = prefix + "c1";
                layer.relations.append(member);
            }
        }
        AnnotationSet gold = adjudicatedLayer(layers, planAdjudication(layers), {{"LOC 24-29", true}}, "cur");
        QCOMPARE(gold.clusters.size(), 1);
        QCOMPARE(gold.clusters[0].canonical, QStringLiteral("Alice Moreau"));   // the first reviewer's name
        QCOMPARE(gold.clusters[0].label, QStringLiteral("PER"));
        int members = 0;
        for (const Relation &relation : gold.relations)
            members += relation.type == "cluster" && relation.to == gold.clusters[0].id;
        QCOMPARE(members, 2);

        // bob keeps the mentions apart: gold does too.
        layers[1].clusters.append(Cluster{"bc2", "PER", "Al"});
        layers[1].relations.last().to = "bc2";
        gold = adjudicatedLayer(layers, planAdjudication(layers), {{"LOC 24-29", true}}, "cur");
        QCOMPARE(gold.clusters.size(), 2);
    }
};

QTEST_GUILESS_MAIN(AdjudicationTest)
#include "adjudication_test.moc"
