#include "agreement/agreement_report.h"
#include "agreement/chance_corrected_agreement.h"

#include <QTest>

using namespace galley;

namespace {

// Two raters' yes/no answers from a 2×2 table of counts.
std::pair<QList<QString>, QList<QString>> fromTable(int yesYes, int yesNo, int noYes, int noNo)
{
    QList<QString> first;
    QList<QString> second;
    const auto add = [&](int count, const char *a, const char *b) {
        for (int i = 0; i < count; ++i) {
            first.append(QString::fromLatin1(a));
            second.append(QString::fromLatin1(b));
        }
    };
    add(yesYes, "yes", "yes");
    add(yesNo, "yes", "no");
    add(noYes, "no", "yes");
    add(noNo, "no", "no");
    return {first, second};
}

std::optional<QString> value(int v)
{
    return v == 0 ? std::nullopt : std::optional<QString>(QString::number(v));
}

Span span(const QString &label, int start, int end)
{
    Span s;
    s.id = label + QString::number(start);
    s.label = label;
    s.start = start;
    s.end = end;
    return s;
}

AnnotationSet layer(const QString &reviewer, QList<Span> spans)
{
    AnnotationSet set;
    set.text = QStringLiteral("Alice met Bob in Paris .");   // Alice [0,5) Bob [10,13) Paris [17,22)
    set.reviewer = reviewer;
    set.spans = std::move(spans);
    return set;
}

} // namespace

class AgreementTest : public QObject
{
    Q_OBJECT

private slots:
    // Wikipedia, "Cohen's kappa": the 50-proposal example and the two 100-item examples.
    void cohensKappa_matchesWorkedExamples_data()
    {
        QTest::addColumn<QList<int>>("table");   // yes/yes, yes/no, no/yes, no/no
        QTest::addColumn<double>("kappa");
        QTest::newRow("50 proposals") << QList{20, 5, 10, 15} << 0.4;
        QTest::newRow("balanced") << QList{45, 15, 25, 15} << 0.06 / 0.46;
        QTest::newRow("unbalanced") << QList{25, 35, 5, 35} << 0.14 / 0.54;
    }

    void cohensKappa_matchesWorkedExamples()
    {
        QFETCH(QList<int>, table);
        QFETCH(double, kappa);
        const auto [first, second] = fromTable(table[0], table[1], table[2], table[3]);
        const auto computed = cohensKappa(first, second);
        QVERIFY(computed);
        QVERIFY2(qAbs(*computed - kappa) < 1e-12, qPrintable(QString::number(*computed)));
    }

    void cohensKappa_undefinedWhenBothUseOneCategory()
    {
        QVERIFY(!cohensKappa({"a", "a"}, {"a", "a"}));
    }

    // Fleiss (1971) as tabulated on Wikipedia, "Fleiss' kappa": 10 subjects, 14 raters, 5
    // categories; P̄ = 0.378, P̄e = 0.213, κ = 0.210.
    void fleissKappa_matchesWikipediaExample()
    {
        const QList<QList<int>> counts{{0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0},
                                       {2, 2, 8, 1, 1},  {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2},
                                       {6, 5, 2, 1, 0},  {0, 2, 2, 3, 7}};
        const auto kappa = fleissKappa(counts);
        QVERIFY(kappa);
        // P̄ = 0.37802…, P̄e = 0.21345…: κ = 0.20993…
        QVERIFY2(qAbs(*kappa - 0.20993) < 5e-5, qPrintable(QString::number(*kappa, 'f', 6)));
    }

    // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: four
    // observers, twelve units, values 1–5 with missing values; nominal α = 0.743.
    void krippendorffAlpha_matchesKrippendorffsExample()
    {
        const QList<QList<int>> data{
            {1, 2, 3, 3, 2, 1, 4, 1, 2, 0, 0, 0},
            {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, 0, 3},
            {0, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, 0},
            {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, 0},
        };
        QList<QList<std::optional<QString>>> ratings;
        for (const QList<int> &coder : data) {
            ratings.append(QList<std::optional<QString>>());
            for (int v : coder)
                ratings.last().append(value(v));
        }
        const auto alpha = krippendorffAlphaNominal(ratings);
        QVERIFY(alpha);
        QCOMPARE(QString::number(*alpha, 'f', 3), QStringLiteral("0.743"));
    }

    void krippendorffAlpha_isOneWhenAllAgree()
    {
        const auto alpha = krippendorffAlphaNominal({{value(1), value(2), std::nullopt}, {value(1), value(2), value(3)}});
        QVERIFY(alpha);
        QCOMPARE(*alpha, 1.0);
    }

    // Hand-computed: tokens Alice met Bob in Paris . — a: PER O PER O LOC O, b: PER O ORG O O O.
    // pₒ = 4/6; Cohen pₑ = 14/36 → κ = 10/22. Fleiss: P̄ = 4/6, P̄e = 60/144 → κ = 3/7.
    // α: n = 12, 4 disagreeing pairable values, n² − Σnₖ² = 84 → α = 1 − 11·4/84 = 40/84.
    void computeAgreement_twoReviewersHandComputed()
    {
        ReviewedDocument document{QStringLiteral("doc"),
                                  {layer("b", {span("PER", 0, 5), span("ORG", 10, 13)}),
                                   layer("a", {span("PER", 0, 5), span("PER", 10, 13), span("LOC", 17, 22)})}};
        const AgreementReport report = computeAgreement({document});
        QCOMPARE(report.reviewers, QStringList({"a", "b"}));
        QCOMPARE(report.documents, 1);
        QCOMPARE(report.tokens, 6);
        QVERIFY(qAbs(*report.overall.cohensKappa - 10.0 / 22.0) < 1e-12);
        QVERIFY(qAbs(*report.overall.fleissKappa - 3.0 / 7.0) < 1e-12);
        QVERIFY(qAbs(*report.overall.krippendorffAlpha - 40.0 / 84.0) < 1e-12);
        // Spans, a as reference: Alice agrees; Bob (label) and Paris differ → P 1/2, R 1/3, F1 0.4.
        QCOMPARE(report.exact.truePositives, 1);
        QCOMPARE(report.exact.falseNegatives, 2);
        QCOMPARE(report.exact.falsePositives, 1);
        QVERIFY(qAbs(report.exact.f1() - 0.4) < 1e-12);
        QCOMPARE(report.confusion["PER"]["ORG"], 1);
        QCOMPARE(report.confusion["LOC"]["O"], 1);
        QCOMPARE(report.confusion["O"]["O"], 3);
        // Per label LOC: a marks Paris, b nothing: pₒ = 5/6, pₑ = (1/6·0 + 5/6·1) → κ = 0.
        QVERIFY(qAbs(*report.perLabel["LOC"].cohensKappa) < 1e-12);
        QCOMPARE(report.pairs.size(), 1);
    }

    void computeAgreement_overlapCountsShiftedBoundaries()
    {
        ReviewedDocument document{QStringLiteral("doc"),
                                  {layer("a", {span("LOC", 17, 22)}), layer("b", {span("LOC", 14, 22)})}};
        const AgreementReport report = computeAgreement({document});
        QCOMPARE(report.exact.truePositives, 0);
        QCOMPARE(report.overlap.truePositives, 1);
    }

    void computeAgreement_threeReviewersUseFleissNotCohen()
    {
        ReviewedDocument document{QStringLiteral("doc"),
                                  {layer("a", {span("PER", 0, 5)}), layer("b", {span("PER", 0, 5)}),
                                   layer("c", {span("PER", 0, 5)})}};
        const AgreementReport report = computeAgreement({document, ReviewedDocument{QStringLiteral("single"), {layer("a", {})}}});
        QCOMPARE(report.documents, 1);
        QVERIFY(!report.overall.cohensKappa);
        QCOMPARE(*report.overall.fleissKappa, 1.0);
        QCOMPARE(*report.overall.krippendorffAlpha, 1.0);
        QCOMPARE(report.pairs.size(), 3);
        QCOMPARE(report.exact.truePositives, 3);
    }
};

QTEST_GUILESS_MAIN(AgreementTest)
#include "agreement_test.moc"
