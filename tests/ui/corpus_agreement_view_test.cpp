#include "core/two_reviewer_corpus.h"

#include "agreement_table_model.h"
#include "confusion_matrix_model.h"
#include "corpus_agreement_view.h"

#include "corpus/reviewer_layers_by_document.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QSignalSpy>
#include <QTextBrowser>
#include <QThreadPool>
#include <QtTest>

using namespace galley;
using namespace galley::test;

namespace {

AgreementReport coreReport(Corpus &corpus)
{
    QList<ReviewedDocument> reviewed;
    const auto layers = reviewerLayersByDocument(corpus, true);
    for (const auto &entry : layers->documents)
        reviewed.append(entry.second);
    return computeAgreement(reviewed);
}

QVariant figure(const AgreementTableModel &model, int row, int column)
{
    return model.index(row, column).data(AgreementTableModel::ValueRole);
}

} // namespace

class CorpusAgreementViewTest : public QObject
{
    Q_OBJECT

private slots:
    void view_showsTheCoreFiguresComputedOffTheUiThread()
    {
        TwoReviewerCorpus fixture;
        QCOMPARE(fixture.build(), QString());
        // A third reviewer on one document gives three pairs.
        QVERIFY(!saveLayer(*fixture.corpus, fixture.documents[2].id, fixture.documents[2].contentHash,
                           reviewerLayer(fixture.texts[2], QStringLiteral("cat"), {{QStringLiteral("LOC"), QStringLiteral("Lakeside")}})));
        const AgreementReport expected = coreReport(*fixture.corpus);
        CorpusAgreementView view(*fixture.corpus);
        QAbstractItemModelTester tableTester(view.tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester matrixTester(view.confusionModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(view.isComputing());
        QSignalSpy computed(&view, &CorpusAgreementView::computed);
        QVERIFY(computed.wait(10000));
        view.resize(1000, 600);
        view.show();

        const AgreementTableModel &table = *view.tableModel();
        const QStringList labels = table.labels();
        QCOMPARE(labels, QStringList({QStringLiteral("DATE"), QStringLiteral("LOC"), QStringLiteral("MONEY"),
                                      QStringLiteral("ORG"), QStringLiteral("PER")}));
        QCOMPARE(table.rowCount(), labels.size() + 1);
        for (int row = 0; row < labels.size(); ++row) {
            const QString label = labels[row];
            QCOMPARE(figure(table, row, AgreementTableModel::ExactF1Column).toDouble(), expected.exactPerLabel.value(label).f1());
            QCOMPARE(figure(table, row, AgreementTableModel::OverlapF1Column).toDouble(), expected.overlapPerLabel.value(label).f1());
            QCOMPARE(figure(table, row, AgreementTableModel::FleissColumn).toDouble(), *expected.perLabel.value(label).fleissKappa);
            QCOMPARE(figure(table, row, AgreementTableModel::KrippendorffColumn).toDouble(),
                     *expected.perLabel.value(label).krippendorffAlpha);
        }
        const int overall = int(labels.size());
        QCOMPARE(table.index(overall, 0).data().toString(), QStringLiteral("overall"));
        QCOMPARE(figure(table, overall, AgreementTableModel::ExactPrecisionColumn).toDouble(), expected.exact.precision());
        QCOMPARE(figure(table, overall, AgreementTableModel::ExactRecallColumn).toDouble(), expected.exact.recall());
        QCOMPARE(figure(table, overall, AgreementTableModel::FleissColumn).toDouble(), *expected.overall.fleissKappa);
        QVERIFY(figure(table, overall, AgreementTableModel::CohenColumn).isNull());   // three reviewers
        QCOMPARE(table.index(overall, AgreementTableModel::CohenColumn).data().toString(), QStringLiteral("n/a"));
        QCOMPARE(table.index(overall, AgreementTableModel::ExactF1Column).data().toString(),
                 QString::number(100.0 * expected.exact.f1(), 'f', 1));

        const ConfusionMatrixModel &matrix = *view.confusionModel();
        const QStringList categories = matrix.categories();
        QVERIFY(categories.contains(QStringLiteral("O")));
        for (int r = 0; r < categories.size(); ++r) {
            for (int c = 0; c < categories.size(); ++c)
                QCOMPARE(matrix.index(r, c).data().toInt(), expected.confusion.value(categories[r]).value(categories[c]));
        }

        // One pair: Cohen's κ is defined and equals the core's pair κ.
        QCOMPARE(view.scopeChooser()->count(), 4);
        view.scopeChooser()->setCurrentIndex(1);
        QCOMPARE(view.scopeChooser()->currentText(), QStringLiteral("ann / bob"));
        QCOMPARE(view.shownReport()->documents, 3);
        QCOMPARE(figure(table, int(table.labels().size()), AgreementTableModel::CohenColumn).toDouble(),
                 *expected.pairs.first().kappa);
        QVERIFY(view.summaryText().startsWith(QStringLiteral("3 document(s)")));

        const QString report = view.writeHtmlReport();
        QCOMPARE(QFileInfo(report).absolutePath(), QFileInfo(fixture.folder()).absoluteFilePath());
        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        QVERIFY(html.contains(QStringLiteral("ann / bob")));
        QVERIFY(html.contains(QStringLiteral("<svg")));
        view.showHtmlReport();
        const auto browsers = view.findChildren<QTextBrowser *>();
        QCOMPARE(browsers.size(), 1);
        QVERIFY(browsers.first()->toPlainText().contains(QStringLiteral("Token confusion matrix")));
        QVERIFY(browsers.first()->toPlainText().contains(QStringLiteral("Agreement: ann / bob")));
        QVERIFY(browsers.first()->toPlainText().contains(QStringLiteral("Exact span F1 per label: chart shown with Open in Browser")));
        const QString folder = qEnvironmentVariable("GALLEY_SCREENSHOT_DIR");
        if (!folder.isEmpty()) {
            QVERIFY(view.grab().save(QDir(folder).filePath(QStringLiteral("corpus-agreement.png"))));
            QVERIFY(browsers.first()->window()->grab().save(QDir(folder).filePath(QStringLiteral("agreement-report.png"))));
        }
    }

    void decidedOnly_recomputesWithoutPendingSpans()
    {
        TwoReviewerCorpus fixture;
        QCOMPARE(fixture.build(), QString());
        AnnotationSet untouched = reviewerLayer(fixture.texts[2], QStringLiteral("bob"), {{QStringLiteral("LOC"), QStringLiteral("Lakeside")}});
        untouched.spans.first().status = ReviewStatus::Pending;
        QVERIFY(!saveLayer(*fixture.corpus, fixture.documents[2].id, fixture.documents[2].contentHash, untouched));
        CorpusAgreementView view(*fixture.corpus);
        QSignalSpy computed(&view, &CorpusAgreementView::computed);
        QVERIFY(computed.wait(10000));
        QCOMPARE(view.agreement()->all.exactPerLabel.value(QStringLiteral("LOC")).falseNegatives, 0);
        view.decidedOnlyBox()->setChecked(true);
        QVERIFY(computed.wait(10000));
        QCOMPARE(view.agreement()->all.exactPerLabel.value(QStringLiteral("LOC")).falseNegatives, 1);   // ann's Lakeside
    }

    void workerDone_figuresNotYetShown_isStillComputing_andComputeStartsOver()
    {
        TwoReviewerCorpus fixture;
        QCOMPARE(fixture.build(), QString());
        CorpusAgreementView view(*fixture.corpus);
        QSignalSpy computed(&view, &CorpusAgreementView::computed);
        QThreadPool::globalInstance()->waitForDone();   // its result waits for the event loop
        QVERIFY(view.isComputing());
        QVERIFY(!view.shownReport());
        view.compute();   // as a changed setting does
        QVERIFY(computed.wait(10000));
        QVERIFY(!view.isComputing());
        QCOMPARE(view.shownReport()->documents, 3);
        QTest::qWait(100);
        QCOMPARE(computed.size(), 1);
    }

    void recompute_whileComputingStartsOverAndFinishes()
    {
        TwoReviewerCorpus fixture;
        QCOMPARE(fixture.build(), QString());
        CorpusAgreementView view(*fixture.corpus);
        QSignalSpy computed(&view, &CorpusAgreementView::computed);
        view.compute();   // cancels the first run; a new one follows it
        QVERIFY(computed.wait(10000));
        QVERIFY(!view.isComputing());
        QCOMPARE(view.shownReport()->documents, 3);
    }
};

QTEST_MAIN(CorpusAgreementViewTest)
#include "corpus_agreement_view_test.moc"
