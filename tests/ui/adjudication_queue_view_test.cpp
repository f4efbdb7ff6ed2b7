#include "core/two_reviewer_corpus.h"

#include "adjudication_queue_model.h"
#include "adjudication_queue_view.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QFileInfo>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QThreadPool>
#include <QtTest>

using namespace galley;
using namespace galley::test;

namespace {

QStringList goldSpans(Corpus &corpus, const CorpusDocument &document)
{
    const LayerRow row{document.id, document.contentHash, Corpus::goldLayer(), {},
                       Corpus::layerFile(document.contentHash, Corpus::goldLayer())};
    if (!QFileInfo::exists(corpus.absolutePath(row.file)))
        return {QStringLiteral("(no gold layer)")};
    const auto gold = readLayer(corpus, row);
    if (!gold)
        return {gold.error()};
    QStringList spans;
    for (const Span &span : gold->spans)
        spans.append(span.label + u' ' + span.text);
    return spans;
}

void waitUntilLoaded(AdjudicationQueueView &view)
{
    // The worker may be done already; its result arrives through the event loop either way.
    QSignalSpy loaded(&view, &AdjudicationQueueView::loaded);
    QVERIFY(!view.queue());
    QThreadPool::globalInstance()->waitForDone();
    QVERIFY(view.isLoading());   // until the queue is on show
    QVERIFY(loaded.wait(10000));
    QVERIFY(!view.isLoading());
    QVERIFY(view.queue());
}

void press(AdjudicationQueueView &view, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(view.table(), key, modifiers);
}

// With GALLEY_SCREENSHOT_DIR set, saves the widget as NAME.png there to look at.
void screenshot(QWidget &widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("GALLEY_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        QVERIFY(widget.grab().save(QDir(folder).filePath(name + QStringLiteral(".png"))));
}

} // namespace

class AdjudicationQueueViewTest : public QObject
{
    Q_OBJECT

private slots:
    void model_showsEachReviewersVersionWithContext()
    {
        TwoReviewerCorpus fixture;
        QCOMPARE(fixture.build(), QString());
        const auto queue = AdjudicationQueue::load(*fixture.corpus);
        QVERIFY(queue);
        AdjudicationQueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQueue(&*queue);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), 5);
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("ann (1)"));
        QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), QStringLiteral("bob (2)"));
        QCOMPARE(model.headerData(3, Qt::Horizontal, Qt::TextAlignmentRole).toInt(), int(Qt::AlignLeft | Qt::AlignVCenter));
        QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("DATE “Monday”"));
        QCOMPARE(model.index(0, 3).data().toString(), QStringLiteral("DATE “on Monday”"));
        QVERIFY(model.index(0, 1).data().toString().contains(QStringLiteral("met [on Monday] in Riverton")));
        QCOMPARE(model.index(2, 2).data().toString(), QStringLiteral("(nothing)"));
        QCOMPARE(model.index(2, 3).data().toString(), QStringLiteral("ORG “Officials”"));
        QCOMPARE(model.index(0, 4).data().toString(), QStringLiteral("open"));
        QCOMPARE(model.index(0, 0).data(AdjudicationQueueModel::DecidedRole).toBool(), false);
        model.setQueue(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void keyboard_decidesRecordsWithCuratorWritesGoldAndUndoes()
    {
        TwoReviewerCorpus fixture;
        QCOMPARE(fixture.build(), QString());
        AdjudicationQueueView view(*fixture.corpus, QStringLiteral("carol"));
        waitUntilLoaded(view);
        QAbstractItemModelTester tester(view.table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy remaining(&view, &AdjudicationQueueView::remainingChanged);
        view.resize(1100, 420);
        view.show();
        view.table()->setFocus();
        // The context column leaves room for the reviewers' versions and the decision: they were
        // pushed out of sight by a long context.
        const int decision = static_cast<AdjudicationQueueModel *>(view.table()->model())->decisionColumn();
        QVERIFY(view.table()->columnWidth(AdjudicationQueueModel::ContextColumn) <= view.fontMetrics().averageCharWidth() * 40);
        QVERIFY(view.table()->columnViewportPosition(decision) < view.table()->viewport()->width());
        // Document 3 has no conflict: its gold layer is written on opening, as the CLI does.
        QCOMPARE(goldSpans(*fixture.corpus, fixture.documents[2]), QStringList({QStringLiteral("LOC Lakeside")}));
        QCOMPARE(view.currentItem(), 0);
        QVERIFY(view.statusText().startsWith(QStringLiteral("6 conflict(s) open in 4 row(s) of 4")));
        screenshot(view, QStringLiteral("adjudication-queue"));

        press(view, Qt::Key_2);   // bob's "on Monday"
        const QString onMonday = view.queue()->items()[0].conflicts[0].key;
        const QString monday = view.queue()->items()[0].conflicts[1].key;
        auto decisions = loadDecisions(*fixture.corpus, fixture.documents[0].id);
        QCOMPARE(decisions->value(onMonday).accept, true);
        QCOMPARE(decisions->value(monday).accept, false);
        QCOMPARE(decisions->value(monday).curator, QStringLiteral("carol"));
        QCOMPARE(view.currentItem(), 1);
        QCOMPARE(remaining.last().first().toInt(), 4);
        QCOMPARE(view.table()->model()->index(0, 4).data().toString(), QStringLiteral("bob's version (carol)"));

        press(view, Qt::Key_A);   // both PER spans: document 1 is settled
        QCOMPARE(goldSpans(*fixture.corpus, fixture.documents[0]),
                 QStringList({QStringLiteral("ORG city council"), QStringLiteral("DATE on Monday"), QStringLiteral("LOC Riverton"),
                              QStringLiteral("PER Mayor Elena Varga"), QStringLiteral("PER Elena Varga")}));
        QCOMPARE(view.currentItem(), 2);
        press(view, Qt::Key_X);   // reject bob's ORG "Officials"
        QCOMPARE(view.currentItem(), 3);
        const QString officials = view.queue()->items()[2].conflicts[0].key;
        QCOMPARE(loadDecisions(*fixture.corpus, fixture.documents[1].id)->value(officials).accept, false);

        press(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(view.currentItem(), 2);
        QVERIFY(!loadDecisions(*fixture.corpus, fixture.documents[1].id)->contains(officials));
        QCOMPARE(remaining.last().first().toInt(), 2);

        press(view, Qt::Key_Return);   // skip to the MONEY row, take ann's version
        QCOMPARE(view.currentItem(), 3);
        press(view, Qt::Key_1);
        QCOMPARE(view.currentItem(), 2);   // the one still open
        QCOMPARE(goldSpans(*fixture.corpus, fixture.documents[1]), QStringList({QStringLiteral("(no gold layer)")}));
        press(view, Qt::Key_1);   // ann's version of the ORG row: nothing
        QCOMPARE(goldSpans(*fixture.corpus, fixture.documents[1]),
                 QStringList({QStringLiteral("LOC Harbor Bay"), QStringLiteral("MONEY 40 million dollars")}));
        QCOMPARE(remaining.last().first().toInt(), 0);
        QVERIFY(view.statusText().startsWith(QStringLiteral("0 conflict(s) open")));
        screenshot(view, QStringLiteral("adjudication-queue-done"));
    }

    void withoutCurator_decisionsAreRefused()
    {
        TwoReviewerCorpus fixture;
        QCOMPARE(fixture.build(), QString());
        AdjudicationQueueView view(*fixture.corpus, QString());
        waitUntilLoaded(view);
        press(view, Qt::Key_1);
        QCOMPARE(loadDecisions(*fixture.corpus, fixture.documents[0].id)->size(), 0);
        QVERIFY(view.statusText().contains(QStringLiteral("Problem: a decision needs the curator's name")));
        QCOMPARE(view.queue()->openItems(), 4);
    }

    // The Agreement tab could count layers still in progress; the Adjudication tab could not.
    void includeUnfinished_loadsLayersNotMarkedDone()
    {
        TwoReviewerCorpus fixture;
        QCOMPARE(fixture.build(), QString());
        AnnotationSet unfinished = reviewerLayer(fixture.texts[0], QStringLiteral("bob"),
                                                 {{QStringLiteral("ORG"), QStringLiteral("city council")},
                                                  {QStringLiteral("DATE"), QStringLiteral("on Monday")},
                                                  {QStringLiteral("LOC"), QStringLiteral("Riverton")},
                                                  {QStringLiteral("PER"), QStringLiteral("Mayor Elena Varga")}});
        unfinished.document.status = DocumentStatus::InProgress;
        QVERIFY(!saveLayer(*fixture.corpus, fixture.documents[0].id, fixture.documents[0].contentHash, unfinished));
        // The third document's two layers agree; one is still in progress.
        AnnotationSet agreeing = reviewerLayer(fixture.texts[2], QStringLiteral("bob"), {{QStringLiteral("LOC"), QStringLiteral("Lakeside")}});
        agreeing.document.status = DocumentStatus::InProgress;
        QVERIFY(!saveLayer(*fixture.corpus, fixture.documents[2].id, fixture.documents[2].contentHash, agreeing));
        AdjudicationQueueView view(*fixture.corpus, QStringLiteral("carol"));
        waitUntilLoaded(view);
        QCOMPARE(view.queue()->openItems(), 2);   // the second document's only
        QVERIFY(!view.includeUnfinishedBox()->isChecked());

        QSignalSpy loaded(&view, &AdjudicationQueueView::loaded);
        view.includeUnfinishedBox()->setChecked(true);
        QVERIFY(!view.includeUnfinishedBox()->isEnabled());
        QVERIFY(loaded.wait(10000));
        QVERIFY(view.includeUnfinishedBox()->isEnabled());
        QCOMPARE(view.queue()->openItems(), 4);
        // No gold is written from a layer still in progress, agreed or not.
        QCOMPARE(goldSpans(*fixture.corpus, fixture.documents[2]), QStringList{QStringLiteral("(no gold layer)")});
    }

    // The queue read the layers once: a document another reviewer finished later never came.
    void reload_bringsDocumentsFinishedSince_andNamesADamagedLayer()
    {
        TwoReviewerCorpus fixture;
        QCOMPARE(fixture.build(), QString());
        AnnotationSet unfinished = reviewerLayer(fixture.texts[1], QStringLiteral("bob"), {{QStringLiteral("LOC"), QStringLiteral("Harbor Bay")}});
        unfinished.document.status = DocumentStatus::InProgress;
        QVERIFY(!saveLayer(*fixture.corpus, fixture.documents[1].id, fixture.documents[1].contentHash, unfinished));
        AdjudicationQueueView view(*fixture.corpus, QString());
        waitUntilLoaded(view);
        QCOMPARE(view.queue()->openItems(), 2);   // the first document's

        AnnotationSet finished = unfinished;
        finished.spans.append(spanOf(fixture.texts[1], {QStringLiteral("ORG"), QStringLiteral("Officials")}, 2));
        finished.document.status = DocumentStatus::Done;
        QVERIFY(!saveLayer(*fixture.corpus, fixture.documents[1].id, fixture.documents[1].contentHash, finished));
        // The third document's bob layer is cut short on disk.
        const QString damaged = fixture.corpus->absolutePath(Corpus::layerFile(fixture.documents[2].contentHash, QStringLiteral("bob")));
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"galley\": ");
        file.close();

        QSignalSpy loaded(&view, &AdjudicationQueueView::loaded);
        QTest::mouseClick(view.reloadButton(), Qt::LeftButton);
        QVERIFY(!view.reloadButton()->isEnabled());
        QVERIFY(loaded.wait(10000));
        QVERIFY(view.reloadButton()->isEnabled());
        QCOMPARE(view.queue()->openItems(), 4);   // and the second document's two
        QVERIFY2(view.statusText().contains(QStringLiteral(" — a layer cannot be read: document %1 left out: %2")
                                                .arg(fixture.documents[2].id)
                                                .arg(damaged)),
                 qPrintable(view.statusText()));
    }

    void reviewerKey_ofAnotherDocumentsReviewerIsRefused()
    {
        TwoReviewerCorpus fixture;
        QCOMPARE(fixture.build(), QString());
        QVERIFY(!saveLayer(*fixture.corpus, fixture.documents[2].id, fixture.documents[2].contentHash,
                           reviewerLayer(fixture.texts[2], QStringLiteral("cat"), {{QStringLiteral("LOC"), QStringLiteral("Lakeside")}})));
        AdjudicationQueueView view(*fixture.corpus, QStringLiteral("carol"));
        waitUntilLoaded(view);
        QCOMPARE(view.queue()->reviewers().size(), 3);
        press(view, Qt::Key_3);   // cat only annotated document 3
        QCOMPARE(loadDecisions(*fixture.corpus, fixture.documents[0].id)->size(), 0);
        QVERIFY(view.statusText().contains(QStringLiteral("Problem: cat did not annotate this document")));
        QCOMPARE(view.currentItem(), 0);
    }

    void doubleClick_asksToOpenTheDocumentInTheColumnsLayer()
    {
        TwoReviewerCorpus fixture;
        QCOMPARE(fixture.build(), QString());
        AdjudicationQueueView view(*fixture.corpus, QStringLiteral("carol"));
        waitUntilLoaded(view);
        QSignalSpy open(&view, &AdjudicationQueueView::openDocumentRequested);
        emit view.table()->doubleClicked(view.table()->model()->index(2, 3));
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().at(0).toLongLong(), fixture.documents[1].id);
        QCOMPARE(open.first().at(1).toString(), fixture.documents[1].contentHash);
        QCOMPARE(open.first().at(2).toString(), QStringLiteral("bob"));
        emit view.table()->doubleClicked(view.table()->model()->index(2, 1));
        QCOMPARE(open.last().at(2).toString(), QStringLiteral("ann"));
    }
};

QTEST_MAIN(AdjudicationQueueViewTest)
#include "adjudication_queue_view_test.moc"
