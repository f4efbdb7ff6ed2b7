#pragma once

#include "corpus/corpus_agreement.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTemporaryFile;

namespace galley {

class AgreementTableModel;
class ConfusionMatrixModel;
class Corpus;

// Agreement between a corpus's reviewers: per label and overall (span P/R/F1 exact and overlap,
// token κ and α) for all reviewers or one pair, the token confusion matrix, and the full HTML
// report of `galley-cli corpus agree --html`. Computed on a worker thread with its own
// connection to the corpus; the view stays responsive and shows progress.
class CorpusAgreementView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorpusAgreementView)

public:
    // Starts computing at once.
    explicit CorpusAgreementView(Corpus &corpus, QWidget *parent = nullptr);
    ~CorpusAgreementView() override;

    // True from the start of a run until its figures are shown (the worker may be done before).
    bool isComputing() const { return m_computing; }
    const std::optional<CorpusAgreement> &agreement() const { return m_agreement; }
    // The report on show: all reviewers (scope 0) or pair scope − 1.
    const AgreementReport *shownReport() const;
    AgreementTableModel *tableModel() const { return m_table; }
    ConfusionMatrixModel *confusionModel() const { return m_confusion; }
    QComboBox *scopeChooser() const { return m_scope; }
    QCheckBox *decidedOnlyBox() const { return m_decidedOnly; }
    QString summaryText() const;
    // Writes the shown report as HTML to a temporary file in the corpus folder; empty on failure.
    QString writeHtmlReport();

public slots:
    void compute();
    void showHtmlReport();
    void openHtmlReportInBrowser();

signals:
    void computed();

private:
    struct Outcome
    {
        std::optional<CorpusAgreement> agreement;
        QString problem;
    };
    void start();
    void finish();
    void showScope();

    QString m_folder;
    std::optional<CorpusAgreement> m_agreement;
    QFutureWatcher<Outcome> m_watcher;
    bool m_computing = false;
    bool m_restartWanted = false;   // settings changed during a run
    std::vector<std::unique_ptr<QTemporaryFile>> m_htmlFiles;   // kept while the view lives: a browser may read them
    AgreementTableModel *m_table;
    ConfusionMatrixModel *m_confusion;
    QComboBox *m_scope;
    QCheckBox *m_includeUnfinished;
    QCheckBox *m_decidedOnly;
    QPushButton *m_computeButton;
    QPushButton *m_reportButton;
    QPushButton *m_browserButton;
    QProgressBar *m_progress;
    QLabel *m_summary;
};

} // namespace galley
