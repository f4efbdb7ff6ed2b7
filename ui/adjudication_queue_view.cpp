#include "adjudication_queue_view.h"

#include "adjudication_queue_model.h"
#include "left_out_documents.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace galley {

AdjudicationQueueView::AdjudicationQueueView(Corpus &corpus, const QString &curator, QWidget *parent, bool doneOnly)
    : QWidget(parent)
    , m_corpus(corpus)
    , m_curator(curator)
    , m_doneOnly(doneOnly)
    , m_model(new AdjudicationQueueModel(this))
    , m_includeUnfinished(new QCheckBox(tr("Include layers not marked done"), this))
    , m_reloadButton(new QPushButton(tr("Reload"), this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_details(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    m_includeUnfinished->setChecked(!doneOnly);
    connect(m_includeUnfinished, &QCheckBox::toggled, this, [this](bool include) {
        m_doneOnly = !include;
        reload();
    });
    m_reloadButton->setToolTip(tr("Read the reviewers' layers again: documents finished since the queue was loaded "
                                  "bring their conflicts. Decisions made are kept; their undo is not."));
    connect(m_reloadButton, &QPushButton::clicked, this, &AdjudicationQueueView::reload);
    auto *options = new QHBoxLayout;
    options->addWidget(m_includeUnfinished);
    options->addStretch(1);
    options->addWidget(m_reloadButton);
    layout->addLayout(options);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);
    auto *keys = new QLabel(tr("1, 2, …: take that reviewer's version · A: accept all · X: reject all · "
                               "Enter: next open conflict · Ctrl+Z: undo · double-click: open the document"),
                            this);
    keys->setWordWrap(true);
    keys->setEnabled(false);
    layout->addWidget(keys);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->installEventFilter(this);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!m_queue || !index.isValid())
            return;
        const AdjudicationItem &item = m_queue->items()[index.row()];
        QString layer = m_model->reviewerOfColumn(index.column());
        const QStringList reviewers = m_queue->reviewersOf(item.documentId);
        if (!reviewers.contains(layer))
            layer = reviewers.value(0);
        emit openDocumentRequested(item.documentId, item.contentHash, layer);
    });
    connect(&m_loader, &QFutureWatcher<Loaded>::finished, this, &AdjudicationQueueView::finishLoading);
    reload();
}

AdjudicationQueueView::~AdjudicationQueueView()
{
    m_loader.waitForFinished();
    m_model->setQueue(nullptr);
}

void AdjudicationQueueView::reload()
{
    if (m_loading)
        return;
    m_loading = true;
    m_problem.clear();
    m_model->setQueue(nullptr);
    m_queue.reset();
    m_status->setText(tr("Loading the conflicts…"));
    m_includeUnfinished->setEnabled(false);   // one load at a time
    m_reloadButton->setEnabled(false);
    const QString folder = m_corpus.folder();
    const QString curator = m_curator;
    const bool doneOnly = m_doneOnly;
    m_loader.setFuture(QtConcurrent::run([folder, curator, doneOnly]() -> Loaded {
        auto corpus = Corpus::open(folder);
        if (!corpus)
            return {std::nullopt, corpus.error()};
        auto queue = AdjudicationQueue::load(**corpus, doneOnly);
        if (!queue)
            return {std::nullopt, queue.error()};
        // As `corpus adjudicate` does: documents without open conflicts get their gold layer, but
        // not from layers still being reviewed (two untouched copies of the pre-annotation agree).
        QString problem;
        if (doneOnly && !curator.trimmed().isEmpty()) {
            if (const auto written = queue->writeMissingGoldLayers(**corpus, curator); !written)
                problem = written.error();
        }
        return {std::move(*queue), problem};
    }));
}

void AdjudicationQueueView::finishLoading()
{
    m_loading = false;
    Loaded result = m_loader.result();
    m_includeUnfinished->setEnabled(true);
    m_reloadButton->setEnabled(true);
    m_problem = result.problem;
    if (!result.queue) {
        refreshStatus();
        emit loaded();
        return;
    }
    m_queue = std::move(result.queue);
    m_model->setQueue(&*m_queue);
    m_table->resizeColumnsToContents();
    // The context, shown whole under the table, would push the reviewers' versions and the
    // decision out of sight.
    const int contextWidth = fontMetrics().averageCharWidth() * 40;
    if (m_table->columnWidth(AdjudicationQueueModel::ContextColumn) > contextWidth)
        m_table->setColumnWidth(AdjudicationQueueModel::ContextColumn, contextWidth);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AdjudicationQueueView::showDetails, Qt::UniqueConnection);
    select(m_queue->nextOpenItem(-1));
    refreshStatus();
    emit loaded();
}

int AdjudicationQueueView::currentItem() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

QString AdjudicationQueueView::statusText() const
{
    return m_status->text();
}

void AdjudicationQueueView::pickReviewer(int reviewer)
{
    if (!m_queue || currentItem() < 0 || reviewer < 0 || reviewer >= m_queue->reviewers().size())
        return;
    const QString name = m_queue->reviewers()[reviewer];
    // Another document's reviewer has no version here; taking it would silently reject everything.
    if (!m_queue->reviewersOf(m_queue->items()[currentItem()].documentId).contains(name)) {
        showProblem(tr("%1 did not annotate this document").arg(name));
        return;
    }
    decide(m_queue->reviewerVersion(currentItem(), name));
}

void AdjudicationQueueView::acceptAll()
{
    if (m_queue && currentItem() >= 0)
        decide(m_queue->acceptAll(currentItem()));
}

void AdjudicationQueueView::rejectAll()
{
    if (m_queue && currentItem() >= 0)
        decide(m_queue->rejectAll(currentItem()));
}

void AdjudicationQueueView::goToNextOpen()
{
    if (!m_queue)
        return;
    const int next = m_queue->nextOpenItem(currentItem());
    if (next >= 0)
        select(next);
}

void AdjudicationQueueView::undo()
{
    if (!m_queue || !m_queue->canUndo())
        return;
    m_problem.clear();
    const auto item = m_queue->undo(m_corpus);
    if (!item) {
        showProblem(item.error());
        return;
    }
    m_model->itemChanged(*item);
    select(*item);
    refreshStatus();
}

void AdjudicationQueueView::decide(const QMap<QString, bool> &choices)
{
    const int item = currentItem();
    m_problem.clear();
    if (const auto problem = m_queue->decide(m_corpus, item, choices, m_curator)) {
        showProblem(*problem);
        return;
    }
    m_model->itemChanged(item);
    // A decided row hands over to the next open one, so a run of conflicts is a run of keys.
    const int next = m_queue->nextOpenItem(item);
    select(next >= 0 ? next : item);
    refreshStatus();
}

void AdjudicationQueueView::select(int item)
{
    if (item < 0)
        return;
    const QModelIndex index = m_model->index(item, AdjudicationQueueModel::ContextColumn);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    showDetails();
}

void AdjudicationQueueView::showProblem(const QString &problem)
{
    m_problem = problem;
    refreshStatus();
}

void AdjudicationQueueView::refreshStatus()
{
    QString text;
    if (m_queue) {
        text = tr("%n conflict(s) open", nullptr, m_queue->openConflicts())
             + tr(" in %n row(s) of %1", nullptr, m_queue->openItems()).arg(m_queue->items().size())
             + tr(" — curator: %1").arg(m_curator.isEmpty() ? tr("(none: decisions need a name)") : m_curator);
        emit remainingChanged(m_queue->openConflicts());
    }
    if (!m_problem.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(" — ")) + tr("Problem: %1").arg(m_problem);
    const QStringList leftOut = m_queue ? m_queue->leftOut() : QStringList();
    text += leftOutDocumentsNote(leftOut);
    m_status->setText(text);
    m_status->setToolTip(leftOut.join(u'\n'));
}

void AdjudicationQueueView::showDetails()
{
    const int row = currentItem();
    if (!m_queue || row < 0) {
        m_details->clear();
        return;
    }
    const AdjudicationItem &item = m_queue->items()[row];
    const QString text = m_queue->text(item.documentId);
    QString html;
    for (const QString &reviewer : m_queue->reviewersOf(item.documentId)) {
        QStringList marked;
        for (const AdjudicationConflict &conflict : item.conflicts) {
            if (!conflict.proposedBy.contains(reviewer))
                continue;
            const Span &span = conflict.span;
            const int from = std::max(0, span.start - 40);
            const int to = std::min(int(text.size()), span.end + 40);
            const QString detail = conflict.detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(conflict.detail.toHtmlEscaped());
            marked.append(QStringLiteral("%1: …%2<b>%3</b>%4…%5")
                              .arg(span.label.toHtmlEscaped(), text.mid(from, span.start - from).toHtmlEscaped(),
                                   span.text.toHtmlEscaped(), text.mid(span.end, to - span.end).toHtmlEscaped(), detail));
        }
        html += QStringLiteral("<p><b>%1</b> — %2</p>")
                    .arg(reviewer.toHtmlEscaped(), marked.isEmpty() ? tr("no span here") : marked.join(QStringLiteral("<br>")));
    }
    m_details->setText(html);
}

namespace {

bool isQueueKey(const QKeyEvent &key)
{
    if (key.matches(QKeySequence::Undo))
        return true;
    if (key.modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier))
        return false;
    return (key.key() >= Qt::Key_1 && key.key() <= Qt::Key_9) || key.key() == Qt::Key_A || key.key() == Qt::Key_X
           || key.key() == Qt::Key_Return || key.key() == Qt::Key_Enter;
}

} // namespace

bool AdjudicationQueueView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_table || (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride))
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (!isQueueKey(*key))
        return QWidget::eventFilter(watched, event);
    // The review window's A, X and 1… act on the open document; in the queue these keys decide
    // conflicts, so the queue claims them before they become the window's shortcuts.
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept();
        return true;
    }
    if (key->matches(QKeySequence::Undo))
        undo();
    else if (key->key() >= Qt::Key_1 && key->key() <= Qt::Key_9)
        pickReviewer(key->key() - Qt::Key_1);
    else if (key->key() == Qt::Key_A)
        acceptAll();
    else if (key->key() == Qt::Key_X)
        rejectAll();
    else
        goToNextOpen();
    return true;
}

} // namespace galley
