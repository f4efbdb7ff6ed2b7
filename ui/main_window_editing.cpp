// The review window's editing: the Edit and Review menus, their keys, saving and recovery.
#include "main_window.h"

#include "annotation_panel.h"
#include "article_dom_range.h"
#include "article_text_view.h"
#include "corpus_controller.h"
#include "entity_tree_model.h"
#include "filtered_choice_dialog.h"
#include "find_bar.h"
#include "mouse_editing.h"
#include "number_table_model.h"
#include "highlight_request.h"
#include "page_view.h"
#include "pending_navigation.h"
#include "recovery_prompt.h"
#include "review_annotations.h"
#include "review_editor.h"
#include "selection_in_text.h"
#include "span_filter_bar.h"
#include "structural_edit_actions.h"
#include "shortcut_registry.h"
#include "span_labels.h"
#include "word_steps.h"

#include "annotation/annotation_file.h"
#include "annotation/unsaved_journal.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QApplication>
#include <QLineEdit>
#include <QTableView>
#include <QTreeView>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QPointer>
#include <QProgressBar>
#include <QStatusBar>
#include <QUndoStack>

namespace galley {

namespace {
constexpr int messageTimeout = 6000;
} // namespace

void MainWindow::createEditMenus()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_editor->undoStack()->createUndoAction(this, tr("Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    m_shortcuts->add(undo, QStringLiteral("edit/undo"), tr("Undo"));
    QAction *redo = m_editor->undoStack()->createRedoAction(this, tr("Redo"));
    // Ctrl+Shift+Z on every desktop, and the desktop's own redo keys (Ctrl+Y on some); the
    // registry keeps each key once.
    redo->setShortcuts(QList<QKeySequence>{QKeySequence(tr("Ctrl+Shift+Z"))} + QKeySequence::keyBindings(QKeySequence::Redo));
    m_shortcuts->add(redo, QStringLiteral("edit/redo"), tr("Redo"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addActions(m_findBar->menuActions());
    addPreferencesAction(edit);
    connect(m_editor, &ReviewEditor::edited, this, &MainWindow::onEdited);
    connect(m_editor, &ReviewEditor::unsavedChangesChanged, this, &QWidget::setWindowModified);
    // Queued: the dialog opens once the refused key or click is handled.
    connect(m_editor, &ReviewEditor::fileConflict, this, &MainWindow::showFileConflict, Qt::QueuedConnection);

    QMenu *review = menuBar()->addMenu(tr("&Review"));
    const auto add = [&](QMenu *menu, const QString &text, const QList<QKeySequence> &keys, auto slot) {
        QAction *action = menu->addAction(text, this, slot);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        return action;
    };
    QAction *accept = add(review, tr("&Accept"), {}, [this] { setSelectionStatus(ReviewStatus::Accepted); });
    // Enter also ends an in-place edit: while a line editor has the focus, Enter is its own.
    const QList<QKeySequence> acceptKeys = {QKeySequence(Qt::Key_A), QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)};
    accept->setShortcuts(acceptKeys);
    m_shortcuts->add(accept, QStringLiteral("review/accept"));
    // Tied to the registry, which the window destroys before the widgets whose focus then goes.
    connect(qApp, &QApplication::focusChanged, m_shortcuts, [this, accept = QPointer<QAction>(accept)](QWidget *, QWidget *now) {
        if (!accept)
            return;
        QList<QKeySequence> keys = m_shortcuts->shortcuts(QStringLiteral("review/accept"));
        if (qobject_cast<QLineEdit *>(now))
            keys.removeIf([](const QKeySequence &key) {
                return key == QKeySequence(Qt::Key_Return) || key == QKeySequence(Qt::Key_Enter);
            });
        accept->setShortcuts(keys);
    });
    add(review, tr("&Reject"), {QKeySequence(Qt::Key_X), QKeySequence(Qt::Key_Delete)},
        [this] { setSelectionStatus(ReviewStatus::Rejected); });
    review->addSeparator();
    add(review, tr("&Next Pending Span"), {QKeySequence(Qt::Key_N)}, [this] { goToPending(true); });
    add(review, tr("&Previous Pending Span"), {QKeySequence(Qt::Key_P)}, [this] { goToPending(false); });
    review->addSeparator();
    add(review, tr("Extend &End by a Word"), {QKeySequence(Qt::SHIFT | Qt::Key_Right)}, [this] { stepBoundary(false, true); });
    add(review, tr("Shorten E&nd by a Word"), {QKeySequence(Qt::SHIFT | Qt::Key_Left)}, [this] { stepBoundary(false, false); });
    add(review, tr("Extend &Start by a Word"), {QKeySequence(Qt::ALT | Qt::Key_Left)}, [this] { stepBoundary(true, true); });
    add(review, tr("Shorten S&tart by a Word"), {QKeySequence(Qt::ALT | Qt::Key_Right)}, [this] { stepBoundary(true, false); });
    review->addSeparator();
    add(review, tr("Change Quote &Kind"), {QKeySequence(Qt::Key_K)}, [this] { cycleQuoteKind(); });
    add(review, tr("Set Quote Spea&ker\u2026"), {QKeySequence(Qt::Key_L)}, [this] { chooseSpeaker(); });
    review->addSeparator();
    QAction *comment = add(review, tr("Span Co&mment\u2026"), {QKeySequence(Qt::SHIFT | Qt::Key_N)},
                           [this] { editSpanComment(); });
    comment->setObjectName(QStringLiteral("review/spanComment"));
    QAction *notes = add(review, tr("Document &Notes\u2026"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)},
                         [this] { editDocumentNotes(); });
    notes->setObjectName(QStringLiteral("review/documentNotes"));
    m_mouseEditing = new MouseEditing({m_pageView, m_textView, m_editor, m_annotations, statusBar(),
                                       [this] { return m_selectedSpan; },
                                       [this](const QString &label) { applyLabelKey(label); }},
                                      this);
    review->addAction(m_mouseEditing->pickSpeakerAction());
    new StructuralEditActions(this, m_editor, review);
    m_corpusController->addReviewActions(review);

    QMenu *labels = review->addMenu(tr("&Label or Add Span"));
    labels->setToolTip(tr("With text selected: add a span; else: relabel the selected span, or the whole entity when an entity is current in the Entities tab"));
    for (const LabelDefinition &label : m_editor->schema().labels) {
        const QString name = label.name;
        QList<QKeySequence> keys;
        if (!label.shortcut.isNull())
            keys.append(QKeySequence(QString(label.shortcut.toUpper())));
        QAction *action = add(labels, tr("%1 (%2)").arg(labelDisplayName(name), label.name), keys,
                              [this, name] { applyLabelKey(name); });
        m_shortcuts->add(action, QStringLiteral("label/") + name);
    }
}

void MainWindow::connectInPlaceEditing()
{
    m_annotationPanel->numberModel()->setAttributeEditor(
        [this](const QString &spanId, const QString &name, const QString &text) {
            return m_editor->setAttributeText(spanId, name, text);
        });
    m_annotationPanel->entityModel()->setClusterRenamer([this](const QString &clusterId, const QString &name) {
        const QString refused = m_editor->renameCluster(clusterId, name);
        if (!refused.isEmpty())
            return refused;
        m_annotationPanel->showEntity(clusterId);   // to be merged or corrected again
        if (const QString notice = m_editor->sameNameNotice(clusterId); !notice.isEmpty())
            statusBar()->showMessage(notice, messageTimeout);
        return refused;
    });
    // A page kept read-only (its unsaved edits kept for later) offers no in-place editing.
    m_annotationPanel->entityModel()->setRenamingAvailable([this] { return m_editor->isOpen(); });
    m_annotationPanel->numberModel()->setEditingAvailable([this] { return m_editor->isOpen(); });
    connect(m_annotationPanel->numberModel(), &NumberTableModel::editRefused, this, &MainWindow::reportEditResult);
    connect(m_annotationPanel->entityModel(), &EntityTreeModel::editRefused, this, &MainWindow::reportEditResult);
    for (QAbstractItemView *view : {static_cast<QAbstractItemView *>(m_annotationPanel->numberView()),
                                    static_cast<QAbstractItemView *>(m_annotationPanel->entityView())})
        view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
}

void MainWindow::disconnectEditing()
{
    m_annotationPanel->numberModel()->setAttributeEditor({});
    m_annotationPanel->entityModel()->setClusterRenamer({});
    m_annotationPanel->entityModel()->setRenamingAvailable({});
    m_annotationPanel->numberModel()->setEditingAvailable({});
    m_editor->disconnect(this);
}

void MainWindow::openAnnotations(const AnnotationSet &fresh)
{
    m_recoveryMessage.clear();
    m_editsKeptForLater = false;
    const bool textPage = m_textLayout != nullptr;
    const auto locate = [this, textPage](int start, int end) -> std::optional<DomRange> {
        // Text copies are placed in the generated page at highlight time, never stored.
        if (textPage || !m_page)
            return std::nullopt;
        return articleDomRange(m_article, *m_page, m_textLayout.get(), start, end);
    };
    if (m_page->sourcePath.isEmpty()) {   // a page made in memory has nowhere to keep annotations
        m_editor->close();
        m_annotations->setAnnotationSet(fresh);
        setWindowModified(false);
        updateReviewProgress();
        return;
    }
    m_editor->setMarksProgressOnFirstEdit(m_corpusLayer.has_value());
    AnnotationSet start = m_corpusLayer && m_corpusLayer->start ? *m_corpusLayer->start : fresh;
    if (m_corpusLayer)
        start.reviewer = m_corpusLayer->reviewer;
    const QString annotationPath = m_corpusLayer ? m_corpusLayer->annotationPath
                                                 : annotationFilePath(m_page->sourcePath, m_page->record);
    if (const auto journal = findUnsavedJournal(annotationPath)) {
        const QString pageName = QFileInfo(m_page->sourcePath).fileName();
        switch (askToRestoreEdits(this, pageName, *journal)) {
        case RecoveryChoice::Restore:
            break;
        case RecoveryChoice::Discard:
            QFile::remove(journal->journalPath);
            break;
        case RecoveryChoice::Later:
            showSavedAnnotationsReadOnly(annotationPath, start);
            return;
        }
    }
    const auto report = m_corpusLayer ? m_editor->open(m_corpusLayer->annotationPath, m_page->record, start, locate)
                                      : m_editor->open(m_page->sourcePath, m_page->record, fresh, locate);
    if (!report) {
        m_annotations->setAnnotationSet(fresh);
        m_recoveryMessage = tr("annotations cannot be edited: %1").arg(report.error().message);
    } else if (report->replayedEdits > 0) {
        m_recoveryMessage = tr("restored %n unsaved edit(s) from the last session", nullptr, report->replayedEdits);
    }
    setWindowModified(m_editor->hasUnsavedChanges());
    updateReviewProgress();
}

void MainWindow::showSavedAnnotationsReadOnly(const QString &annotationPath, const AnnotationSet &fresh)
{
    m_editor->close();
    AnnotationSet shown = fresh;
    QFile file(annotationPath);
    if (file.open(QIODevice::ReadOnly)) {
        if (auto saved = readAnnotationFile(file.readAll(), annotationPath))
            shown = std::move(saved->set);
    }
    m_annotations->setAnnotationSet(shown);
    m_editsKeptForLater = true;
    m_recoveryMessage = tr("unsaved edits kept for later: open the page again to restore or discard them "
                           "(editing is off until then)");
    setWindowModified(false);
    updateReviewProgress();
}

void MainWindow::onEdited(const QString &focusSpanId)
{
    const SpanDomLocator locate = [this](const Span &span) {
        return articleDomRange(m_article, *m_page, m_textLayout.get(), span.start, span.end);
    };
    if (!m_editor->lastChangedSpans().isEmpty())
        m_pageView->updateHighlights(highlightUpdate(m_annotations->annotationSet(), m_editor->lastChangedSpans(), locate));
    updateReviewProgress();
    if (!focusSpanId.isEmpty() && m_annotations->span(focusSpanId))
        showSpanEverywhere(focusSpanId);
}

void MainWindow::updateReviewProgress()
{
    const QList<Span> &spans = m_annotations->annotationSet().spans;
    const int reviewed = int(std::count_if(spans.cbegin(), spans.cend(), [](const Span &span) {
        return span.status != ReviewStatus::Pending;
    }));
    m_reviewProgress->setRange(0, std::max(1, int(spans.size())));
    m_reviewProgress->setValue(reviewed);
    m_reviewProgress->setFormat(tr("%1 of %2 reviewed").arg(reviewed).arg(spans.size()));
    m_reviewProgress->setToolTip(m_reviewProgress->format());
    m_reviewProgress->setVisible(!spans.isEmpty());
}

void MainWindow::selectSpan(const QString &spanId)
{
    if (!spanId.isEmpty())
        showSpanEverywhere(spanId);
}

void MainWindow::goToPending(bool forward)
{
    const AnnotationSet &set = m_annotations->annotationSet();
    const SpanFilter &filter = m_annotationPanel->filterBar()->filter();
    // In the Quotes list N goes to the next quote, not to an entity in another tab; a list
    // sorted by a column (quotes by confidence, least sure first) is walked in its order.
    const std::optional<QStringList> listed = m_annotationPanel->walkedListOrder();
    const QString next = listed ? (forward ? nextPendingListed(set, *listed, m_selectedSpan)
                                           : previousPendingListed(set, *listed, m_selectedSpan))
                                : (forward ? nextPendingSpan(set, m_selectedSpan, filter)
                                           : previousPendingSpan(set, m_selectedSpan, filter));
    if (next.isEmpty()) {
        const Span *current = m_annotations->span(m_selectedSpan);
        const bool currentPending = current && current->status == ReviewStatus::Pending
                                    && (!listed || listed->contains(m_selectedSpan));
        const bool onlyListed = !filter.isEmpty() || listed;
        statusBar()->showMessage(currentPending ? (onlyListed ? tr("No other listed span is pending.") : tr("No other span is pending."))
                                                : (onlyListed ? tr("No listed span is pending.") : tr("No span is pending.")),
                                 messageTimeout);
        return;
    }
    selectSpan(next);
}

void MainWindow::applyLabelKey(const QString &label)
{
    if (m_articleTextAction->isChecked()) {
        const QTextCursor cursor = m_textView->textCursor();
        if (cursor.hasSelection()) {
            const QString error = m_editor->addSpan(label, cursor.selectionStart(), cursor.selectionEnd());
            if (error.isEmpty()) {
                QTextCursor collapsed = m_textView->textCursor();
                collapsed.clearSelection();
                m_textView->setTextCursor(collapsed);
            }
            reportEditResult(error);
            return;
        }
        relabelSelection(label);
        return;
    }
    addSpanFromPageSelection(label);
}

// With an entity current in the Entities tab a key acts on the entity (and leaves it current for
// the next key), else on the selected span.
std::optional<AnnotationPanel::EntityGroup> MainWindow::selectedEntity() const
{
    auto group = m_annotationPanel->currentEntityGroup();
    return group && group->spanIds.contains(m_selectedSpan) ? group : std::nullopt;
}

void MainWindow::actOnSelection(const std::function<QString(const QString &spanId)> &onSpan,
                                const std::function<QString(const AnnotationPanel::EntityGroup &)> &onEntity,
                                bool movesOn)
{
    const auto group = selectedEntity();
    if (!group) {
        reportEditResult(onSpan(m_selectedSpan));
        return;
    }
    const int row = m_annotationPanel->entityRowOf(group->spanIds.first());
    const QString error = onEntity(*group);
    // In a list sorted by confidence a decided entity moves to the end: the reviewer goes on with
    // the one now in its place. A relabelled one stays current, to be corrected again.
    if (error.isEmpty() && movesOn && m_annotationPanel->entitiesSorted()
        && m_annotationPanel->entityRowOf(group->spanIds.first()) != row)
        m_annotationPanel->pickEntityAtRow(row);
    else if (error.isEmpty())
        m_annotationPanel->showEntityOf(group->spanIds.first());
    reportEditResult(error);
}

void MainWindow::relabelSelection(const QString &label)
{
    actOnSelection([&](const QString &spanId) { return m_editor->relabel(spanId, label); },
                   [&](const AnnotationPanel::EntityGroup &entity) {
                       return m_editor->relabelEntity(entity.clusterId, entity.spanIds, label);
                   });
}

void MainWindow::setSelectionStatus(ReviewStatus status)
{
    actOnSelection([&](const QString &spanId) { return m_editor->setStatus(spanId, status); },
                   [&](const AnnotationPanel::EntityGroup &entity) {
                       return m_editor->setEntityStatus(entity.clusterId, entity.spanIds, status);
                   },
                   true);
}

void MainWindow::addSpanFromPageSelection(const QString &label)
{
    m_pageView->requestSelection([this, label](const TextQuote &selection) {
        if (selection.exact.trimmed().isEmpty()) {
            relabelSelection(label);
            return;
        }
        const auto range = locateSelection(m_annotations->annotationSet().text, selection);
        if (!range) {
            reportEditResult(tr("The selected text is not part of the article."));
            return;
        }
        const QString error = m_editor->addSpan(label, range->first, range->second);
        if (error.isEmpty())
            m_pageView->clearSelection();   // the next label key relabels the new span
        reportEditResult(error);
    });
}

void MainWindow::stepBoundary(bool startEdge, bool outward)
{
    const Span *span = m_annotations->span(m_selectedSpan);
    if (!span) {
        reportEditResult(tr("Select a span first."));
        return;
    }
    const QString &text = m_annotations->annotationSet().text;
    int start = span->start;
    int end = span->end;
    if (startEdge)
        start = outward ? wordStartBefore(text, start) : wordStartAfter(text, start);
    else
        end = outward ? wordEndAfter(text, end) : wordEndBefore(text, end);
    if (start >= end) {
        reportEditResult(tr("A span keeps at least one word."));
        return;
    }
    // A quote may run over paragraphs, but a step that crosses a break is easy to miss on the page.
    const bool crossesBreak = !QStringView(text).mid(span->start, span->end - span->start).contains(u'\n')
                              && QStringView(text).mid(start, end - start).contains(u'\n');
    const QString error = m_editor->resize(span->id, start, end);
    if (error.isEmpty() && crossesBreak)
        statusBar()->showMessage(tr("The span now runs over a paragraph break."), messageTimeout);
    else
        reportEditResult(error);
}

void MainWindow::cycleQuoteKind()
{
    const Span *span = m_annotations->span(m_selectedSpan);
    const AttributeDefinition *kind = span ? m_editor->schema().attribute(QStringLiteral("kind"), span->label) : nullptr;
    if (!kind || kind->values.isEmpty()) {
        reportEditResult(tr("Select a quote first."));
        return;
    }
    const qsizetype current = kind->values.indexOf(span->attributes.value(QStringLiteral("kind")).toString());
    const QString next = kind->values.at((current + 1) % kind->values.size());
    reportEditResult(m_editor->setAttribute(span->id, QStringLiteral("kind"), next));
}

void MainWindow::chooseSpeaker()
{
    const Span *quote = m_annotations->span(m_selectedSpan);
    const RelationDefinition *speaker = m_editor->schema().relation(QStringLiteral("speaker"));
    if (!quote || !speaker || !speaker->from.contains(quote->label)) {
        reportEditResult(tr("Select a quote first."));
        return;
    }
    const Span *current = m_annotations->relatedSpan(quote->id, QStringLiteral("speaker"));
    QStringList names;
    QStringList ids;
    for (const Span &span : m_annotations->annotationSet().spans) {
        // The current speaker stays listed even if rejected: it is preselected, and OK keeps it.
        if (!speaker->to.contains(span.label) || (span.status == ReviewStatus::Rejected && &span != current))
            continue;
        const Cluster *cluster = m_annotations->clusterOf(span.id);
        names.append(cluster && cluster->canonical != span.text
                         ? tr("%1 (%2) \u2014 %3").arg(span.text, span.label, cluster->canonical)
                         : tr("%1 (%2)").arg(span.text, span.label));
        ids.append(span.id);
    }
    if (ids.isEmpty()) {
        reportEditResult(tr("The article has no mention that could be the speaker."));
        return;
    }
    // The dialog answers with the text picked: mentions listed alike get their words around them.
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (names.count(names.at(i)) < 2)
            continue;
        const QString name = names.at(i);
        for (qsizetype j = i; j < names.size(); ++j) {
            if (names.at(j) != name)
                continue;
            const Span &mention = *m_annotations->span(ids.at(j));
            const auto oneLine = [](QString text) { return text.replace(QLatin1Char('\n'), QLatin1Char(' ')); };
            names[j] = tr("%1 \u2014 \u2026%2[%3]%4\u2026").arg(name, oneLine(mention.quote.prefix.right(24)), mention.text,
                                                            oneLine(mention.quote.suffix.left(24)));
        }
    }
    const auto chosen = FilteredChoiceDialog::choose(this, tr("Quote Speaker"), tr("Who said %1?").arg(quotedSpanText(quote->text)),
                                                     names, current ? std::max(0, int(ids.indexOf(current->id))) : 0);
    if (!chosen)
        return;
    reportEditResult(m_editor->setSpeaker(quote->id, ids.at(*chosen)));
}

void MainWindow::reportEditResult(const QString &error)
{
    if (!error.isEmpty() && m_editsKeptForLater && !m_editor->isOpen())
        statusBar()->showMessage(tr("Editing is off for this page until the unsaved edits of the last session "
                                    "are restored or discarded: open the page again to decide."), messageTimeout);
    // A done edit takes down the complaint about an earlier one.
    else if (!error.isEmpty())
        statusBar()->showMessage(error, messageTimeout);
    else
        statusBar()->clearMessage();
}

// Another program holds the page's annotations or changed them: a status line is easy to miss,
// and the reviewer must act before any edit can be made.
void MainWindow::showFileConflict(const QString &message, EditError::Conflict conflict)
{
    if (m_fileConflictBox)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, QString(), QString(), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("fileConflictBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDetailedText(message);
    if (conflict == EditError::Conflict::ChangedOnDisk) {
        box->setWindowTitle(tr("Annotations Changed Elsewhere"));
        box->setText(tr("Another program changed the annotations of this page since it was opened here, so "
                        "your edit was not made."));
        box->setInformativeText(tr("Open the page again to see those changes, then make your edit again."));
        QPushButton *again = box->addButton(tr("&Open Page Again"), QMessageBox::AcceptRole);
        again->setObjectName(QStringLiteral("openAgainButton"));
        box->addButton(QMessageBox::Cancel);
        box->setDefaultButton(again);
        connect(again, &QPushButton::clicked, this, &MainWindow::openCurrentPageAgain, Qt::QueuedConnection);
    } else {
        box->setWindowTitle(tr("Annotations in Use"));
        box->setText(tr("Another program is editing the annotations of this page, so your edit was not made."));
        box->setInformativeText(tr("Close the page there, or wait until galley-cli is done, then make your edit "
                                   "again."));
        box->addButton(QMessageBox::Ok);
    }
    m_fileConflictBox = box;
    // The keys go back where they were (the panel's list), not to the list's type-ahead search.
    connect(box, &QDialog::finished, this, [this, focus = QPointer<QWidget>(QApplication::focusWidget())] {
        activateWindow();
        if (focus)
            focus->setFocus();
    });
    box->open();
}

void MainWindow::openCurrentPageAgain()
{
    if (!m_page || isLoading() || !keepOrDiscardEditsBeforeReopening())
        return;
    if (m_corpusLayer) {
        const CorpusLayerTarget target = *m_corpusLayer;
        openCorpusDocument(target);
        return;
    }
    m_pendingPath = m_page->sourcePath;
    m_pendingRecordCount = 0;
    m_pendingCorpusLayer.reset();
    loadRecord(m_pendingPath, m_page->record);
}

bool MainWindow::saveAnnotations()
{
    if (!m_editor->isOpen())
        return false;
    const auto written = m_editor->save();
    if (!written) {
        QMessageBox::warning(this, tr("Could Not Save"), tr("The annotations could not be saved: %1")
                                                             .arg(written.error().message));
        return false;
    }
    statusBar()->showMessage(tr("Annotations saved."), messageTimeout);
    emit annotationsSaved();
    return true;
}

// The page is opened again because another program changed its annotation file: unsaved edits
// here cannot be saved over that file (Save refused, and the prompt came back), so they are kept
// in a copy beside it, or discarded.
bool MainWindow::keepOrDiscardEditsBeforeReopening()
{
    if (!m_editor->hasUnsavedChanges())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved Changes"),
                    tr("The annotations of this page have changes that are not saved, and another program changed "
                       "the saved file, so they cannot be saved over it."),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("reopenUnsavedBox"));
    box.setInformativeText(tr("Keep them in a copy beside the file (galley-cli import can read it back), or discard "
                              "them, then open the page again with the other program's changes."));
    QPushButton *keep = box.addButton(tr("&Keep a Copy"), QMessageBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepCopyButton"));
    QPushButton *discard = box.addButton(QMessageBox::Discard);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() == keep) {
        const auto kept = m_editor->keepUnsavedCopy();
        if (!kept) {
            QMessageBox::warning(this, tr("Could Not Keep a Copy"),
                                 tr("Your edits could not be written to a copy: %1").arg(kept.error().message));
            return false;
        }
        m_editor->discardUnsavedChanges();
        statusBar()->showMessage(tr("Your unsaved edits are kept in %1").arg(QDir::toNativeSeparators(*kept)));
        return true;
    }
    if (box.clickedButton() == discard) {
        m_editor->discardUnsavedChanges();
        return true;
    }
    return false;
}

bool MainWindow::confirmUnsavedChanges()
{
    if (!m_editor->hasUnsavedChanges())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved Changes"), tr("The annotations of this page have changes that are not saved."),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return saveAnnotations();
    if (answer == QMessageBox::Discard) {
        m_editor->discardUnsavedChanges();
        return true;
    }
    return false;
}

// A comment on one span (brat's note, INCEpTION's comment), kept as its "note" attribute; an
// empty one removes it.
void MainWindow::editSpanComment()
{
    const Span *span = m_editor->isOpen() && !m_selectedSpan.isEmpty() ? m_annotations->span(m_selectedSpan) : nullptr;
    if (!span) {
        reportEditResult(tr("Select a span first."));
        return;
    }
    bool ok = false;
    const QString comment = QInputDialog::getMultiLineText(
        this, tr("Span Comment"), tr("Your comment on \u201c%1\u201d, kept with your annotations:").arg(span->text.left(80)),
        span->attributes.value(QStringLiteral("note")).toString(), &ok);
    if (ok)
        reportEditResult(m_editor->setAttributeText(span->id, QStringLiteral("note"), comment.trimmed()));
}

void MainWindow::editDocumentNotes()
{
    if (!m_editor->isOpen()) {
        reportEditResult(tr("No page is open."));
        return;
    }
    bool ok = false;
    const QString notes = QInputDialog::getMultiLineText(this, tr("Document Notes"),
                                                         tr("Your notes on this document, kept with your annotations:"),
                                                         m_editor->documentNotes(), &ok);
    if (ok)
        reportEditResult(m_editor->setDocumentNotes(notes));
}

} // namespace galley
