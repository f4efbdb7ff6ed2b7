#include "review_editor.h"

#include "annotation_edit_command.h"
#include "review_annotations.h"
#include "word_snap.h"

#include "annotation/annotation_file.h"
#include "annotation/span_removal.h"
#include "annotation/span_review_edits.h"
#include "pipeline/marked_spans.h"
#include "util/durable_file.h"
#include "util/login_name.h"

#include <QDateTime>
#include <QFile>
#include <QLocale>

namespace galley {

QString quotedSpanText(const QString &text)
{
    QString shown = text.simplified();
    if (shown.size() > 40)
        shown = shown.left(39) + QChar(0x2026);
    return QStringLiteral("\u201c%1\u201d").arg(shown);
}

ReviewEditor::ReviewEditor(ReviewAnnotations *annotations, LabelSchema schema, QObject *parent)
    : QObject(parent)
    , m_annotations(annotations)
    , m_schema(std::move(schema))
    , m_undoStack(new QUndoStack(this))
{
    // Undoing back to the saved state leaves nothing to save.
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this] { emit unsavedChangesChanged(hasUnsavedChanges()); });
}

bool ReviewEditor::hasUnsavedChanges() const
{
    if (!isOpen() || !m_document->hasUnsavedChanges())
        return false;
    return m_document->isReanchoredUnsaved() || !m_cleanIsSaved || !m_undoStack->isClean();
}

ReviewEditor::~ReviewEditor() { releaseDocument(); }

void ReviewEditor::releaseDocument()
{
    // Edits undone back to the saved state leave a journal that would replay to nothing; it goes
    // once the document (which holds it open) has let go of it.
    const bool nothingToKeep = isOpen() && m_document->hasUnsavedChanges() && !hasUnsavedChanges();
    const QString journal = isOpen() ? m_document->journalPath() : QString();
    m_document.reset();
    if (nothingToKeep)
        QFile::remove(journal);
}

Expected<RecoveryReport, DocumentError> ReviewEditor::open(const QString &pagePath, int record,
                                                           const AnnotationSet &fresh, DomLocator locate)
{
    releaseDocument();
    m_undoStack->clear();
    m_locate = std::move(locate);
    m_document = std::make_unique<AnnotationDocument>();
    auto report = m_document->open(pagePath, record, fresh);
    if (!report) {
        m_document.reset();
        return report;
    }
    m_annotations->setAnnotationSet(m_document->set());
    // edits recovered from the journal are unsaved, and no undo takes them back
    m_cleanIsSaved = !m_document->hasUnsavedChanges();
    emit unsavedChangesChanged(hasUnsavedChanges());
    return report;
}

void ReviewEditor::close()
{
    releaseDocument();
    m_undoStack->clear();
    emit unsavedChangesChanged(false);
}

Expected<QString, FileError> ReviewEditor::keepUnsavedCopy() const
{
    if (!isOpen())
        return FileError{tr("No page is open.")};
    const QString path = m_document->filePath() + QStringLiteral(".unsaved-")
                         + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const auto written = writeFileAtomically(path, annotationFileJson(m_document->set()));
    if (!written)
        return written.error();
    return path;
}

void ReviewEditor::discardUnsavedChanges()
{
    if (!isOpen())
        return;
    const QString journal = m_document->journalPath();
    m_document.reset();
    QFile::remove(journal);
    m_undoStack->clear();
    emit unsavedChangesChanged(false);
}

Expected<qint64, DocumentError> ReviewEditor::save()
{
    if (!isOpen())
        return DocumentError{tr("No page is open."), {}};
    auto written = m_document->save();
    if (written) {
        m_cleanIsSaved = true;
        m_undoStack->setClean();
    }
    emit unsavedChangesChanged(hasUnsavedChanges());
    return written;
}

Expected<QList<AnnotationEdit>, EditError> ReviewEditor::applyEdits(const QList<AnnotationEdit> &edits,
                                                                    const QString &focusSpanId)
{
    if (!isOpen()) {
        m_refusal = tr("No page is open.");
        return EditError{m_refusal};
    }
    QList<AnnotationEdit> inverses;
    for (const AnnotationEdit &edit : edits) {
        auto inverse = m_document->apply(edit);
        if (!inverse) {
            for (const AnnotationEdit &undo : std::as_const(inverses))
                (void)m_document->apply(undo);
            m_refusal = inverse.error().message;
            // the stack drops the refused command: its clean state may no longer be the saved one
            m_cleanIsSaved = false;
            emit unsavedChangesChanged(hasUnsavedChanges());
            if (inverse.error().conflict != EditError::Conflict::None)
                emit fileConflict(m_refusal, inverse.error().conflict);
            return inverse.error();
        }
        inverses.prepend(std::move(inverse).value());
    }
    m_lastChangedSpans.clear();
    for (const AnnotationEdit &edit : edits) {
        if (const auto *spanChange = std::get_if<SpanChange>(&edit))
            m_lastChangedSpans.append(spanChange->after ? spanChange->after->id : spanChange->before->id);
    }
    // A span's own fields changed: the models update its row. Anything else (a span added or
    // removed, a label, a relation, a cluster) regroups the panels.
    const auto *change = edits.size() == 1 ? std::get_if<SpanChange>(&edits.first()) : nullptr;
    if (change && change->before && change->after && change->before->label == change->after->label)
        m_annotations->updateSpan(*change->after);
    else
        m_annotations->replaceAnnotationSet(m_document->set());
    emit edited(focusSpanId);
    emit unsavedChangesChanged(hasUnsavedChanges());
    return inverses;
}

DocumentStatus ReviewEditor::documentStatus() const
{
    return isOpen() ? m_document->set().document.status : DocumentStatus::NotStarted;
}

QString ReviewEditor::setDocumentStatus(DocumentStatus status)
{
    if (!isOpen())
        return tr("No page is open.");
    const QString text = status == DocumentStatus::Done         ? tr("Mark Document Done")
                         : status == DocumentStatus::InProgress ? tr("Mark Document In Progress")
                         : status == DocumentStatus::NotStarted ? tr("Mark Document Not Started")
                                                                : tr("Mark Document Adjudicated");
    return pushEdits(galley::setDocumentStatus(m_document->set(), status), {}, text);
}

QString ReviewEditor::documentNotes() const
{
    return isOpen() ? m_document->set().document.notes : QString();
}

QString ReviewEditor::setDocumentNotes(const QString &notes)
{
    if (!isOpen())
        return tr("No page is open.");
    return pushEdits(galley::setDocumentNotes(m_document->set(), notes), {}, tr("Edit Document Notes"));
}

QString ReviewEditor::push(QList<AnnotationEdit> edits, const QString &focusSpanId, const QString &text)
{
    m_refusal.clear();
    if (m_marksProgress && isOpen() && m_document->set().document.status == DocumentStatus::NotStarted
        && !std::holds_alternative<DocumentFieldsChange>(edits.value(0))) {
        DocumentFields fields = m_document->set().document;
        fields.status = DocumentStatus::InProgress;
        edits.prepend(setDocumentFields(m_document->set(), fields));
    }
    m_undoStack->push(new AnnotationEditCommand(this, std::move(edits), focusSpanId, text));
    return m_refusal.isEmpty() ? QString() : tr("%1 could not be done: %2").arg(text, m_refusal);
}

QString ReviewEditor::pushEdits(const EditListResult &edits, const QString &focusSpanId, const QString &text)
{
    if (!isOpen())
        return tr("No page is open.");
    if (!edits)
        return tr("%1 could not be done: %2").arg(text, edits.error().message);
    if (edits->isEmpty())
        return {};
    return push(*edits, focusSpanId, text);
}

EditContext ReviewEditor::editContext() const
{
    EditContext context;
    const QString reviewer = isOpen() ? m_document->set().reviewer : QString();
    context.reviewer = reviewer.isEmpty() ? loginName() : reviewer;
    context.locate = m_locate;
    context.numberLocale = QLocale();
    if (isOpen())
        context.readAttributes = markedNumberReader(m_document->set());
    return context;
}

QString ReviewEditor::setStatus(const QString &spanId, ReviewStatus status)
{
    const Span *span = isOpen() ? m_annotations->span(spanId) : nullptr;
    if (!span)
        return tr("Select a span first.");
    const QString text = status == ReviewStatus::Rejected ? tr("Reject %1").arg(quotedSpanText(span->text))
                                                          : tr("Accept %1").arg(quotedSpanText(span->text));
    return pushEdits(setSpanStatus(m_document->set(), spanId, status, editContext()), spanId, text);
}

QString ReviewEditor::relabel(const QString &spanId, const QString &label)
{
    const Span *span = isOpen() ? m_annotations->span(spanId) : nullptr;
    if (!span)
        return tr("Select a span first.");
    const LabelDefinition *definition = m_schema.label(label);
    if (!definition)
        return tr("The schema has no label %1.").arg(label);
    return pushEdits(relabelSpan(m_document->set(), m_schema, spanId, label, editContext()), spanId,
                     tr("Label %1 as %2").arg(quotedSpanText(span->text), definition->displayName));
}

QString ReviewEditor::relabelEntity(const QString &clusterId, const QStringList &spanIds, const QString &label)
{
    const Span *first = isOpen() && !spanIds.isEmpty() ? m_annotations->span(spanIds.first()) : nullptr;
    if (!first)
        return tr("Select an entity first.");
    const LabelDefinition *definition = m_schema.label(label);
    if (!definition)
        return tr("The schema has no label %1.").arg(label);
    if (definition->group != LabelGroup::Entity)
        return tr("An entity takes an entity label, not %1: to relabel one name, select it under its entity.")
            .arg(definition->displayName);
    const EditListResult edits = clusterId.isEmpty()
        ? relabelNames(m_document->set(), m_schema, spanIds, label, editContext())
        : galley::relabelEntity(m_document->set(), m_schema, clusterId, label, editContext());
    return pushEdits(edits, first->id,
                     tr("Label entity %1 as %2").arg(quotedSpanText(entityName(clusterId, *first)), definition->displayName));
}

QString ReviewEditor::setEntityStatus(const QString &clusterId, const QStringList &spanIds, ReviewStatus status)
{
    const Span *first = isOpen() && !spanIds.isEmpty() ? m_annotations->span(spanIds.first()) : nullptr;
    if (!first)
        return tr("Select an entity first.");
    const QString name = quotedSpanText(entityName(clusterId, *first));
    const QString text = status == ReviewStatus::Rejected ? tr("Reject entity %1").arg(name) : tr("Accept entity %1").arg(name);
    return pushEdits(setSpansStatus(m_document->set(), spanIds, status, editContext()), first->id, text);
}

QString ReviewEditor::entityName(const QString &clusterId, const Span &first) const
{
    for (const Cluster &cluster : m_document->set().clusters) {
        if (cluster.id == clusterId)
            return cluster.canonical;
    }
    return first.text;
}

QString ReviewEditor::resize(const QString &spanId, int start, int end)
{
    const Span *span = isOpen() ? m_annotations->span(spanId) : nullptr;
    if (!span)
        return tr("Select a span first.");
    const QString &text = m_document->set().text;
    if (start < 0 || end > text.size() || start >= end)
        return tr("A span cannot be empty or leave the text.");
    return pushEdits(resizeSpan(m_document->set(), spanId, start, end, editContext()), spanId,
                     tr("Resize %1 to %2").arg(quotedSpanText(span->text), quotedSpanText(text.mid(start, end - start))));
}

QString ReviewEditor::addSpan(const QString &label, int start, int end)
{
    if (!isOpen())
        return tr("No page is open.");
    const LabelDefinition *definition = m_schema.label(label);
    if (!definition)
        return tr("The schema has no label %1.").arg(label);
    const QString &text = m_document->set().text;
    if (start < 0 || end > text.size() || QStringView(text).mid(start, end - start).trimmed().isEmpty())
        return tr("Select some text of the article first.");
    // A selection made by hand often cuts a word ("ice i" of "twice in"); a span holds whole words.
    start = snapStartToWord(text, start);
    end = snapEndToWord(text, end);
    const auto edits = addNewSpan(m_document->set(), m_schema, label, start, end, editContext());
    const auto *added = edits && !edits->isEmpty() ? std::get_if<SpanChange>(&edits->first()) : nullptr;
    const QString id = added && added->after ? added->after->id : QString();
    return pushEdits(edits, id,
                     tr("Add %1 %2").arg(definition->displayName, quotedSpanText(text.mid(start, end - start).trimmed())));
}

QString ReviewEditor::deleteSpan(const QString &spanId)
{
    const Span *span = isOpen() ? m_annotations->span(spanId) : nullptr;
    if (!span)
        return tr("Select a span first.");
    auto edits = spanDeletion(m_document->set(), spanId);
    if (!edits)
        return edits.error().message;
    return push(std::move(*edits), {}, tr("Delete %1").arg(quotedSpanText(span->text)));
}

QString ReviewEditor::setAttribute(const QString &spanId, const QString &name, const QVariant &value)
{
    const Span *span = isOpen() ? m_annotations->span(spanId) : nullptr;
    if (!span)
        return tr("Select a span first.");
    return pushEdits(setSpanAttribute(m_document->set(), m_schema, spanId, name, value, editContext()), spanId,
                     attributeEditText(*span, name, value.toString()));
}

QString ReviewEditor::setAttributeText(const QString &spanId, const QString &name, const QString &text)
{
    const Span *span = isOpen() ? m_annotations->span(spanId) : nullptr;
    if (!span)
        return tr("Select a span first.");
    return pushEdits(setSpanAttributeText(m_document->set(), m_schema, spanId, name, text, editContext()), spanId,
                     attributeEditText(*span, name, text));
}

QString ReviewEditor::attributeEditText(const Span &span, const QString &name, const QString &value) const
{
    return value.isEmpty() ? tr("Clear %1 of %2").arg(name, quotedSpanText(span.text))
                           : tr("Set %1 of %2 to %3").arg(name, quotedSpanText(span.text), value);
}

QString ReviewEditor::setSpeaker(const QString &quoteId, const QString &mentionId)
{
    const Span *quote = isOpen() ? m_annotations->span(quoteId) : nullptr;
    const Span *mention = isOpen() ? m_annotations->span(mentionId) : nullptr;
    if (!quote || !mention)
        return tr("Select a quote and a speaker first.");
    const RelationDefinition *definition = m_schema.relation(QStringLiteral("speaker"));
    if (definition && (!definition->from.contains(quote->label) || !definition->to.contains(mention->label)))
        return tr("%1 cannot be the speaker of %2.").arg(quotedSpanText(mention->text), quotedSpanText(quote->text));
    const QString text = tr("Set speaker of %1 to %2").arg(quotedSpanText(quote->text), quotedSpanText(mention->text));
    return pushEdits(linkQuote(m_document->set(), m_schema, QStringLiteral("speaker"), quoteId, mentionId, editContext()),
                     quoteId, text);
}

QString ReviewEditor::renameCluster(const QString &clusterId, const QString &name)
{
    if (!isOpen())
        return tr("No page is open.");
    const QString trimmed = name.simplified();
    for (const Cluster &cluster : m_document->set().clusters) {
        if (cluster.id != clusterId)
            continue;
        if (trimmed.isEmpty())
            return tr("An entity's name cannot be empty: %1 keeps its name.").arg(quotedSpanText(cluster.canonical));
        if (trimmed == cluster.canonical)
            return {};
        Cluster renamed = cluster;
        renamed.canonical = trimmed;
        auto edit = updateCluster(m_document->set(), renamed);
        if (!edit)
            return edit.error().message;
        return push({*edit}, {}, tr("Rename %1 to %2").arg(quotedSpanText(cluster.canonical), quotedSpanText(trimmed)));
    }
    return tr("This entity has no cluster to rename.");
}

QString ReviewEditor::sameNameNotice(const QString &clusterId) const
{
    if (!isOpen())
        return {};
    const AnnotationSet &set = m_document->set();
    const auto renamed = std::find_if(set.clusters.begin(), set.clusters.end(),
                                      [&](const Cluster &cluster) { return cluster.id == clusterId; });
    if (renamed == set.clusters.end())
        return {};
    QList<Cluster> others = clustersNamed(set, renamed->canonical);
    others.removeIf([&](const Cluster &cluster) { return cluster.id == clusterId; });
    if (others.isEmpty())
        return {};
    return tr("%n other entity(s) called %1 (%2): if they are the same, select one and press G to merge it "
              "into the other.", nullptr, int(others.size()))
        .arg(quotedSpanText(others.first().canonical), others.first().label);
}

} // namespace galley
