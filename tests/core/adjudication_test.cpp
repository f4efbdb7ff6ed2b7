#include "adjudication/adjudication.h"

#include <QTest>

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
    }
};

QTEST_GUILESS_MAIN(AdjudicationTest)
#include "adjudication_test.moc"
