#include "core/two_reviewer_corpus.h"

#include "corpus/adjudication_queue.h"
#include "corpus/layer_removal.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTest>

using namespace galley;
using namespace galley::test;

namespace {

LayerRow goldRow(const CorpusDocument &document)
{
    return {document.id, document.contentHash, Corpus::goldLayer(), {},
            Corpus::layerFile(document.contentHash, Corpus::goldLayer())};
}

bool hasGold(Corpus &corpus, const CorpusDocument &document)
{
    QSqlQuery query(corpus.database());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM layers WHERE document_id = ? AND reviewer = 'gold'"));
    query.addBindValue(document.id);
    query.exec();
    query.next();
    const bool row = query.value(0).toInt() == 1;
    const bool file = QFileInfo::exists(corpus.absolutePath(goldRow(document).file));
    return row && file;
}

QStringList spanKeys(const AnnotationSet &set)
{
    QStringList keys;
    for (const Span &span : set.spans)
        keys.append(QStringLiteral("%1 %2").arg(span.label, span.text));
    return keys;
}

} // namespace

class AdjudicationQueueTest : public QObject
{
    Q_OBJECT

private slots:
    void load_groupsOverlappingConflictsAcrossDocuments()
    {
        TwoReviewerCorpus fixture;
        QCOMPARE(fixture.build(), QString());
        const auto queue = AdjudicationQueue::load(*fixture.corpus);
        QVERIFY2(queue, qPrintable(queue ? QString() : queue.error()));
        QCOMPARE(queue->reviewers(), QStringList({QStringLiteral("ann"), QStringLiteral("bob")}));
        QCOMPARE(queue->items().size(), 4);
        QCOMPARE(queue->openItems(), 4);
        QCOMPARE(queue->openConflicts(), 6);
        const AdjudicationItem &dates = queue->items()[0];
        QCOMPARE(dates.documentId, fixture.documents[0].id);
        QCOMPARE(dates.conflicts.size(), 2);
        QCOMPARE(dates.conflicts[0].span.text, QStringLiteral("on Monday"));
        QCOMPARE(dates.conflicts[0].proposedBy, QStringList({QStringLiteral("bob")}));
        QCOMPARE(dates.conflicts[1].span.text, QStringLiteral("Monday"));
        QCOMPARE(queue->items()[1].conflicts.size(), 2);   // the two PER spans
        QCOMPARE(queue->items()[2].conflicts.size(), 1);   // ORG, only bob
        QCOMPARE(queue->items()[3].conflicts.first().span.label, QStringLiteral("MONEY"));
        QCOMPARE(queue->nextOpenItem(3), 0);
    }

    void writeMissingGoldLayers_acceptsAgreedSpansOfDocumentsWithoutConflicts()
    {
        TwoReviewerCorpus fixture;
        QCOMPARE(fixture.build(), QString());
        auto queue = AdjudicationQueue::load(*fixture.corpus);
        QVERIFY(queue);
        const auto written = queue->writeMissingGoldLayers(*fixture.corpus, QStringLiteral("carol"));
        QVERIFY(written);
        QCOMPARE(*written, 1);
        QVERIFY(!hasGold(*fixture.corpus, fixture.documents[0]));
        QVERIFY(hasGold(*fixture.corpus, fixture.documents[2]));
        const auto gold = readLayer(*fixture.corpus, goldRow(fixture.documents[2]));
        QVERIFY(gold);
        QCOMPARE(spanKeys(*gold), QStringList({QStringLiteral("LOC Lakeside")}));
        QCOMPARE(gold->document.status, DocumentStatus::Adjudicated);
        // A gold layer already there (perhaps corrected by hand since) is left alone.
        QCOMPARE(*queue->writeMissingGoldLayers(*fixture.corpus, QStringLiteral("carol")), 0);
    }

    void decide_recordsEachConflictWithCuratorAndWritesGoldWhenDocumentIsSettled()
    {
        TwoReviewerCorpus fixture;
        QCOMPARE(fixture.build(), QString());
        auto queue = AdjudicationQueue::load(*fixture.corpus);
        QVERIFY(queue);
        QVERIFY(!queue->decide(*fixture.corpus, 0, queue->reviewerVersion(0, QStringLiteral("bob")), QStringLiteral("carol")));
        auto decisions = loadDecisions(*fixture.corpus, fixture.documents[0].id);
        QVERIFY(decisions);
        QCOMPARE(decisions->size(), 2);
        QCOMPARE(decisions->value(queue->items()[0].conflicts[0].key).accept, true);    // bob's "on Monday"
        QCOMPARE(decisions->value(queue->items()[0].conflicts[1].key).accept, false);   // ann's "Monday"
        QCOMPARE(decisions->value(queue->items()[0].conflicts[1].key).curator, QStringLiteral("carol"));
        QVERIFY(queue->isDecided(0));
        QCOMPARE(queue->openItems(), 3);
        QVERIFY(!hasGold(*fixture.corpus, fixture.documents[0]));   // the PER conflict is still open

        QVERIFY(!queue->decide(*fixture.corpus, 1, queue->acceptAll(1), QStringLiteral("dave")));
        QVERIFY(hasGold(*fixture.corpus, fixture.documents[0]));
        const auto gold = readLayer(*fixture.corpus, goldRow(fixture.documents[0]));
        QVERIFY(gold);
        QCOMPARE(spanKeys(*gold), QStringList({QStringLiteral("ORG city council"), QStringLiteral("DATE on Monday"),
                                               QStringLiteral("LOC Riverton"), QStringLiteral("PER Mayor Elena Varga"),
                                               QStringLiteral("PER Elena Varga")}));
        QCOMPARE(gold->spans.first().provenance.reviewer, QStringLiteral("dave"));
        QCOMPARE(queue->openConflicts(), 2);
        QVERIFY(queue->decide(*fixture.corpus, 2, queue->rejectAll(2), QStringLiteral(" ")).has_value());   // no curator
    }

    void undo_putsDecisionsAndGoldLayerBackLastFirst()
    {
        TwoReviewerCorpus fixture;
        QCOMPARE(fixture.build(), QString());
        auto queue = AdjudicationQueue::load(*fixture.corpus);
        QVERIFY(queue);
        QVERIFY(!queue->canUndo());
        QVERIFY(!queue->decide(*fixture.corpus, 2, queue->rejectAll(2), QStringLiteral("carol")));
        QVERIFY(!queue->decide(*fixture.corpus, 3, queue->acceptAll(3), QStringLiteral("carol")));
        QVERIFY(hasGold(*fixture.corpus, fixture.documents[1]));
        // Revising a settled document replaces its gold; undoing the revision brings the first back.
        QVERIFY(!queue->decide(*fixture.corpus, 3, queue->rejectAll(3), QStringLiteral("dave")));
        QCOMPARE(spanKeys(*readLayer(*fixture.corpus, goldRow(fixture.documents[1]))),
                 QStringList({QStringLiteral("LOC Harbor Bay")}));
        auto undone = queue->undo(*fixture.corpus);
        QVERIFY(undone);
        QCOMPARE(*undone, 3);
        QCOMPARE(spanKeys(*readLayer(*fixture.corpus, goldRow(fixture.documents[1]))),
                 QStringList({QStringLiteral("LOC Harbor Bay"), QStringLiteral("MONEY 40 million dollars")}));
        const QString money = queue->items()[3].conflicts.first().key;
        QCOMPARE(loadDecisions(*fixture.corpus, fixture.documents[1].id)->value(money).curator, QStringLiteral("carol"));
        QVERIFY(queue->decision(fixture.documents[1].id, money)->accept);

        QCOMPARE(*queue->undo(*fixture.corpus), 3);
        QVERIFY(!hasGold(*fixture.corpus, fixture.documents[1]));
        QVERIFY(!loadDecisions(*fixture.corpus, fixture.documents[1].id)->contains(money));
        QVERIFY(!queue->decision(fixture.documents[1].id, money));
        QCOMPARE(queue->openItems(), 3);
        QCOMPARE(*queue->undo(*fixture.corpus), 2);
        QCOMPARE(loadDecisions(*fixture.corpus, fixture.documents[1].id)->size(), 0);
        QVERIFY(!queue->canUndo());
        QVERIFY(!queue->undo(*fixture.corpus));
    }

    void load_afterDecisionsSeesThem()
    {
        TwoReviewerCorpus fixture;
        QCOMPARE(fixture.build(), QString());
        auto first = AdjudicationQueue::load(*fixture.corpus);
        QVERIFY(first);
        QVERIFY(!first->decide(*fixture.corpus, 0, first->rejectAll(0), QStringLiteral("carol")));
        const auto second = AdjudicationQueue::load(*fixture.corpus);
        QVERIFY(second);
        QVERIFY(second->isDecided(0));
        QCOMPARE(second->openItems(), 3);
        QCOMPARE(second->nextOpenItem(-1), 1);
    }
};

QTEST_GUILESS_MAIN(AdjudicationQueueTest)
#include "adjudication_queue_test.moc"
