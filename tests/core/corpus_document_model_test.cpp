#include "corpus/corpus_document_model.h"
#include "corpus/corpus_layers.h"
#include "corpus/reviewer_progress.h"
#include "helpers/small_corpus.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace galley;
using namespace galley::test;

class CorpusDocumentModelTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Corpus> m_corpus;
    static constexpr int kDocuments = 230;   // more than two pages of rows

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        writeSmallCorpusPages(m_dir.filePath(QStringLiteral("in")), kDocuments);
        auto corpus = Corpus::create(m_dir.filePath(QStringLiteral("corpus")));
        QVERIFY(corpus);
        m_corpus = std::move(*corpus);
        const ImportSummary summary = importIntoCorpus(*m_corpus, {m_dir.filePath(QStringLiteral("in"))}, nullptr);
        QCOMPARE(summary.counts.imported, kDocuments);
        // ann reviews the even documents (every fourth done), bob every third, with an ORG span.
        for (qint64 id = 1; id <= kDocuments; ++id) {
            if (id % 2 == 0)
                QVERIFY(!saveReviewerLayer(*m_corpus, id, QStringLiteral("ann"), QStringLiteral("PER"),
                                           id % 4 == 0 ? DocumentStatus::Done : DocumentStatus::InProgress));
            if (id % 3 == 0)
                QVERIFY(!saveReviewerLayer(*m_corpus, id, QStringLiteral("bob"), QStringLiteral("ORG"),
                                           DocumentStatus::NotStarted));
        }
    }

    void listsEveryDocumentWithOneColumnPerReviewer()
    {
        CorpusDocumentModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&model, &CorpusDocumentModel::totalCountChanged);
        model.setCorpus(m_corpus.get());
        // The first page is read at once; the rest when a view scrolls to it. The total is
        // counted in the background.
        QCOMPARE(model.rowCount(), CorpusDocumentModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        QTRY_COMPARE(model.totalCount(), kDocuments);
        QCOMPARE(counted.last().first().toInt(), kDocuments);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore({});
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), kDocuments);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.reviewers(), (QStringList{QStringLiteral("ann"), QStringLiteral("bob")}));
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("ann"));
        // Row 11 is document 12: ann done, bob not started; its title is the article's first line.
        QCOMPARE(model.index(11, CorpusDocumentModel::TitleColumn).data().toString(), QStringLiteral("Harbour report 11"));
        QCOMPARE(model.index(11, 2).data(CorpusDocumentModel::StatusRole).toString(), QStringLiteral("done"));
        QCOMPARE(model.index(11, 3).data(CorpusDocumentModel::StatusRole).toString(), QStringLiteral("not-started"));
        QCOMPARE(model.index(11, 3).data(CorpusDocumentModel::ReviewerRole).toString(), QStringLiteral("bob"));
        QCOMPARE(model.index(0, 2).data(CorpusDocumentModel::StatusRole).toString(), QString());
        // The last row, from the second page.
        QCOMPARE(model.index(kDocuments - 1, CorpusDocumentModel::TitleColumn).data().toString(),
                 QStringLiteral("Harbour report %1").arg(kDocuments - 1));
        QCOMPARE(model.document(kDocuments - 1)->id, qint64(kDocuments));
        QCOMPARE(model.index(5, 0).data(CorpusDocumentModel::DocumentIdRole).toLongLong(), 6);
    }

    void filtersCombineAndResetTheModel()
    {
        CorpusDocumentModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCorpus(m_corpus.get());
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QCOMPARE(model.setFilter({QStringLiteral("budget item 17."), {}, {}, {}, -1}), QString());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.document(0)->id, 18);
        QCOMPARE(resets.size(), 1);
        model.setFilter({{}, QStringLiteral("ORG"), {}, {}, -1});
        QCOMPARE(model.rowCount(), kDocuments / 3);
        model.setFilter({{}, {}, QStringLiteral("done"), QStringLiteral("ann"), -1});
        QCOMPARE(model.rowCount(), kDocuments / 4);
        // ORG is in bob's layers (3 | id), in progress only ann's (id ≡ 2 mod 4): id ≡ 6 mod 12.
        model.setFilter({{}, QStringLiteral("ORG"), QStringLiteral("in-progress"), {}, -1});
        QCOMPARE(model.rowCount(), 19);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.document(row)->id % 12, 6);
        // A reviewer named confines the label to that reviewer's layer.
        model.setFilter({{}, QStringLiteral("ORG"), {}, QStringLiteral("ann"), -1});
        QCOMPARE(model.rowCount(), 0);
        // A text every document has: read page by page through the trigram index, other
        // conditions applied on the way.
        model.setFilter({QStringLiteral("harbour council"), {}, {}, {}, -1});
        QCOMPARE(model.rowCount(), CorpusDocumentModel::kPageSize);
        model.fetchAll();
        QCOMPARE(model.rowCount(), kDocuments);
        QCOMPARE(model.document(kDocuments - 1)->id, kDocuments);
        QTRY_COMPARE(model.totalCount(), kDocuments);
        model.setFilter({QStringLiteral("harbour council"), QStringLiteral("ORG"), {}, {}, -1});
        QCOMPARE(model.rowCount(), kDocuments / 3);
        QCOMPARE(model.totalCount(), kDocuments / 3);
        model.setFilter({QStringLiteral("budget item 1"), {}, QStringLiteral("done"), {}, -1});
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(findDocument(*m_corpus, QString::number(model.document(row)->id))->text.contains(QStringLiteral("budget item 1")));
        // Articles 1, 10–19 and 100–199 (document id n + 1) that ann finished (4 | id): 3 + 25.
        QCOMPARE(model.rowCount(), 28);
        QCOMPARE(model.rowCount(), findDocuments(*m_corpus, model.filter())->size());
        model.setFilter({QStringLiteral("no such words"), {}, {}, {}, -1});
        QCOMPARE(model.rowCount(), 0);
    }

    void aSavedLayerShowsItsNewStatus()
    {
        CorpusDocumentModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCorpus(m_corpus.get());
        model.fetchAll();
        const QModelIndex cell = model.index(2, 3);   // document 3, bob
        QCOMPARE(cell.data(CorpusDocumentModel::StatusRole).toString(), QStringLiteral("not-started"));
        QVERIFY(!setLayerStatus(*m_corpus, 3, QStringLiteral("bob"), QStringLiteral("in-progress")));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.refreshDocument(3);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(cell.data(CorpusDocumentModel::StatusRole).toString(), QStringLiteral("in-progress"));
        // The file is what counts: recording it brings the status it holds back.
        QVERIFY(!recordLayerFile(*m_corpus, 3, model.document(2)->contentHash, QStringLiteral("bob")));
        model.refreshDocument(3);
        QCOMPARE(cell.data(CorpusDocumentModel::StatusRole).toString(), QStringLiteral("not-started"));
    }

    void reviewerProgressCountsDoneLayers()
    {
        const auto progress = reviewerProgress(*m_corpus);
        QVERIFY(progress);
        QCOMPARE(progress->size(), 2);
        QCOMPARE(progress->at(0).reviewer, QStringLiteral("ann"));
        QCOMPARE(progress->at(0).total, kDocuments / 2);
        QCOMPARE(progress->at(0).done, kDocuments / 4);
        QCOMPARE(progress->at(1).done, 0);
        QCOMPARE(progress->at(1).total, kDocuments / 3);
    }

    void withoutACorpusTheModelIsEmpty()
    {
        CorpusDocumentModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCorpus(m_corpus.get());
        model.setCorpus(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 2);
    }
};

QTEST_GUILESS_MAIN(CorpusDocumentModelTest)
#include "corpus_document_model_test.moc"
