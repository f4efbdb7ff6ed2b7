#include "core/two_reviewer_corpus.h"

#include "corpus/corpus_agreement.h"
#include "corpus/reviewer_layers_by_document.h"

#include <QFile>
#include <QTest>

using namespace galley;
using namespace galley::test;

class CorpusAgreementTest : public QObject
{
    Q_OBJECT

private slots:
    void corpusAgreement_equalsTheReportOfTheReviewerLayers()
    {
        TwoReviewerCorpus fixture;
        QCOMPARE(fixture.build(), QString());
        QList<ReviewedDocument> reviewed;
        const auto layers = reviewerLayersByDocument(*fixture.corpus, true);
        for (const auto &entry : layers->documents)
            reviewed.append(entry.second);
        const AgreementReport expected = computeAgreement(reviewed);
        QList<int> steps;
        const auto agreement = computeCorpusAgreement(fixture.folder(), AgreementScope{}, [&](int done, int) {
            steps.append(done);
            return true;
        });
        QVERIFY2(agreement, qPrintable(agreement ? QString() : agreement.error()));
        QCOMPARE(agreement->all.documents, 3);
        QCOMPARE(agreement->all.exact.truePositives, expected.exact.truePositives);
        QCOMPARE(agreement->all.exact.truePositives, 4);   // city council, Riverton, Harbor Bay, Lakeside
        QCOMPARE(agreement->all.overlap.truePositives, 6);   // and the two overlapping pairs
        QCOMPARE(agreement->all.overall.cohensKappa, expected.overall.cohensKappa);
        QCOMPARE(agreement->pairs.size(), 1);
        QCOMPARE(agreement->pairs.first().report.overall.cohensKappa, expected.overall.cohensKappa);
        QCOMPARE(steps.last(), 4);
        QCOMPARE(computeCorpusAgreement(fixture.folder(), AgreementScope{}, [](int, int) { return false; }).error(),
                 QStringLiteral("cancelled"));
    }

    void damagedLayer_leavesItsDocumentOutAndNamesTheFile()
    {
        TwoReviewerCorpus fixture;
        QCOMPARE(fixture.build(), QString());
        const CorpusDocument &second = fixture.documents[1];
        const QString path = fixture.corpus->absolutePath(Corpus::layerFile(second.contentHash, QStringLiteral("bob")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QByteArray whole = file.readAll();
        QVERIFY(file.resize(whole.size() / 2));   // cut short, as by a crash of another tool
        file.close();

        const auto agreement = computeCorpusAgreement(fixture.folder(), AgreementScope{false});
        QVERIFY2(agreement, qPrintable(agreement ? QString() : agreement.error()));
        QCOMPARE(agreement->all.documents, 2);
        QCOMPARE(agreement->leftOut.size(), 1);
        QVERIFY2(agreement->leftOut.first().contains(path), qPrintable(agreement->leftOut.first()));
        QVERIFY(agreement->leftOut.first().startsWith(QStringLiteral("document %1 left out").arg(second.id)));
    }

    // Two untouched copies of the pre-annotation agree on everything: with decidedOnly the spans
    // reviewers left pending are no agreement.
    void decidedOnly_leavesOutSpansLeftPending()
    {
        TwoReviewerCorpus fixture;
        QCOMPARE(fixture.build(), QString());
        const CorpusDocument &third = fixture.documents[2];
        for (const QString &reviewer : {QStringLiteral("ann"), QStringLiteral("bob")}) {
            AnnotationSet layer = reviewerLayer(fixture.texts[2], reviewer,
                                                {{QStringLiteral("LOC"), QStringLiteral("Lakeside")},
                                                 {QStringLiteral("DURATION"), QStringLiteral("an hour")}});
            layer.spans.last().status = ReviewStatus::Pending;   // the detectors' span, never looked at
            if (reviewer == QStringLiteral("bob"))
                layer.spans.first().status = ReviewStatus::Pending;
            QVERIFY(!saveLayer(*fixture.corpus, third.id, third.contentHash, layer));
        }
        const auto all = computeCorpusAgreement(fixture.folder(), AgreementScope{});
        QVERIFY(all);
        QCOMPARE(all->all.exactPerLabel.value(QStringLiteral("DURATION")).truePositives, 1);
        QCOMPARE(all->all.exactPerLabel.value(QStringLiteral("LOC")).truePositives, 3);   // Riverton, Harbor Bay, Lakeside

        const auto decided = computeCorpusAgreement(fixture.folder(), AgreementScope{true, true});
        QVERIFY(decided);
        QVERIFY(!decided->all.exactPerLabel.contains(QStringLiteral("DURATION")));
        QCOMPARE(decided->all.exactPerLabel.value(QStringLiteral("LOC")).truePositives, 2);
        QCOMPARE(decided->all.exactPerLabel.value(QStringLiteral("LOC")).falseNegatives, 1);   // ann accepted Lakeside, bob never looked
    }

    void agreementPerPair_coversOnlyDocumentsBothReviewed()
    {
        TwoReviewerCorpus fixture;
        QCOMPARE(fixture.build(), QString());
        const CorpusDocument &third = fixture.documents[2];
        QVERIFY(!saveLayer(*fixture.corpus, third.id, third.contentHash,
                           reviewerLayer(fixture.texts[2], QStringLiteral("cat"), {{QStringLiteral("PER"), QStringLiteral("Residents")}})));
        const auto agreement = computeCorpusAgreement(fixture.folder(), AgreementScope{});
        QVERIFY(agreement);
        QCOMPARE(agreement->pairs.size(), 3);
        QCOMPARE(agreement->pairs[0].first, QStringLiteral("ann"));
        QCOMPARE(agreement->pairs[0].second, QStringLiteral("bob"));
        QCOMPARE(agreement->pairs[0].report.documents, 3);
        QCOMPARE(agreement->pairs[1].second, QStringLiteral("cat"));
        QCOMPARE(agreement->pairs[1].report.documents, 1);
        QCOMPARE(agreement->pairs[1].report.exact.truePositives, 0);
        QCOMPARE(agreement->pairs[1].report.exact.falseNegatives, 1);   // ann's Lakeside
        QCOMPARE(agreement->pairs[1].report.exact.falsePositives, 1);   // cat's Residents
    }
};

QTEST_GUILESS_MAIN(CorpusAgreementTest)
#include "corpus_agreement_test.moc"
