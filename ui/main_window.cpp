#include "main_window.h"

#include "annotation_export.h"

#include "review_annotations.h"
#include "annotation_panel.h"
#include "accessible_names.h"
#include "article_block_model.h"
#include "article_dom_range.h"
#include "article_panel.h"
#include "article_text_view.h"
#include "block_dom_range.h"
#include "corpus_controller.h"
#include "find_bar.h"
#include "focus_regions.h"
#include "highlight_request.h"
#include "open_documents_model.h"
#include "page_request_interceptor.h"
#include "page_view.h"
#include "recent_files.h"
#include "review_editor.h"
#include "served_page.h"
#include "span_filter_bar.h"
#include "shortcut_registry.h"
#include "span_description.h"
#include "text_page_layout.h"
#include "warc_record_dialog.h"
#include "widget_keys.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QCursor>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QLayout>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QScreen>
#include <QDockWidget>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace galley {

namespace {
const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
const QString splitterKey = QStringLiteral("mainWindow/reviewSplitter");
const QString lastFolderKey = QStringLiteral("mainWindow/lastFolder");
const QString lastDocumentKey = QStringLiteral("mainWindow/lastDocument");
const QString lastRecordKey = QStringLiteral("mainWindow/lastRecord");
const QString articleTextKey = QStringLiteral("mainWindow/showArticleText");
} // namespace

MainWindow::MainWindow(QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_shortcuts(new ShortcutRegistry(this))
{
    setWindowTitle(tr("No page open") + QStringLiteral("[*]"));
    setAcceptDrops(true);

    m_model = new ArticleBlockModel(this);
    m_annotations = new ReviewAnnotations(this);
    m_documents = new OpenDocumentsModel(this);
    m_documentList = new QListView(this);
    m_documentList->setModel(m_documents);
    m_documentList->setAccessibleName(tr("Open documents"));
    m_documentList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_documentList->setTextElideMode(Qt::ElideRight);
    m_documentList->setFrameShape(QFrame::NoFrame);
    m_documentList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    keepKeysFromShortcuts(m_documentList, {Qt::Key_Return, Qt::Key_Enter});
    m_pageView = new PageView(this);
    m_pageView->setAccessibleName(tr("Saved page"));
    m_textView = new ArticleTextView(m_annotations, this);
    m_centre = new QStackedWidget(this);
    m_centre->addWidget(m_pageView);
    m_centre->addWidget(m_textView);
    m_findBar = new FindBar(m_pageView, m_textView, this);
    auto *centreBox = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centreBox);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(m_centre, 1);
    centreLayout->addWidget(m_findBar);
    m_panel = new ArticlePanel(m_model, this);
    m_annotationPanel = new AnnotationPanel(m_annotations, m_panel, this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_documentList);
    m_splitter->addWidget(centreBox);
    m_splitter->addWidget(m_annotationPanel);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
    nameSplitterHandles(m_splitter, {tr("Resize the document list and the page"),
                                     tr("Resize the page and the annotation panel")});

    m_statusLabel = new QLabel(this);
    m_statusLabel->setAccessibleName(tr("Status"));
    m_busyIndicator = new QProgressBar(this);
    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setAccessibleName(tr("Loading"));
    m_busyIndicator->setMaximumWidth(160);
    m_busyIndicator->setMaximumHeight(14);
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->hide();
    m_diagnosticsButton = new QToolButton(this);
    m_diagnosticsButton->setObjectName(QStringLiteral("diagnosticsButton"));
    m_diagnosticsButton->setAutoRaise(true);
    m_diagnosticsButton->setAccessibleName(tr("Reading notes"));
    m_diagnosticsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_diagnosticsButton->hide();
    connect(m_diagnosticsButton, &QToolButton::clicked, this, &MainWindow::showDiagnosticsDetails);
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_diagnosticsButton);
    statusBar()->addPermanentWidget(m_busyIndicator);

    m_reviewProgress = new QProgressBar(this);
    m_reviewProgress->setObjectName(QStringLiteral("reviewProgress"));
    m_reviewProgress->setAccessibleName(tr("Review progress"));
    m_reviewProgress->setMinimumWidth(170);
    m_reviewProgress->setMaximumWidth(220);
    m_reviewProgress->hide();
    statusBar()->addPermanentWidget(m_reviewProgress);
    auto schema = loadLabelSchema(defaultLabelSchemaPath());
    m_editor = new ReviewEditor(m_annotations, schema ? *schema : LabelSchema{}, this);
    m_annotationPanel->filterBar()->setLabels(m_editor->schema().labels);

    m_corpusController = new CorpusController(this, m_settings);
    createMenus();
    connectInPlaceEditing();

    connect(m_panel, &ArticlePanel::blockActivated, this, &MainWindow::flashBlock);
    connect(m_annotationPanel, &AnnotationPanel::spanActivated, this, [this](const QString &id) {
        m_selectedSpan = id;
        m_textView->showSpan(id);
        m_pageView->revealSpan(id);
    });
    connect(m_pageView, &PageView::spanClicked, this, [this](const QString &id) {
        m_selectedSpan = id;
        m_annotationPanel->showSpan(id);
        m_textView->showSpan(id);
    });
    connect(m_textView, &ArticleTextView::spanClicked, this, &MainWindow::showSpanEverywhere);
    connect(m_pageView, &PageView::spanHovered, this, &MainWindow::showSpanToolTip);
    connect(m_pageView, &PageView::highlighted, this, &MainWindow::onHighlighted);
    // Enter activates; a click too, unless the style already activates on a single click.
    connect(m_documentList, &QListView::activated, this, &MainWindow::openListedDocument);
    connect(m_documentList, &QListView::clicked, this, [this](const QModelIndex &index) {
        if (!m_documentList->style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr, m_documentList))
            openListedDocument(index);
    });
    // Passing messages: the status line keeps describing the document.
    connect(m_pageView, &PageView::rangeFlashed, this, [this](const QString &text) {
        if (text.isEmpty())
            statusBar()->showMessage(tr("This block could not be found in the rendered page."), 6000);
    });
    connect(m_pageView, &PageView::spanRevealed, this, [this](const QString &spanId, const QString &text) {
        if (const Span *span = m_annotations->span(spanId); span && text.isEmpty())
            statusBar()->showMessage(tr("%1 is not shown: it could not be found in the page.").arg(quotedSpanText(span->text)), 6000);
    });
    connect(m_pageView, &PageView::pageLoaded, this, [this](bool ok) {
        if (!m_page || isLoading())
            return;
        const int blocked = m_pageView->requestInterceptor()->blockedCount();
        QString message = m_statusLabel->text().section(QStringLiteral(" \u2014 "), 0, 0);
        if (!ok)
            message += QStringLiteral(" \u2014 ") + tr("the page did not finish loading");
        else if (blocked > 0)
            message += QStringLiteral(" \u2014 ") + tr("%n outside request(s) blocked", nullptr, blocked);
        m_statusLabel->setText(message);
    });
    connect(&m_recordsWatcher, &QFutureWatcher<WarcListResult>::finished, this, &MainWindow::onRecordsListed);
    connect(&m_documentWatcher, &QFutureWatcher<DocumentResult>::finished, this, &MainWindow::onDocumentLoaded);

    if (!restoreGeometry(m_settings->value(geometryKey).toByteArray())) {
        // First start: most of the screen, centred; a news page wants the width.
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1400, 900);
        const QSize size(available.width() * 9 / 10, available.height() * 9 / 10);
        setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size, available));
    }
    restoreState(m_settings->value(stateKey).toByteArray());
    m_defaultSplit = !m_splitter->restoreState(m_settings->value(splitterKey).toByteArray());
    m_articleTextAction->setChecked(m_settings->value(articleTextKey, false).toBool());
    m_annotationPanel->restoreSortOrders(*m_settings);
    restorePreferences();
    setIdle(tr("Ready"));
}

MainWindow::~MainWindow()
{
    // Children outlive this body: an in-place editor closing with them must not reach the editor.
    disconnectEditing();
    m_recordsWatcher.waitForFinished();
    m_documentWatcher.waitForFinished();
}

void MainWindow::createMenus()
{
    menuBar()->setAccessibleName(tr("Menu bar"));
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open\u2026"), this, &MainWindow::showOpenDialog);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
    m_corpusController->addFileActions(file);
    QAction *save = file->addAction(tr("&Save Annotations"), this, &MainWindow::saveAnnotations);
    save->setShortcut(QKeySequence::Save);
    QAction *exportAction = file->addAction(tr("&Export Annotations\u2026"), this, [this] {
        if (!m_editor->isOpen()) {
            statusBar()->showMessage(tr("Open a page to export its annotations."), 6000);
            return;
        }
        const AnnotationSet &set = m_annotations->annotationSet();
        exportAnnotationsInteractively(this, set, QFileInfo(set.sourcePath).absolutePath());
    });
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    createEditMenus();

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_articleTextAction = view->addAction(tr("Article &Text"));
    m_articleTextAction->setCheckable(true);
    m_articleTextAction->setShortcut(QKeySequence(tr("Ctrl+T")));
    m_articleTextAction->setStatusTip(tr("Show the article as plain text instead of the saved page"));
    connect(m_articleTextAction, &QAction::toggled, this, &MainWindow::setArticleTextShown);
    view->addSeparator();
    m_focusRegions = new FocusRegions(
        this,
        {{m_documentList, [this] { return static_cast<QWidget *>(m_documentList); }},
         {m_centre, [this] { return m_centre->currentWidget(); }},
         {m_annotationPanel, [this] { return focusTargetIn(m_annotationPanel->tabs()->currentWidget()); }},
         {m_findBar, [this] { return static_cast<QWidget *>(m_findBar->field()); }}},
        m_annotationPanel->tabs());
    view->addActions(m_focusRegions->menuActions());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Galley"), this, [this] {
        QMessageBox::about(this, tr("About Galley"),
                           tr("<h3>Galley %1</h3><p>Opens saved news pages and finds the article in "
                              "them.</p>").arg(QStringLiteral(GALLEY_VERSION)));
    });
}

void MainWindow::showOpenDialog()
{
    const QStringList filters = {
        tr("Saved pages (*.html *.htm *.xhtml *.mhtml *.mht *.warc *.warc.gz *.txt)"),
        tr("Web pages (*.html *.htm *.xhtml)"),
        tr("Web archives (*.mhtml *.mht)"),
        tr("WARC files (*.warc *.warc.gz)"),
        tr("Text copies (*.txt)"),
        tr("All files (*)"),
    };
    const QString folder = m_settings->value(lastFolderKey, QDir::homePath()).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Saved Page"), folder,
                                                      filters.join(QStringLiteral(";;")));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    RecentFiles recent(*m_settings);
    const QStringList files = recent.files();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        const QString label = QStringLiteral("&%1  %2").arg(i == 9 ? 0 : i + 1).arg(QFileInfo(path).fileName());
        QAction *action = m_recentMenu->addAction(label, this, [this, path] { openFile(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent pages"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear Menu"), this, [this] {
        RecentFiles(*m_settings).clear();
        rebuildRecentMenu();
    });
}

bool MainWindow::isLoading() const
{
    return m_awaitingLoad;
}

void MainWindow::openFile(const QString &path)
{
    if (isLoading()) {
        m_statusLabel->setText(tr("Still loading; try again in a moment."));
        return;
    }
    if (!confirmUnsavedChanges())
        return;
    m_pendingPath = QFileInfo(path).absoluteFilePath();
    m_pendingRecordCount = 0;
    m_pendingCorpusLayer.reset();
    m_settings->setValue(lastFolderKey, QFileInfo(m_pendingPath).absolutePath());
    if (isWarcFile(m_pendingPath)) {
        setBusy(tr("Reading the records of %1\u2026").arg(QFileInfo(m_pendingPath).fileName()));
        m_awaitingLoad = true;
        m_recordsWatcher.setFuture(QtConcurrent::run(&listDocumentRecords, m_pendingPath));
        return;
    }
    loadRecord(m_pendingPath, -1);
}

void MainWindow::openListedDocument(const QModelIndex &index)
{
    if (index.data(OpenDocumentsModel::IsCurrentRole).toBool() || isLoading() || !confirmUnsavedChanges())
        return;
    if (const CorpusLayerTarget *layer = m_documents->corpusLayerAt(index.row())) {
        loadCorpusLayer(*layer);
        return;
    }
    m_pendingPath = index.data(OpenDocumentsModel::PathRole).toString();
    loadRecord(m_pendingPath, index.data(OpenDocumentsModel::RecordRole).toInt());
}

void MainWindow::openCorpusDocument(const CorpusLayerTarget &target)
{
    if (isLoading()) {
        m_statusLabel->setText(tr("Still loading; try again in a moment."));
        return;
    }
    if (!confirmUnsavedChanges())
        return;
    loadCorpusLayer(target);
}

void MainWindow::loadCorpusLayer(const CorpusLayerTarget &target)
{
    m_pendingPath = target.pagePath;
    m_pendingRecordCount = 0;
    m_pendingCorpusLayer = target;
    loadRecord(target.pagePath, target.record);
}

void MainWindow::onRecordsListed()
{
    m_awaitingLoad = false;
    const WarcListResult records = m_recordsWatcher.result();
    if (!records) {
        showError(records.error());
        return;
    }
    if (records->isEmpty()) {
        showError(LoadError{m_pendingPath, QStringLiteral("no-html"),
                            tr("The archive holds no HTML page."), -1, {}});
        return;
    }
    m_pendingRecordCount = int(records->size());
    if (records->size() == 1) {
        loadRecord(m_pendingPath, records->first().index);
        return;
    }
    setIdle(tr("Choose a page from the archive"));
    WarcRecordDialog dialog(m_pendingPath, *records, this);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedRecord() < 0) {
        setIdle(tr("Ready"));
        return;
    }
    loadRecord(m_pendingPath, dialog.selectedRecord());
}

void MainWindow::loadRecord(const QString &path, int warcRecord)
{
    setBusy(tr("Opening %1\u2026").arg(QFileInfo(path).fileName()));
    m_awaitingLoad = true;
    m_documentWatcher.setFuture(QtConcurrent::run(&loadDocument, path, warcRecord));
}

void MainWindow::onDocumentLoaded()
{
    m_awaitingLoad = false;
    DocumentResult result = m_documentWatcher.result();
    if (!result) {
        m_pendingCorpusLayer.reset();
        showError(result.error());
        return;
    }
    showDocument(std::move(result).value());
}

void MainWindow::showDocument(LoadedDocument document)
{
    m_article = std::move(document.article);
    m_corpusLayer = std::exchange(m_pendingCorpusLayer, std::nullopt);
    auto page = std::make_shared<const Page>(std::move(document.page));
    m_page = page;
    const QString fileName = QFileInfo(page->sourcePath).fileName();
    m_textLayout.reset();
    QString generatedHtml;
    if (page->format == PageFormat::Text) {
        m_textLayout = std::make_unique<TextPageLayout>(page->content,
                                                        m_article.title.isEmpty() ? fileName : m_article.title);
        generatedHtml = m_textLayout->html();
    }
    m_pageView->showPage(makeServedPage(page, generatedHtml));
    m_model->setArticle(m_article);
    m_panel->showMetadata(m_article);
    m_selectedSpan.clear();
    openAnnotations(document.annotations);
    QList<DomRange> boilerplate;
    for (const Block &block : std::as_const(m_article.blocks)) {
        // The title and byline lines are the article's own, shown in the Article tab: not dimmed.
        if (!block.isBoilerplate() || block.boilerplateReason == QLatin1String("title")
            || block.boilerplateReason == QLatin1String("metadata"))
            continue;
        if (const auto range = blockDomRange(block, m_article.nodePaths, *page, m_textLayout.get()))
            boilerplate.append(*range);
    }
    const SpanDomLocator locate = [this](const Span &span) {
        return articleDomRange(m_article, *m_page, m_textLayout.get(), span.start, span.end);
    };
    m_boilerplate = boilerplate;
    m_pageView->setHighlights(highlightRequest(m_annotations->annotationSet(), boilerplate, locate));
    m_documents->open(page->sourcePath, page->record, m_article.title, m_corpusLayer);
    // A corpus page reopened as a plain page would be annotated beside the corpus's copy.
    if (!m_corpusLayer) {
        m_settings->setValue(lastDocumentKey, page->sourcePath);
        m_settings->setValue(lastRecordKey, page->record);
    }
    setWindowTitle((m_article.title.isEmpty() ? fileName : m_article.title) + QStringLiteral("[*]"));
    setWindowFilePath(page->sourcePath);
    if (!m_corpusLayer && !page->sourcePath.isEmpty() && QFileInfo(page->sourcePath).isFile())
        RecentFiles(*m_settings).add(page->sourcePath);
    QString message = tr("%1 \u00b7 %2 \u00b7 %3").arg(fileName, pageFormatName(page->format).toUpper(), page->charset);
    if (page->record >= 0)
        message += QStringLiteral(" \u00b7 ")
                   + WarcRecordDialog::recordNumberText(page->record,
                                                        page->sourcePath == m_pendingPath ? m_pendingRecordCount : 0);
    if (m_corpusLayer)
        message += QStringLiteral(" \u00b7 ") + tr("%1's corpus layer").arg(m_corpusLayer->reviewer);
    if (!m_recoveryMessage.isEmpty())
        message += QStringLiteral(" \u2014 ") + m_recoveryMessage;
    setIdle(message);
    showDiagnosticsIndicator(m_article.diagnostics);
    emit documentShown();
}

void MainWindow::flashBlock(int row)
{
    const Block *block = m_model->block(row);
    if (!block || !m_page)
        return;
    const auto range = blockDomRange(*block, m_article.nodePaths, *m_page, m_textLayout.get());
    if (!range) {
        statusBar()->showMessage(tr("This block has no known position in the page."), 6000);
        return;
    }
    m_pageView->flash(*range);
}

void MainWindow::showSpanEverywhere(const QString &spanId)
{
    m_selectedSpan = spanId;
    m_annotationPanel->showSpan(spanId);
    m_textView->showSpan(spanId);
    m_pageView->revealSpan(spanId);
}

void MainWindow::onHighlighted(const HighlightOutcome &outcome)
{
    m_annotations->setUnplacedSpans(outcome.unplaced);
    QString message = m_statusLabel->text().section(QStringLiteral(" \u2014 "), 0, 0);
    message += QStringLiteral(" \u2014 ") + tr("%n span(s) highlighted", nullptr, outcome.placed);
    if (!outcome.unplaced.isEmpty())
        message += QStringLiteral(", ") + tr("%n not found in the page", nullptr, int(outcome.unplaced.size()));
    if (!m_recoveryMessage.isEmpty())
        message += QStringLiteral(" \u2014 ") + m_recoveryMessage;
    m_statusLabel->setText(message);
    emit highlightsShown();
}

void MainWindow::showSpanToolTip(const QString &spanId)
{
    const Span *span = m_annotations->span(spanId);
    if (!span) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(), spanToolTip(*m_annotations, *span), m_pageView);
}

void MainWindow::setArticleTextShown(bool shown)
{
    m_centre->setCurrentWidget(shown ? static_cast<QWidget *>(m_textView) : m_pageView);
    m_settings->setValue(articleTextKey, shown);
}

bool MainWindow::reopenLastDocument()
{
    const QString path = m_settings->value(lastDocumentKey).toString();
    if (path.isEmpty() || !QFileInfo(path).isFile() || isLoading())
        return false;
    m_pendingPath = path;
    m_pendingRecordCount = 0;
    loadRecord(path, m_settings->value(lastRecordKey, -1).toInt());
    return true;
}

void MainWindow::setBusy(const QString &message)
{
    m_statusLabel->setText(message);
    if (m_busy)
        return;
    m_busy = true;
    m_busyIndicator->show();
    QApplication::setOverrideCursor(Qt::BusyCursor);
}

void MainWindow::setIdle(const QString &message)
{
    m_statusLabel->setText(message);
    if (m_busy) {
        m_busy = false;
        m_busyIndicator->hide();
        QApplication::restoreOverrideCursor();
    }
}

void MainWindow::showError(const LoadError &error)
{
    setIdle(tr("Could not open %1").arg(QFileInfo(error.file).fileName()));
    // The file is named once, in the first line; the details follow without repeating it.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Could Not Open Page"),
                                tr("Galley could not open %1.").arg(QFileInfo(error.file).fileName()),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("loadErrorDialog"));
    LoadError withoutFile = error;
    withoutFile.file.clear();
    QString details = withoutFile.toString();
    if (details.startsWith(QStringLiteral(": ")))
        details.remove(0, 2);
    box->setInformativeText(details);
    box->setToolTip(QDir::toNativeSeparators(error.file));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    emit loadFailed(error.toString());
}

QString MainWindow::statusText() const
{
    return m_statusLabel->text();
}

void MainWindow::showDiagnosticsIndicator(const Diagnostics &diagnostics)
{
    if (diagnostics.isEmpty()) {
        m_diagnosticsButton->hide();
        m_diagnosticsButton->setToolTip(QString());
        return;
    }
    int warnings = 0;
    QStringList lines;
    for (const Diagnostic &diagnostic : diagnostics) {
        warnings += diagnostic.severity == Diagnostic::Severity::Info ? 0 : 1;
        lines.append(diagnostic.toString());
    }
    m_diagnosticsButton->setText(warnings > 0 ? tr("%n warning(s)", nullptr, warnings)
                                              : tr("%n note(s)", nullptr, int(diagnostics.size())));
    m_diagnosticsButton->setToolTip(lines.join(QLatin1Char('\n')));
    m_diagnosticsButton->setAccessibleDescription(m_diagnosticsButton->toolTip());
    m_diagnosticsButton->show();
}

void MainWindow::showDiagnosticsDetails()
{
    if (m_article.diagnostics.isEmpty())
        return;
    QStringList lines;
    for (const Diagnostic &diagnostic : std::as_const(m_article.diagnostics))
        lines.append(diagnostic.toString());
    auto *box = new QMessageBox(QMessageBox::Information, tr("Reading Notes"),
                                tr("Galley noticed %n problem(s) while reading this page.", nullptr,
                                   int(lines.size())),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("diagnosticsDialog"));
    box->setInformativeText(lines.join(QLatin1Char('\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::saveWindowState() const
{
    m_settings->setValue(geometryKey, saveGeometry());
    m_settings->setValue(stateKey, saveState());
    m_settings->setValue(splitterKey, m_splitter->saveState());
    m_annotationPanel->saveSortOrders(*m_settings);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_defaultSplit)
        return;
    // Sizes set before the window is laid out would be rescaled by the stretch factors on every
    // resize; set them once against the real width: documents 14 %, the page 54 %, the panel
    // the rest.
    m_defaultSplit = false;
    if (layout())
        layout()->activate();
    const int width = m_splitter->width() - 2 * m_splitter->handleWidth();
    const int documents = width * 14 / 100;
    const int pageWidth = width * 54 / 100;
    m_splitter->setSizes({documents, pageWidth, width - documents - pageWidth});
    if (!m_corpusController->dock()->isHidden())   // the corpus reopened at start
        m_corpusController->fitDock();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmUnsavedChanges()) {
        event->ignore();
        return;
    }
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    openFile(urls.first().toLocalFile());
}

} // namespace galley
