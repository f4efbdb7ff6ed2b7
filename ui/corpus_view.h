#pragma once

#include "corpus/reviewer_progress.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;
class QVBoxLayout;

namespace galley {

class CorpusDocumentModel;

// The corpus's documents: filters (text, label, status, reviewer; applied after a short pause
// in typing), the table (one status column per reviewer), done/total per reviewer, and who is
// reviewing. Its tab widget holds the document list as its first tab; other corpus views are
// added as further tabs.
class CorpusView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorpusView)

public:
    static constexpr int kFilterDelayMs = 250;

    CorpusView(CorpusDocumentModel *model, const QStringList &labels, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    QTableView *table() const { return m_table; }
    QLineEdit *textFilter() const { return m_text; }
    QComboBox *labelFilter() const { return m_label; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *reviewerFilter() const { return m_reviewer; }
    QComboBox *reviewingAsBox() const { return m_reviewingAs; }
    QProgressBar *importProgress() const { return m_importProgress; }
    QWidget *progressArea() const { return m_progressArea; }
    QLabel *countLabel() const { return m_count; }

    QString reviewingAs() const;
    void setReviewingAs(const QString &reviewer);
    // After the model was reset with other reviewers: the reviewer lists follow.
    void setReviewers(const QStringList &reviewers);
    void showProgress(const QList<ReviewerProgress> &progress);
    // Applies the filters now (the view does so kFilterDelayMs after the last change).
    void applyFilters();

    void showImportProgress(int done, int total, const QString &text);
    void hideImportProgress();

signals:
    void documentActivated(int row);
    void reviewingAsChanged(const QString &reviewer);
    void importCancelRequested();
    void filterFailed(const QString &problem);

private:
    void scheduleFilter();

    CorpusDocumentModel *m_model;
    QTabWidget *m_tabs;
    QTableView *m_table;
    QLineEdit *m_text;
    QComboBox *m_label;
    QComboBox *m_status;
    QComboBox *m_reviewer;
    QComboBox *m_reviewingAs;
    QLabel *m_count;
    QWidget *m_progressArea;
    QVBoxLayout *m_progressLayout;
    QProgressBar *m_importProgress;
    QToolButton *m_cancelImport;
    QTimer *m_filterTimer;
};

} // namespace galley
