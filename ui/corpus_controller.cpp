#include "corpus_controller.h"

#include "adjudication_queue_view.h"
#include "corpus_agreement_view.h"
#include "corpus_import_job.h"
#include "corpus_view.h"
#include "main_window.h"
#include "review_editor.h"

#include "corpus/corpus_document_model.h"
#include "corpus/corpus_documents.h"
#include "corpus/corpus_layers.h"
#include "corpus/reviewer_progress.h"
#include "util/login_name.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QSplitter>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace galley {

namespace {
const QString corpusFolderKey = QStringLiteral("corpus/folder");
const QString reviewerKey = QStringLiteral("corpus/reviewer");
constexpr int messageTimeout = 6000;

} // namespace

CorpusController::CorpusController(MainWindow *window, QSettings *settings)
    : QObject(window)
    , m_window(window)
    , m_settings(settings)
    , m_model(new CorpusDocumentModel(this))
    , m_import(new CorpusImportJob(this))
{
    QStringList labels;
    for (const LabelDefinition &label : window->editor()->schema().labels)
        labels.append(label.name);
    m_view = new CorpusView(m_model, labels);
    m_view->setReviewingAs(m_settings->value(reviewerKey, loginName()).toString());
    m_dock = new QDockWidget(tr("Corpus"), window);
    m_dock->setObjectName(QStringLiteral("corpusDock"));
    m_dock->setWidget(m_view);
    m_dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                        | QDockWidget::DockWidgetClosable);
    window->addDockWidget(Qt::LeftDockWidgetArea, m_dock);
    m_dock->hide();

    connect(m_view, &CorpusView::documentActivated, this, [this](int row) { openDocument(row, m_view->reviewingAs()); });
    connect(m_view, &CorpusView::reviewingAsChanged, this, [this](const QString &reviewer) {
        if (!reviewer.isEmpty())
            m_settings->setValue(reviewerKey, reviewer);
        if (m_corpus) {   // the curator of the adjudication queue is whoever reviews
            removeCorpusTabs();
            addCorpusTabs();
        }
    });
    connect(m_view, &CorpusView::filterFailed, this, &CorpusController::report);
    connect(m_view, &CorpusView::importCancelRequested, m_import, &CorpusImportJob::cancel);
    connect(m_import, &CorpusImportJob::progressed, this, [this](const ImportProgress &progress) {
        m_view->showImportProgress(progress.filesDone, progress.filesTotal,
                                   tr("Importing: %1 / %2 files, %3 new").arg(progress.filesDone)
                                       .arg(progress.filesTotal).arg(progress.imported));
    });
    connect(m_import, &CorpusImportJob::finished, this, &CorpusController::onImportFinished);
    connect(window->editor(), &ReviewEditor::edited, this, &CorpusController::onEdited);
    connect(window, &MainWindow::annotationsSaved, this, &CorpusController::onSaved);

    const QString folder = m_settings->value(corpusFolderKey).toString();
    if (!folder.isEmpty() && QFileInfo::exists(QDir(folder).filePath(Corpus::databaseFileName())))
        useCorpus(Corpus::open(folder));
}

CorpusController::~CorpusController()
{
    m_import->cancel();
    removeCorpusTabs();
}

void CorpusController::addFileActions(QMenu *file)
{
    file->addSeparator();
    file->addAction(tr("&New Corpus\u2026"), this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(m_window, tr("New Corpus: Choose an Empty Folder"));
        if (!folder.isEmpty())
            createCorpus(folder);
    });
    file->addAction(tr("Open &Corpus\u2026"), this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(m_window, tr("Open Corpus"));
        if (!folder.isEmpty())
            openCorpus(folder);
    });
    QAction *importFiles = file->addAction(tr("&Import into Corpus\u2026"), this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(
            m_window, tr("Import into Corpus"), QString(),
            tr("Saved pages (*.html *.htm *.xhtml *.mhtml *.mht *.warc *.warc.gz *.txt);;All files (*)"));
        if (!files.isEmpty())
            importIntoCorpus(files);
    });
    QAction *importFolder = file->addAction(tr("Import &Folder into Corpus\u2026"), this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(m_window, tr("Import Folder into Corpus"));
        if (!folder.isEmpty())
            importIntoCorpus({folder});
    });
    m_needCorpus = {importFiles, importFolder};
    for (QAction *action : std::as_const(m_needCorpus))
        action->setEnabled(m_corpus != nullptr);
    file->addAction(m_dock->toggleViewAction());
    file->addSeparator();
}

void CorpusController::addReviewActions(QMenu *review)
{
    review->addSeparator();
    m_markDone = review->addAction(tr("Mark Document &Done"), this, &CorpusController::markDocumentDone);
    m_markDone->setObjectName(QStringLiteral("review/markDocumentDone"));   // its id among the rebindable keys
    m_markDone->setShortcut(QKeySequence(tr("Ctrl+D")));
    m_markDone->setStatusTip(tr("Mark this document done in your corpus layer and save it"));
    m_needCorpus.append(m_markDone);
    m_markDone->setEnabled(m_corpus != nullptr);
}

QString CorpusController::report(const QString &problem)
{
    if (problem.isEmpty())
        return problem;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Corpus"), problem, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("corpusProblemDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return problem;
}

QString CorpusController::useCorpus(Expected<std::unique_ptr<Corpus>, QString> corpus)
{
    if (!corpus)
        return report(corpus.error());
    if (m_import->isRunning())
        return report(tr("An import is still running."));
    m_model->setCorpus(nullptr);
    removeCorpusTabs();   // they hold the corpus being replaced
    m_corpus = std::move(*corpus);
    addCorpusTabs();
    m_settings->setValue(corpusFolderKey, m_corpus->folder());
    m_model->setCorpus(m_corpus.get());
    m_dock->setWindowTitle(tr("Corpus: %1").arg(QDir(m_corpus->folder()).dirName()));
    if (m_dock->isHidden()) {
        m_dock->show();
        if (m_window->isVisible())   // else the window fits it when first shown
            fitDock();
    }
    for (QAction *action : std::as_const(m_needCorpus))
        action->setEnabled(true);
    refreshProgress();
    emit corpusOpened();
    return {};
}

void CorpusController::fitDock()
{
    // A third of the window: the page and the annotation panel keep room enough to review, the
    // panel two fifths of what is left (its Entities tab had shrunk to "Enti").
    const int dockWidth = std::max(m_dock->minimumSizeHint().width(), m_window->width() / 3);
    m_window->resizeDocks({m_dock}, {dockWidth}, Qt::Horizontal);
    const int centre = std::max(0, m_window->width() - dockWidth);
    const int list = centre / 8;
    const int panel = centre * 2 / 5;
    m_window->splitter()->setSizes({list, centre - list - panel, panel});
}

QString CorpusController::createCorpus(const QString &folder)
{
    return useCorpus(Corpus::create(folder));
}

QString CorpusController::openCorpus(const QString &folder)
{
    return useCorpus(Corpus::open(folder));
}

void CorpusController::importIntoCorpus(const QStringList &inputs, bool preAnnotate)
{
    if (!m_corpus || m_import->isRunning())
        return;
    m_view->showImportProgress(0, 0, tr("Collecting files\u2026"));
    m_import->start(m_corpus->folder(), inputs, preAnnotate);
}

void CorpusController::onImportFinished()
{
    m_view->hideImportProgress();
    const ImportSummary summary = m_import->summary();
    m_model->refresh();
    refreshProgress();
    QString message = tr("Imported %n new document(s)", nullptr, summary.counts.imported);
    if (summary.counts.duplicates > 0)
        message += tr(", %n already in the corpus", nullptr, summary.counts.duplicates);
    if (summary.counts.failed > 0)
        message += tr(", %n file(s) could not be read", nullptr, summary.counts.failed);
    if (m_import->wasCancelled())
        message += tr(" (cancelled)");
    m_window->statusBar()->showMessage(message, messageTimeout);
    if (!summary.problems.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Information, tr("Import into Corpus"), message, QMessageBox::Ok,
                                    m_window);
        box->setDetailedText(summary.problems.join(u'\n'));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    emit importFinished();
}

QString CorpusController::openDocument(int row, const QString &reviewer)
{
    if (!m_corpus)
        return report(tr("No corpus is open."));
    const auto row_ = m_model->document(row);
    if (!row_)
        return report(tr("That document is no longer in the corpus."));
    return openDocumentById(row_->id, reviewer);
}

QString CorpusController::openDocumentById(qint64 documentId, const QString &reviewer)
{
    if (!m_corpus)
        return report(tr("No corpus is open."));
    if (reviewer.isEmpty() || reviewer == Corpus::detectorLayer() || reviewer.contains(u'/'))
        return report(tr("Choose who is reviewing (\u201cReviewing as\u201d) before opening a document."));
    const auto stored = findDocument(*m_corpus, QString::number(documentId));
    if (!stored)
        return report(stored.error());
    CorpusLayerTarget target;
    target.corpusFolder = m_corpus->folder();
    target.pagePath = m_corpus->absolutePath(stored->storedPage);
    target.record = stored->row.record;
    target.annotationPath = m_corpus->absolutePath(Corpus::layerFile(stored->row.contentHash, reviewer));
    target.reviewer = reviewer;
    target.documentId = stored->row.id;
    target.contentHash = stored->row.contentHash;
    if (!QFileInfo::exists(target.annotationPath)) {
        // A reviewer's layer starts as the detectors' pre-annotation, as `corpus assign` makes it.
        const LayerRow detectors{stored->row.id, stored->row.contentHash, Corpus::detectorLayer(), {},
                                 Corpus::layerFile(stored->row.contentHash, Corpus::detectorLayer())};
        if (auto start = readLayer(*m_corpus, detectors)) {
            start->reviewer = reviewer;
            start->document.status = DocumentStatus::NotStarted;
            target.start = std::move(*start);
        }
    }
    m_window->openCorpusDocument(target);
    return {};
}

void CorpusController::removeCorpusTabs()
{
    for (QWidget *tab : std::initializer_list<QWidget *>{m_agreement, m_adjudication}) {
        if (!tab)
            continue;
        m_view->tabs()->removeTab(m_view->tabs()->indexOf(tab));
        delete tab;   // now: it must not outlive the corpus it reads
    }
    m_agreement = nullptr;
    m_adjudication = nullptr;
}

void CorpusController::addCorpusTabs()
{
    m_agreement = new CorpusAgreementView(*m_corpus);
    m_view->tabs()->addTab(m_agreement, tr("&Agreement"));
    m_adjudication = new AdjudicationQueueView(*m_corpus, m_view->reviewingAs());
    m_view->tabs()->addTab(m_adjudication, tr("A&djudication"));
    connect(m_adjudication, &AdjudicationQueueView::openDocumentRequested, this,
            [this](qint64 documentId, const QString &, const QString &layer) { openDocumentById(documentId, layer); });
}

bool CorpusController::isOpenLayerOfThisCorpus() const
{
    const auto &layer = m_window->corpusLayer();
    return layer && m_corpus && layer->corpusFolder == m_corpus->folder();
}

void CorpusController::onEdited()
{
    if (!isOpenLayerOfThisCorpus())
        return;
    const auto &layer = m_window->corpusLayer();
    // The database follows the status at once (the file when the reviewer saves), so the table
    // and `corpus status` show the document in progress from the first edit.
    const QString status = documentStatusName(m_window->editor()->documentStatus());
    const int row = m_model->rowOfDocument(layer->documentId);
    if (row >= 0 && m_model->document(row)->statusByLayer.value(layer->reviewer) == status)
        return;
    if (setLayerStatus(*m_corpus, layer->documentId, layer->reviewer, status))
        return;
    m_model->refreshDocument(layer->documentId);
    refreshProgress();
}

void CorpusController::onSaved()
{
    // A layer of a corpus closed since: its own folder's database records it.
    if (m_window->corpusLayer() && !isOpenLayerOfThisCorpus()) {
        const auto &other = *m_window->corpusLayer();
        if (auto corpus = Corpus::open(other.corpusFolder))
            recordLayerFile(**corpus, other.documentId, other.contentHash, other.reviewer);
        return;
    }
    if (!isOpenLayerOfThisCorpus())
        return;
    const auto &layer = m_window->corpusLayer();
    if (const auto problem = recordLayerFile(*m_corpus, layer->documentId, layer->contentHash, layer->reviewer)) {
        report(tr("The layer was saved, but the corpus could not record it: %1").arg(*problem));
        return;
    }
    if (!m_model->reviewers().contains(layer->reviewer))
        m_model->refresh();   // a new reviewer: a new column
    else
        m_model->refreshDocument(layer->documentId);
    refreshProgress();
}

QString CorpusController::markDocumentDone()
{
    if (!m_window->corpusLayer())
        return report(tr("Open a corpus document first (double-click it in the corpus list)."));
    const QString problem = m_window->editor()->setDocumentStatus(DocumentStatus::Done);
    if (!problem.isEmpty())
        return report(problem);
    m_window->saveAnnotations();
    return {};
}

void CorpusController::refreshProgress()
{
    if (!m_corpus)
        return;
    if (const auto progress = reviewerProgress(*m_corpus))
        m_view->showProgress(*progress);
}

} // namespace galley
