// The corpus in the review window: open a corpus, filter its documents, open one with a
// reviewer's layer, edit, mark done and save; the layer file and the corpus database follow.
#include "annotation_panel.h"
#include "adjudication_queue_view.h"
#include "corpus_agreement_view.h"
#include "corpus_controller.h"
#include "corpus_import_job.h"
#include "corpus_view.h"
#include "main_window.h"
#include "open_documents_model.h"
#include "review_annotations.h"
#include "review_editor.h"
#include "web_test_main.h"

#include "annotation/annotation_file.h"
#include "corpus/corpus_document_model.h"
#include "corpus/reviewer_progress.h"
#include "helpers/small_corpus.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDockWidget>
#include <QListView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSettings>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTreeView>

using namespace galley;
using namespace galley::test;

namespace {

constexpr int kDocuments = 6;

AnnotationSet readSet(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    auto set = parseAnnotationFile(file.readAll(), path);
    return set ? *set : AnnotationSet{};
}

QString layerStatus(Corpus &corpus, qint64 id, const QString &reviewer)
{
    return findDocument(corpus, QString::number(id))->row.statusByLayer.value(reviewer);
}

} // namespace

class CorpusViewTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_corpusFolder;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    CorpusController &controller() { return *m_window->corpusController(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_corpusFolder = m_dir.filePath(QStringLiteral("corpus"));
        writeSmallCorpusPages(m_dir.filePath(QStringLiteral("in")), kDocuments);
        auto corpus = Corpus::create(m_corpusFolder);
        QVERIFY(corpus);
        QCOMPARE(importIntoCorpus(**corpus, {m_dir.filePath(QStringLiteral("in"))}, nullptr).counts.imported, kDocuments);
        // bob is assigned every document; ann every other one, and has finished document 2.
        for (qint64 id = 1; id <= kDocuments; ++id) {
            QVERIFY(!saveReviewerLayer(**corpus, id, QStringLiteral("bob"), QStringLiteral("ORG"), DocumentStatus::NotStarted));
            if (id % 2 == 0)
                QVERIFY(!saveReviewerLayer(**corpus, id, QStringLiteral("ann"), QStringLiteral("LOC"),
                                           id == 2 ? DocumentStatus::Done : DocumentStatus::NotStarted));
        }
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_window = std::make_unique<MainWindow>(m_settings.get());
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void openingACorpusListsItsDocumentsAndProgress()
    {
        QAbstractItemModelTester tester(controller().model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(controller().dock()->isHidden());
        QCOMPARE(controller().openCorpus(m_corpusFolder), QString());
        QVERIFY(controller().dock()->isVisible());
        QCOMPARE(controller().model()->rowCount(), kDocuments);
        QCOMPARE(controller().model()->reviewers(), (QStringList{QStringLiteral("ann"), QStringLiteral("bob")}));
        QCOMPARE(controller().view()->reviewerFilter()->count(), 3);   // any, ann, bob
        QVERIFY(controller().view()->countLabel()->text().startsWith(QString::number(kDocuments)));
        const auto *annBar = controller().view()->progressArea()->findChild<QProgressBar *>(QStringLiteral("reviewerProgress-ann"));
        QVERIFY(annBar);
        QCOMPARE(annBar->value(), 1);
        QCOMPARE(annBar->maximum(), kDocuments / 2);
        QCOMPARE(m_settings->value(QStringLiteral("corpus/folder")).toString(), QDir(m_corpusFolder).absolutePath());
    }

    void filtersApplyAfterThePauseInTyping()
    {
        CorpusView &view = *controller().view();
        CorpusDocumentModel &model = *controller().model();
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        view.textFilter()->setText(QStringLiteral("budget item 3."));
        QCOMPARE(model.rowCount(), kDocuments);   // not on every key
        QVERIFY(resets.wait(5000));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.document(0)->title, QStringLiteral("Harbour report 3"));
        // Changes made within the pause are applied together, once.
        resets.clear();
        view.textFilter()->clear();
        view.statusFilter()->setCurrentIndex(view.statusFilter()->findData(QStringLiteral("done")));
        view.reviewerFilter()->setCurrentIndex(view.reviewerFilter()->findData(QStringLiteral("ann")));
        QVERIFY(resets.wait(5000));
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.document(0)->id, 2);
        view.statusFilter()->setCurrentIndex(0);
        view.reviewerFilter()->setCurrentIndex(0);
        view.labelFilter()->setCurrentIndex(view.labelFilter()->findData(QStringLiteral("LOC")));
        QVERIFY(resets.wait(5000));
        QCOMPARE(model.rowCount(), kDocuments / 2);
        view.labelFilter()->setCurrentIndex(0);
        QVERIFY(resets.wait(5000));
        QCOMPARE(model.rowCount(), kDocuments);
    }

    // The dock's other tabs are the corpus's agreement figures and its adjudication queue; a
    // conflict's document opens in the review window with the layer asked for.
    void agreementAndAdjudicationAreTabsOfTheDock()
    {
        QTabWidget *tabs = controller().view()->tabs();
        QCOMPARE(tabs->count(), 3);
        QCOMPARE(tabs->indexOf(controller().agreementView()), 1);
        QCOMPARE(tabs->indexOf(controller().adjudicationView()), 2);
        // The agreement tab's controls in one row made the dock two thirds of the window and left
        // the panel's Entities tab a sliver ("Enti").
        QVERIFY2(controller().dock()->width() <= m_window->width() * 2 / 5,
                 qPrintable(QStringLiteral("%1 of %2").arg(controller().dock()->width()).arg(m_window->width())));
        QVERIFY2(controller().dock()->minimumSizeHint().width() <= 520, qPrintable(QString::number(controller().dock()->minimumSizeHint().width())));
        QVERIFY2(m_window->annotationPanel()->width() >= m_window->width() / 4,
                 qPrintable(QStringLiteral("%1 of %2").arg(m_window->annotationPanel()->width()).arg(m_window->width())));
        QTRY_VERIFY_WITH_TIMEOUT(!controller().agreementView()->isComputing(), 30000);
        QVERIFY(!controller().agreementView()->summaryText().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!controller().adjudicationView()->isLoading(), 30000);
        QSignalSpy shown(m_window.get(), &MainWindow::documentShown);
        const QString hash = findDocument(*controller().corpus(), QStringLiteral("2"))->row.contentHash;
        emit controller().adjudicationView()->openDocumentRequested(2, hash, QStringLiteral("ann"));
        QVERIFY(shown.wait(30000));
        QCOMPARE(m_window->corpusLayer()->documentId, 2);
        QCOMPARE(m_window->corpusLayer()->reviewer, QStringLiteral("ann"));

        // With a document open the queue's keys still decide conflicts: X reached the review
        // window's shortcut and rejected the span selected in the open document instead.
        m_window->annotationPanel()->entityView()->setFocus();
        QTest::keyClick(m_window->annotationPanel()->entityView(), Qt::Key_N);
        const QString selected = m_window->selectedSpanId();
        QVERIFY(!selected.isEmpty());
        tabs->setCurrentWidget(controller().adjudicationView());
        controller().adjudicationView()->table()->setFocus();
        for (const Qt::Key key : {Qt::Key_X, Qt::Key_A, Qt::Key_1})
            QTest::keyClick(controller().adjudicationView()->table(), key);
        QCOMPARE(m_window->annotations()->span(selected)->status, ReviewStatus::Pending);
    }

    void enterOpensTheDocumentWithTheReviewersLayer()
    {
        CorpusView &view = *controller().view();
        view.setReviewingAs(QStringLiteral("bob"));
        QCOMPARE(m_settings->value(QStringLiteral("corpus/reviewer")).toString(), QStringLiteral("bob"));
        QSignalSpy shown(m_window.get(), &MainWindow::documentShown);
        view.table()->setFocus();
        view.table()->setCurrentIndex(controller().model()->index(3, 0));   // document 4
        QTest::keyClick(view.table(), Qt::Key_Return);
        QVERIFY(shown.wait(30000));
        QVERIFY(m_window->corpusLayer());
        QCOMPARE(m_window->corpusLayer()->documentId, 4);
        QCOMPARE(m_window->corpusLayer()->reviewer, QStringLiteral("bob"));
        // bob's layer: his ORG span, not the detectors' output.
        const AnnotationSet &set = m_window->annotations()->annotationSet();
        QCOMPARE(set.spans.size(), 1);
        QCOMPARE(set.spans.first().label, QStringLiteral("ORG"));
    }

    void editingMarksInProgressAndSavingRecordsTheLayer()
    {
        const QString layerPath = m_window->corpusLayer()->annotationPath;
        const QString text = m_window->annotations()->annotationSet().text;
        const int start = int(text.indexOf(QStringLiteral("Elena Varga")));
        QVERIFY(start > 0);
        QCOMPARE(m_window->editor()->addSpan(QStringLiteral("PER"), start, start + 11), QString());
        // In progress at once, in the layer and the database; the edit is journalled beside the layer.
        QCOMPARE(m_window->editor()->documentStatus(), DocumentStatus::InProgress);
        QCOMPARE(layerStatus(*controller().corpus(), 4, QStringLiteral("bob")), QStringLiteral("in-progress"));
        QCOMPARE(controller().model()->index(3, 3).data(CorpusDocumentModel::StatusRole).toString(),
                 QStringLiteral("in-progress"));
        QVERIFY(QFile::exists(layerPath + QStringLiteral(".journal")));
        // One undo step takes back both.
        m_window->editor()->undoStack()->undo();
        QCOMPARE(m_window->editor()->documentStatus(), DocumentStatus::NotStarted);
        QCOMPARE(layerStatus(*controller().corpus(), 4, QStringLiteral("bob")), QStringLiteral("not-started"));
        m_window->editor()->undoStack()->redo();

        QVERIFY(m_window->saveAnnotations());
        const AnnotationSet saved = readSet(layerPath);
        QCOMPARE(saved.spans.size(), 2);
        QCOMPARE(saved.document.status, DocumentStatus::InProgress);
        QVERIFY(!QFile::exists(QFileInfo(m_window->corpusLayer()->pagePath).absolutePath() + QStringLiteral("/")
                               + QFileInfo(m_window->corpusLayer()->pagePath).fileName() + QStringLiteral(".galley.json")));
        // The database has the new label: bob's PER filter finds document 4.
        QCOMPARE(findDocuments(*controller().corpus(), {{}, QStringLiteral("PER"), {}, QStringLiteral("bob"), -1})->size(), 1);
    }

    void markingDoneSavesAndCounts()
    {
        QCOMPARE(controller().markDocumentDone(), QString());
        QCOMPARE(readSet(m_window->corpusLayer()->annotationPath).document.status, DocumentStatus::Done);
        QCOMPARE(layerStatus(*controller().corpus(), 4, QStringLiteral("bob")), QStringLiteral("done"));
        QVERIFY(!m_window->editor()->hasUnsavedChanges());
        const auto *bobBar = controller().view()->progressArea()->findChild<QProgressBar *>(QStringLiteral("reviewerProgress-bob"));
        QVERIFY(bobBar);
        QCOMPARE(bobBar->value(), 1);
        QCOMPARE(bobBar->maximum(), kDocuments);
    }

    // Review ▸ Document Notes: the reviewer's notes go into the layer file and the corpus.
    void notesAreKeptPerReviewerInTheLayerAndTheCorpus()
    {
        const QString notes = QStringLiteral("Ask the desk about the second quote \U0001F4F0");
        QCOMPARE(m_window->editor()->setDocumentNotes(notes), QString());
        QVERIFY(m_window->saveAnnotations());
        QCOMPARE(readSet(m_window->corpusLayer()->annotationPath).document.notes, notes);
        QSqlQuery query(controller().corpus()->database());
        QVERIFY(query.exec(QStringLiteral("SELECT notes FROM layers WHERE document_id = 4 AND reviewer = 'bob'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), notes);
        QCOMPARE(m_window->editor()->setDocumentNotes(QString()), QString());
        QVERIFY(m_window->saveAnnotations());
    }

    void aNewReviewerStartsFromThePreAnnotationAndGetsAColumn()
    {
        QSignalSpy shown(m_window.get(), &MainWindow::documentShown);
        QCOMPARE(controller().openDocument(0, QStringLiteral("cat")), QString());
        QVERIFY(shown.wait(30000));
        QCOMPARE(m_window->annotations()->annotationSet().spans.size(), 0);   // imported without detectors
        const QString text = m_window->annotations()->annotationSet().text;
        const int start = int(text.indexOf(QStringLiteral("Monday")));
        QCOMPARE(m_window->editor()->addSpan(QStringLiteral("DATE"), start, start + 6), QString());
        QVERIFY(m_window->saveAnnotations());
        QVERIFY(controller().model()->reviewers().contains(QStringLiteral("cat")));
        QCOMPARE(layerStatus(*controller().corpus(), 1, QStringLiteral("cat")), QStringLiteral("in-progress"));
        QCOMPARE(readSet(controller().corpus()->absolutePath(Corpus::layerFile(m_window->corpusLayer()->contentHash,
                                                                                QStringLiteral("cat")))).reviewer,
                 QStringLiteral("cat"));
    }

    // Corpus documents never reached the open-documents list: going back to one meant finding
    // it in the corpus view again.
    void openDocumentsList_keepsEachCorpusLayerOpened_andReopensIt()
    {
        QSignalSpy opened(m_window.get(), &MainWindow::documentShown);
        for (const QString &reviewer : {QStringLiteral("ann"), QStringLiteral("cat")}) {
            QCOMPARE(controller().openDocument(0, reviewer), QString());
            QVERIFY(opened.wait(30000));
        }
        const QAbstractItemModel &list = *m_window->documentList()->model();
        const QString title = m_window->article().title;
        int annRow = -1;
        int catRow = -1;
        QStringList rows;
        for (int row = 0; row < list.rowCount(); ++row) {
            rows.append(list.index(row, 0).data().toString());
            if (rows.last() == title + QStringLiteral(" (ann's layer)"))
                annRow = row;
            if (rows.last() == title + QStringLiteral(" (cat's layer)"))
                catRow = row;
        }
        QVERIFY2(annRow >= 0 && catRow >= 0, qPrintable(title + u'|' + rows.join(u'|')));
        QVERIFY(list.index(catRow, 0).data(OpenDocumentsModel::IsCurrentRole).toBool());

        emit m_window->documentList()->activated(list.index(annRow, 0));
        QVERIFY(opened.wait(30000));
        QVERIFY(m_window->corpusLayer());
        QCOMPARE(m_window->corpusLayer()->reviewer, QStringLiteral("ann"));
        QCOMPARE(list.rowCount(), rows.size());
        QVERIFY(list.index(annRow, 0).data(OpenDocumentsModel::IsCurrentRole).toBool());
        emit m_window->documentList()->activated(list.index(catRow, 0));
        QVERIFY(opened.wait(30000));
        QCOMPARE(m_window->corpusLayer()->reviewer, QStringLiteral("cat"));
    }

    void importRunsInTheBackgroundIntoANewCorpus()
    {
        const QString folder = m_dir.filePath(QStringLiteral("second"));
        QCOMPARE(controller().createCorpus(folder), QString());
        // cat's layer of the first corpus is still open: saving it records it there, not here.
        const QString text = m_window->annotations()->annotationSet().text;
        const int start = int(text.indexOf(QStringLiteral("Varga")));
        QCOMPARE(m_window->editor()->addSpan(QStringLiteral("PER"), start, start + 5), QString());
        QVERIFY(m_window->saveAnnotations());
        {
            auto first = Corpus::open(m_corpusFolder);
            QCOMPARE(findDocuments(**first, {{}, QStringLiteral("PER"), {}, QStringLiteral("cat"), -1})->size(), 1);
        }
        QCOMPARE(controller().model()->reviewers(), QStringList());
        QCOMPARE(controller().model()->rowCount(), 0);
        writeSmallCorpusPages(m_dir.filePath(QStringLiteral("more")), 40);
        QSignalSpy finished(&controller(), &CorpusController::importFinished);
        QSignalSpy progressed(controller().importJob(), &CorpusImportJob::progressed);
        controller().importIntoCorpus({m_dir.filePath(QStringLiteral("more"))}, false);
        QVERIFY(controller().importJob()->isRunning());
        QThreadPool::globalInstance()->waitForDone();
        QVERIFY(controller().importJob()->isRunning());   // until its summary is handled
        QVERIFY(finished.wait(60000));
        QVERIFY(!controller().importJob()->isRunning());
        QVERIFY(progressed.size() >= 2);   // the start and at least one chunk
        QCOMPARE(controller().model()->rowCount(), 40);
        QVERIFY(controller().view()->importProgress()->isHidden());
        QCOMPARE(m_settings->value(QStringLiteral("corpus/folder")).toString(), QDir(folder).absolutePath());
    }

    void cancellingAnImportKeepsWholeDocumentsAndARerunContinues()
    {
        // 200 pages: the first 40 are the texts already imported (duplicates), 160 are new.
        const QString input = m_dir.filePath(QStringLiteral("many"));
        writeSmallCorpusPages(input, 200);
        CorpusImportJob &job = *controller().importJob();
        QSignalSpy finished(&controller(), &CorpusController::importFinished);
        // Cancelled as soon as a new document is in: the job stops after that chunk.
        auto cancelOnce = connect(&job, &CorpusImportJob::progressed, &job, [&job](const ImportProgress &progress) {
            if (progress.imported > 0)
                job.cancel();
        });
        controller().importIntoCorpus({input}, false);
        QVERIFY(finished.wait(60000));
        disconnect(cancelOnce);
        QVERIFY(job.wasCancelled());
        const int imported = job.summary().counts.imported;
        QVERIFY(imported > 0);
        QVERIFY(imported < 160);
        controller().model()->fetchAll();
        QCOMPARE(controller().model()->rowCount(), 40 + imported);
        for (int row = 0; row < controller().model()->rowCount(); ++row) {
            const QString hash = controller().model()->document(row)->contentHash;
            QVERIFY(QFile::exists(controller().corpus()->absolutePath(Corpus::layerFile(hash, Corpus::detectorLayer()))));
        }
        controller().importIntoCorpus({input}, false);
        QVERIFY(finished.wait(60000));
        QVERIFY(!job.wasCancelled());
        QCOMPARE(job.summary().counts.imported, 160 - imported);
        QCOMPARE(job.summary().counts.duplicates, 40 + imported);
        QTRY_COMPARE(controller().model()->totalCount(), 200);
    }

    void theCorpusIsReopenedAtStart()
    {
        MainWindow again(m_settings.get());
        QVERIFY(again.corpusController()->corpus());
        QCOMPARE(again.corpusController()->corpus()->folder(), QDir(m_dir.filePath(QStringLiteral("second"))).absolutePath());
        QCOMPARE(again.corpusController()->view()->reviewingAs(), QStringLiteral("bob"));
    }

    void cleanupTestCase()
    {
        m_window.reset();
    }
};

GALLEY_WEB_TEST_MAIN(CorpusViewTest)
#include "corpus_view_test.moc"
