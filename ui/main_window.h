#pragma once

#include "annotation/annotation_edit.h"
#include "annotation/annotation_set.h"
#include "annotation_panel.h"
#include "corpus_layer_target.h"
#include "document_loading.h"
#include "dom_range.h"
#include "preferences.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QListView;
class QMenu;
class QProgressBar;
class QSettings;
class QSplitter;
class QStackedWidget;
class QToolButton;

namespace galley {

class ReviewAnnotations;
class ArticleBlockModel;
class ArticlePanel;
class ArticleTextView;
class CorpusController;
class FindBar;
class FocusRegions;
class MouseEditing;
class OpenDocumentsModel;
class ReviewEditor;
class PageView;
class PreferencesDialog;
class ShortcutRegistry;
class TextPageLayout;
struct HighlightOutcome;

// The review window: the open documents, the saved page with its annotations highlighted (or the
// article as plain text), and the annotation panel. Loads off the UI thread; a span picked in the
// panel is shown in the page and the text, a highlight clicked in either is picked in the panel.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    void openFile(const QString &path);
    // Opens the document shown when Galley was last closed, if it is still there.
    bool reopenLastDocument();
    void showDocument(LoadedDocument document);
    bool isLoading() const;
    // Opens a corpus document with a reviewer's layer (see CorpusLayerTarget).
    void openCorpusDocument(const CorpusLayerTarget &target);
    // The corpus layer the open page is annotated in, if it is one.
    const std::optional<CorpusLayerTarget> &corpusLayer() const { return m_corpusLayer; }
    CorpusController *corpusController() const { return m_corpusController; }

    ArticlePanel *articlePanel() const { return m_panel; }
    AnnotationPanel *annotationPanel() const { return m_annotationPanel; }
    ReviewAnnotations *annotations() const { return m_annotations; }
    ArticleTextView *articleTextView() const { return m_textView; }
    QListView *documentList() const { return m_documentList; }
    QAction *articleTextAction() const { return m_articleTextAction; }
    PageView *pageView() const { return m_pageView; }
    FindBar *findBar() const { return m_findBar; }
    FocusRegions *focusRegions() const { return m_focusRegions; }
    const Article &article() const { return m_article; }
    // "N warnings" in the status bar; hidden when the article carries no diagnostics.
    QToolButton *diagnosticsButton() const { return m_diagnosticsButton; }
    QString statusText() const;
    QSplitter *splitter() const { return m_splitter; }
    ReviewEditor *editor() const { return m_editor; }
    // Handles, speaker picking and context menus in the page and the text view.
    MouseEditing *mouseEditing() const { return m_mouseEditing; }
    // The span the reviewer's keys act on: the one last picked in the panel, page or text.
    const QString &selectedSpanId() const { return m_selectedSpan; }
    // Reviewed spans against all, in the status bar.
    QProgressBar *reviewProgress() const { return m_reviewProgress; }
    // Saves the annotations; false (and a message) when they could not be written.
    bool saveAnnotations();

    // Preferences (main_window_preferences.cpp). Every action with a key, for rebinding.
    ShortcutRegistry *shortcuts() const { return m_shortcuts; }
    // Applies label colours, font, highlight opacity and theme now and saves them.
    void applyPreferences(const Preferences &preferences);
    // Edit ▸ Preferences: opens the dialog (or raises the open one) and returns it.
    PreferencesDialog *showPreferences();

signals:
    void documentShown();
    void highlightsShown();
    void loadFailed(const QString &message);
    void annotationsSaved();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void showOpenDialog();
    void rebuildRecentMenu();
    void loadRecord(const QString &path, int warcRecord);
    void loadCorpusLayer(const CorpusLayerTarget &target);
    void openListedDocument(const QModelIndex &index);
    void onRecordsListed();
    void onDocumentLoaded();
    void flashBlock(int row);
    void showSpanEverywhere(const QString &spanId);
    void onHighlighted(const HighlightOutcome &outcome);
    void showSpanToolTip(const QString &spanId);
    void setArticleTextShown(bool shown);
    void setBusy(const QString &message);
    void setIdle(const QString &message);
    void showError(const LoadError &error);
    void showDiagnosticsIndicator(const Diagnostics &diagnostics);
    void showDiagnosticsDetails();
    void saveWindowState() const;

    // Editing (main_window_editing.cpp).
    void createEditMenus();
    void connectInPlaceEditing();
    void disconnectEditing();
    void openAnnotations(const AnnotationSet &fresh);
    void showSavedAnnotationsReadOnly(const QString &annotationPath, const AnnotationSet &fresh);
    void onEdited(const QString &focusSpanId);
    void updateReviewProgress();
    void selectSpan(const QString &spanId);
    void applyLabelKey(const QString &label);
    void addSpanFromPageSelection(const QString &label);
    void relabelSelection(const QString &label);
    void setSelectionStatus(ReviewStatus status);
    std::optional<AnnotationPanel::EntityGroup> selectedEntity() const;
    // `movesOn`: a decision (A, X) on an entity in a sorted list picks the entity now in its place.
    void actOnSelection(const std::function<QString(const QString &spanId)> &onSpan,
                        const std::function<QString(const AnnotationPanel::EntityGroup &)> &onEntity,
                        bool movesOn = false);
    void stepBoundary(bool startEdge, bool outward);
    void goToPending(bool forward);
    void cycleQuoteKind();
    void chooseSpeaker();
    void editDocumentNotes();
    void editSpanComment();
    void reportEditResult(const QString &error);
    void showFileConflict(const QString &message, EditError::Conflict conflict);
    // Loads the shown page (or corpus layer) again, with its annotations as they are on disk.
    void openCurrentPageAgain();
    bool keepOrDiscardEditsBeforeReopening();
    bool confirmUnsavedChanges();

    // Preferences (main_window_preferences.cpp).
    void addPreferencesAction(QMenu *menu);
    void restorePreferences();
    void redrawHighlights();

    QSettings *m_settings;
    ArticleBlockModel *m_model = nullptr;
    ArticlePanel *m_panel = nullptr;
    ReviewAnnotations *m_annotations = nullptr;
    AnnotationPanel *m_annotationPanel = nullptr;
    OpenDocumentsModel *m_documents = nullptr;
    QListView *m_documentList = nullptr;
    PageView *m_pageView = nullptr;
    ArticleTextView *m_textView = nullptr;
    QStackedWidget *m_centre = nullptr;
    FindBar *m_findBar = nullptr;
    FocusRegions *m_focusRegions = nullptr;
    QAction *m_articleTextAction = nullptr;
    QSplitter *m_splitter = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_statusLabel = nullptr;
    QProgressBar *m_busyIndicator = nullptr;
    QToolButton *m_diagnosticsButton = nullptr;
    ReviewEditor *m_editor = nullptr;
    MouseEditing *m_mouseEditing = nullptr;
    QProgressBar *m_reviewProgress = nullptr;
    ShortcutRegistry *m_shortcuts = nullptr;
    QString m_selectedSpan;
    QList<DomRange> m_boilerplate;
    QString m_recoveryMessage;   // what opening the annotations restored, for the status bar
    QPointer<QWidget> m_fileConflictBox;   // open while the reviewer has not answered it
    bool m_editsKeptForLater = false;   // the reviewer chose to decide about a crashed session's edits later

    QFutureWatcher<WarcListResult> m_recordsWatcher;
    QFutureWatcher<DocumentResult> m_documentWatcher;
    bool m_awaitingLoad = false;   // from starting a watcher until its result is handled
    QString m_pendingPath;
    int m_pendingRecordCount = 0;   // HTML records in the WARC being opened; 0 when unknown
    bool m_busy = false;   // busy indicator and cursor shown
    bool m_defaultSplit = false;   // no saved splitter state: split once the window has its size

    CorpusController *m_corpusController = nullptr;
    std::optional<CorpusLayerTarget> m_pendingCorpusLayer;
    std::optional<CorpusLayerTarget> m_corpusLayer;

    std::shared_ptr<const Page> m_page;
    Article m_article;
    std::unique_ptr<TextPageLayout> m_textLayout;
};

} // namespace galley
