#pragma once

#include "corpus/adjudication_queue.h"

#include <QFutureWatcher>
#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace galley {

class AdjudicationQueueModel;

// The conflicts across a corpus, decided at the keyboard: 1–9 take that reviewer's version,
// A accepts every span of the row, X rejects them, Enter goes to the next open row, Ctrl+Z undoes
// the last decision. Decisions go through AdjudicationQueue (as `galley-cli corpus adjudicate`),
// recorded with the curator's name; settled documents get their gold layer.
class AdjudicationQueueView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdjudicationQueueView)

public:
    // Starts loading the queue (reviewer layers marked done, or all with `doneOnly` false) on a
    // worker thread with its own connection to the corpus; loaded() follows.
    // "Include layers not marked done" switches between the two and loads again.
    AdjudicationQueueView(Corpus &corpus, const QString &curator, QWidget *parent = nullptr, bool doneOnly = true);
    ~AdjudicationQueueView() override;

    const AdjudicationQueue *queue() const { return m_queue ? &*m_queue : nullptr; }
    QTableView *table() const { return m_table; }
    QCheckBox *includeUnfinishedBox() const { return m_includeUnfinished; }
    QPushButton *reloadButton() const { return m_reloadButton; }
    int currentItem() const;
    QString statusText() const;
    bool isLoading() const { return m_loading; }   // until the loaded queue is on show

public slots:
    void reload();
    void pickReviewer(int reviewer);   // 0-based among the queue's reviewers
    void acceptAll();
    void rejectAll();
    void goToNextOpen();
    void undo();

signals:
    // Double-click: the row's document in a reviewer's layer (the column's, else the first's).
    void openDocumentRequested(qint64 documentId, const QString &contentHash, const QString &layer);
    void remainingChanged(int openConflicts);
    void loaded();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Loaded
    {
        std::optional<AdjudicationQueue> queue;
        QString problem;
    };
    void finishLoading();
    void decide(const QMap<QString, bool> &choices);
    void select(int item);
    void showProblem(const QString &problem);
    void refreshStatus();
    void showDetails();

    Corpus &m_corpus;
    QString m_curator;
    bool m_doneOnly;
    std::optional<AdjudicationQueue> m_queue;
    QFutureWatcher<Loaded> m_loader;
    bool m_loading = false;
    AdjudicationQueueModel *m_model;
    QCheckBox *m_includeUnfinished;
    QPushButton *m_reloadButton;
    QTableView *m_table;
    QLabel *m_status;
    QLabel *m_details;
    QString m_problem;
};

} // namespace galley
