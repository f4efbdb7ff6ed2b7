#pragma once

#include "corpus/adjudication_queue.h"

#include <QWidget>

#include <optional>

class QLabel;
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
    // Loads the queue at once (reviewer layers marked done, or all with `doneOnly` false).
    AdjudicationQueueView(Corpus &corpus, const QString &curator, QWidget *parent = nullptr, bool doneOnly = true);
    ~AdjudicationQueueView() override;

    const AdjudicationQueue *queue() const { return m_queue ? &*m_queue : nullptr; }
    QTableView *table() const { return m_table; }
    int currentItem() const;
    QString statusText() const;

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

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void decide(const QMap<QString, bool> &choices);
    void select(int item);
    void showProblem(const QString &problem);
    void refreshStatus();
    void showDetails();

    Corpus &m_corpus;
    QString m_curator;
    bool m_doneOnly;
    std::optional<AdjudicationQueue> m_queue;
    AdjudicationQueueModel *m_model;
    QTableView *m_table;
    QLabel *m_status;
    QLabel *m_details;
    QString m_problem;
};

} // namespace galley
