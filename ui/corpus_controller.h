#pragma once

#include "corpus/corpus.h"

#include <QObject>

#include <memory>

class QAction;
class QDockWidget;
class QMenu;
class QSettings;

namespace galley {

class AdjudicationQueueView;
class CorpusAgreementView;
class CorpusDocumentModel;
class CorpusImportJob;
class CorpusView;
class MainWindow;

// The review window's corpus: File ▸ New/Open/Import into Corpus, the corpus dock (CorpusView),
// opening a document with the chosen reviewer's layer, and keeping the corpus database's
// status in step with what the reviewer does (in progress on the first edit, recorded on save,
// Review ▸ Mark Document Done). The corpus folder is remembered and reopened at start.
class CorpusController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorpusController)

public:
    CorpusController(MainWindow *window, QSettings *settings);
    ~CorpusController() override;
    // Gives the shown dock a third of the window and the annotation panel two fifths of the rest.
    void fitDock();

    void addFileActions(QMenu *file);
    void addReviewActions(QMenu *review);

    // Each returns the problem (also shown to the user), or an empty string.
    QString createCorpus(const QString &folder);
    QString openCorpus(const QString &folder);
    void importIntoCorpus(const QStringList &inputs, bool preAnnotate = true);
    // Opens the document in the model's row with the reviewer's layer.
    QString openDocument(int row, const QString &reviewer);
    // The same by the document's id (the adjudication queue opens a conflict's document).
    QString openDocumentById(qint64 documentId, const QString &reviewer);
    QString markDocumentDone();

    Corpus *corpus() const { return m_corpus.get(); }
    CorpusDocumentModel *model() const { return m_model; }
    CorpusView *view() const { return m_view; }
    QDockWidget *dock() const { return m_dock; }
    CorpusImportJob *importJob() const { return m_import; }
    QAction *markDoneAction() const { return m_markDone; }
    // The dock's Agreement and Adjudication tabs, for the open corpus (null without one).
    CorpusAgreementView *agreementView() const { return m_agreement; }
    AdjudicationQueueView *adjudicationView() const { return m_adjudication; }

signals:
    void corpusOpened();
    void importFinished();

private:
    QString useCorpus(Expected<std::unique_ptr<Corpus>, QString> corpus);
    void removeCorpusTabs();
    void addCorpusTabs();
    bool isOpenLayerOfThisCorpus() const;
    void onEdited();
    void onSaved();
    void onImportFinished();
    void refreshProgress();
    QString report(const QString &problem);

    MainWindow *m_window;
    QSettings *m_settings;
    std::unique_ptr<Corpus> m_corpus;
    CorpusDocumentModel *m_model;
    CorpusView *m_view;
    QDockWidget *m_dock;
    CorpusImportJob *m_import;
    CorpusAgreementView *m_agreement = nullptr;
    AdjudicationQueueView *m_adjudication = nullptr;
    QAction *m_markDone = nullptr;
    QList<QAction *> m_needCorpus;
};

} // namespace galley
