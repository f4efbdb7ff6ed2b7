#pragma once

#include "document_loading.h"

#include <QFutureWatcher>
#include <QMainWindow>

#include <memory>

class QLabel;
class QMenu;
class QProgressBar;
class QSettings;
class QSplitter;
class QToolButton;

namespace galley {

class ArticleBlockModel;
class ArticlePanel;
class PageView;
class TextPageLayout;

// The first window: the saved page on the left, the extracted article on the right.
// Loads off the UI thread; clicking a block flashes its text in the page.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    void openFile(const QString &path);
    void showDocument(LoadedDocument document);
    bool isLoading() const;

    ArticlePanel *articlePanel() const { return m_panel; }
    PageView *pageView() const { return m_pageView; }
    const Article &article() const { return m_article; }
    // "N warnings" in the status bar; hidden when the article carries no diagnostics.
    QToolButton *diagnosticsButton() const { return m_diagnosticsButton; }
    QString statusText() const;
    QSplitter *splitter() const { return m_splitter; }

signals:
    void documentShown();
    void loadFailed(const QString &message);

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
    void onRecordsListed();
    void onDocumentLoaded();
    void flashBlock(int row);
    void setBusy(const QString &message);
    void setIdle(const QString &message);
    void showError(const LoadError &error);
    void showDiagnosticsIndicator(const Diagnostics &diagnostics);
    void showDiagnosticsDetails();
    void saveWindowState() const;

    QSettings *m_settings;
    ArticleBlockModel *m_model = nullptr;
    ArticlePanel *m_panel = nullptr;
    PageView *m_pageView = nullptr;
    QSplitter *m_splitter = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_statusLabel = nullptr;
    QProgressBar *m_busyIndicator = nullptr;
    QToolButton *m_diagnosticsButton = nullptr;

    QFutureWatcher<WarcListResult> m_recordsWatcher;
    QFutureWatcher<DocumentResult> m_documentWatcher;
    QString m_pendingPath;
    int m_pendingRecordCount = 0;   // HTML records in the WARC being opened; 0 when unknown
    bool m_busy = false;   // busy indicator and cursor shown
    bool m_defaultSplit = false;   // no saved splitter state: split 60/40 once the window has its size

    std::shared_ptr<const Page> m_page;
    Article m_article;
    std::unique_ptr<TextPageLayout> m_textLayout;
};

} // namespace galley
