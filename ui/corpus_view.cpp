#include "corpus_view.h"

#include "corpus_status_delegate.h"
#include "corpus_table_view.h"

#include "corpus/corpus_document_model.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace galley {

namespace {

const QStringList kStatusNames{QStringLiteral("not-started"), QStringLiteral("in-progress"), QStringLiteral("done"),
                               QStringLiteral("adjudicated")};

// The combo's current item data, or its text when typed (an editable combo).
QString choice(const QComboBox *box)
{
    const QVariant data = box->currentData();
    if (box->isEditable() && box->currentText() != box->itemText(box->currentIndex()))
        return box->currentText().trimmed();
    return data.toString();
}

} // namespace

CorpusView::CorpusView(CorpusDocumentModel *model, const QStringList &labels, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_tabs(new QTabWidget(this))
    , m_table(new CorpusTableView(this))
    , m_text(new QLineEdit(this))
    , m_label(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_reviewer(new QComboBox(this))
    , m_reviewingAs(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_progressArea(new QWidget(this))
    , m_progressLayout(new QVBoxLayout(m_progressArea))
    , m_importProgress(new QProgressBar(this))
    , m_cancelImport(new QToolButton(this))
    , m_filterTimer(new QTimer(this))
{
    m_reviewingAs->setEditable(true);
    m_reviewingAs->setAccessibleName(tr("Reviewing as"));
    m_reviewingAs->setToolTip(tr("The reviewer whose layer a document opens with"));
    m_text->setPlaceholderText(tr("Search the text\u2026"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Text filter"));
    m_label->addItem(tr("Any label"), QString());
    for (const QString &label : labels)
        m_label->addItem(label, label);
    m_label->setAccessibleName(tr("Label filter"));
    m_status->addItem(tr("Any status"), QString());
    for (const QString &status : kStatusNames)
        m_status->addItem(CorpusDocumentModel::statusText(status), status);
    m_status->setAccessibleName(tr("Status filter"));
    m_reviewer->addItem(tr("Any reviewer"), QString());
    m_reviewer->setAccessibleName(tr("Reviewer filter"));

    auto *filters = new QWidget(this);
    auto *form = new QFormLayout(filters);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Reviewing as:"), m_reviewingAs);
    form->addRow(tr("Search:"), m_text);
    auto *choices = new QHBoxLayout;
    choices->addWidget(m_label, 1);
    choices->addWidget(m_status, 1);
    choices->addWidget(m_reviewer, 1);
    form->addRow(tr("Filter:"), choices);

    m_table->setModel(m_model);
    m_table->setItemDelegate(new CorpusStatusDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    // Fixed widths and a stretched title: sizing columns to their contents would read every row.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setMinimumSectionSize(48);
    m_table->setAccessibleName(tr("Corpus documents"));

    m_importProgress->setObjectName(QStringLiteral("corpusImportProgress"));
    m_cancelImport->setText(tr("Cancel"));
    m_cancelImport->setToolTip(tr("Stop the import after the documents being written"));
    auto *importRow = new QHBoxLayout;
    importRow->addWidget(m_importProgress, 1);
    importRow->addWidget(m_cancelImport);
    hideImportProgress();

    m_progressLayout->setContentsMargins(0, 0, 0, 0);
    m_progressLayout->setSpacing(2);

    auto *documents = new QWidget(this);
    auto *documentsLayout = new QVBoxLayout(documents);
    documentsLayout->addWidget(filters);
    documentsLayout->addWidget(m_count);
    documentsLayout->addWidget(m_table, 1);
    documentsLayout->addWidget(m_progressArea);
    documentsLayout->addLayout(importRow);
    m_tabs->addTab(documents, tr("Documents"));
    m_tabs->setDocumentMode(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(kFilterDelayMs);
    connect(m_filterTimer, &QTimer::timeout, this, &CorpusView::applyFilters);
    connect(m_text, &QLineEdit::textChanged, this, &CorpusView::scheduleFilter);
    for (QComboBox *box : {m_label, m_status, m_reviewer})
        connect(box, &QComboBox::currentIndexChanged, this, &CorpusView::scheduleFilter);
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        emit documentActivated(index.row());
    });
    connect(m_reviewingAs, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        emit reviewingAsChanged(text.trimmed());
    });
    connect(m_model, &CorpusDocumentModel::totalCountChanged, this, [this](int count) {
        m_count->setText(count < 0 ? tr("Counting documents\u2026") : tr("%n document(s)", nullptr, count));
    });
    connect(m_cancelImport, &QToolButton::clicked, this, &CorpusView::importCancelRequested);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        setReviewers(m_model->reviewers());
        m_table->horizontalHeader()->setSectionResizeMode(CorpusDocumentModel::TitleColumn, QHeaderView::Stretch);
        m_table->setColumnWidth(CorpusDocumentModel::SiteColumn, 100);
        for (int column = CorpusDocumentModel::FirstReviewerColumn; column < m_model->columnCount(); ++column)
            m_table->setColumnWidth(column, 76);
    });
}

QString CorpusView::reviewingAs() const
{
    return m_reviewingAs->currentText().trimmed();
}

void CorpusView::setReviewingAs(const QString &reviewer)
{
    m_reviewingAs->setCurrentText(reviewer);
}

void CorpusView::setReviewers(const QStringList &reviewers)
{
    const QString current = reviewingAs();
    const QString filtered = m_reviewer->currentData().toString();
    const QSignalBlocker blockFilter(m_reviewer);
    const QSignalBlocker blockReviewing(m_reviewingAs);
    m_reviewer->clear();
    m_reviewer->addItem(tr("Any reviewer"), QString());
    m_reviewingAs->clear();
    for (const QString &reviewer : reviewers) {
        m_reviewer->addItem(reviewer, reviewer);
        m_reviewingAs->addItem(reviewer);
    }
    m_reviewer->setCurrentIndex(std::max(0, m_reviewer->findData(filtered)));
    m_reviewingAs->setCurrentText(current);
}

void CorpusView::showProgress(const QList<ReviewerProgress> &progress)
{
    while (QLayoutItem *item = m_progressLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const ReviewerProgress &reviewer : progress) {
        auto *bar = new QProgressBar(m_progressArea);
        bar->setObjectName(QStringLiteral("reviewerProgress-") + reviewer.reviewer);
        bar->setRange(0, std::max(1, reviewer.total));
        bar->setValue(reviewer.done);
        bar->setFormat(tr("%1: %2 / %3 done").arg(reviewer.reviewer).arg(reviewer.done).arg(reviewer.total));
        bar->setMaximumHeight(bar->fontMetrics().height() + 4);
        m_progressLayout->addWidget(bar);
    }
}

void CorpusView::scheduleFilter()
{
    m_filterTimer->start();
}

void CorpusView::applyFilters()
{
    m_filterTimer->stop();
    DocumentFilter filter;
    filter.text = m_text->text().trimmed();
    filter.label = choice(m_label);
    filter.status = choice(m_status);
    filter.reviewer = choice(m_reviewer);
    const QString problem = m_model->setFilter(filter);
    if (!problem.isEmpty())
        emit filterFailed(problem);
}

void CorpusView::showImportProgress(int done, int total, const QString &text)
{
    m_importProgress->setRange(0, std::max(1, total));
    m_importProgress->setValue(done);
    m_importProgress->setFormat(text);
    m_importProgress->show();
    m_cancelImport->show();
}

void CorpusView::hideImportProgress()
{
    m_importProgress->hide();
    m_cancelImport->hide();
}

} // namespace galley
