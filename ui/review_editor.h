#pragma once

#include "annotation/annotation_document.h"
#include "annotation/label_schema.h"
#include "annotation/structural_edits.h"
#include "util/durable_file.h"

#include <QObject>
#include <QUndoStack>

#include <functional>
#include <memory>

namespace galley {

class ReviewAnnotations;

// The reviewer's changes to the open page's annotations. Each action becomes one command on the
// undo stack; its edits go through AnnotationDocument (journalled before they show) and then to
// ReviewAnnotations, which the models and the page follow. Actions return an error message for
// the status bar, empty when the action was done.
class ReviewEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewEditor)

public:
    // Where a span between two text offsets lies in the page, for spans the reviewer adds or resizes.
    using DomLocator = std::function<std::optional<DomRange>(int start, int end)>;

    ReviewEditor(ReviewAnnotations *annotations, LabelSchema schema, QObject *parent = nullptr);
    ~ReviewEditor() override;

    // Opens the page's annotation file (replaying a crashed session's journal) or starts from
    // `fresh`, and shows the result. Clears the undo stack.
    Expected<RecoveryReport, DocumentError> open(const QString &pagePath, int record,
                                                 const AnnotationSet &fresh, DomLocator locate);
    // Stops editing (the journal stays for the next open).
    void close();
    // Forgets the edits not saved: the journal goes, the next open starts from the saved file.
    void discardUnsavedChanges();
    // Writes the annotations as they are here, unsaved edits and all, to a file of their own
    // beside the annotation file ("PAGE.galley.json.unsaved-20261207-171500"), when they cannot
    // be saved over it (another program changed it); its path, or why it could not be written.
    Expected<QString, FileError> keepUnsavedCopy() const;
    bool isOpen() const { return m_document && m_document->isOpen(); }
    // Edits since the last save that undo has not taken back to the saved state.
    bool hasUnsavedChanges() const;
    Expected<qint64, DocumentError> save();

    // A corpus layer: the first edit also marks the document in progress (in the same undo step).
    void setMarksProgressOnFirstEdit(bool marks) { m_marksProgress = marks; }
    DocumentStatus documentStatus() const;
    QString setDocumentStatus(DocumentStatus status);
    QString documentNotes() const;
    QString setDocumentNotes(const QString &notes);

    QUndoStack *undoStack() const { return m_undoStack; }
    // Ids of the spans the last applied edits (action, undo or redo) added, changed or removed.
    const QStringList &lastChangedSpans() const { return m_lastChangedSpans; }
    const LabelSchema &schema() const { return m_schema; }

    QString setStatus(const QString &spanId, ReviewStatus status);
    // Accepts or rejects an entity's names (an empty clusterId: names in no cluster), in one undo
    // step; accepting leaves the rejected ones rejected.
    QString setEntityStatus(const QString &clusterId, const QStringList &spanIds, ReviewStatus status);
    QString relabel(const QString &spanId, const QString &label);
    // An entity and each of its names not rejected (names in no cluster: an empty clusterId and
    // the group's spans), in one undo step; only to an entity label.
    QString relabelEntity(const QString &clusterId, const QStringList &spanIds, const QString &label);
    QString resize(const QString &spanId, int start, int end);
    // A span of the selection [start, end), snapped to whole words.
    QString addSpan(const QString &label, int start, int end);
    // Removes the span with the relations from and to it (speaker, cue, cluster membership).
    QString deleteSpan(const QString &spanId);
    // Sets (or, with a null value, removes) an attribute, checked against the schema.
    QString setAttribute(const QString &spanId, const QString &name, const QVariant &value);
    // The same from text a reviewer typed: a number attribute must read as a number, an enum
    // must be one of its values; empty text removes the attribute.
    QString setAttributeText(const QString &spanId, const QString &name, const QString &text);
    QString setSpeaker(const QString &quoteId, const QString &mentionId);
    QString renameCluster(const QString &clusterId, const QString &name);
    // The other entities called as this one is, which may be the same entity: said after a
    // rename, so the reviewer can merge them (empty when there are none).
    QString sameNameNotice(const QString &clusterId) const;

    // The edits of a core action (split, merge, clusters, cue) as one undoable command named
    // `text`; returns why it was refused, empty when done or when it changes nothing.
    QString pushEdits(const EditListResult &edits, const QString &focusSpanId, const QString &text);
    // Stamps for core actions: now, the reviewer, and where a stretch of text is in the page.
    EditContext editContext() const;

    // For AnnotationEditCommand: applies the edits in order (all or none) and returns their
    // inverses, last first.
    Expected<QList<AnnotationEdit>, EditError> applyEdits(const QList<AnnotationEdit> &edits,
                                                          const QString &focusSpanId);

signals:
    // After every applied action, undo and redo: the span to keep in view (may be empty).
    void edited(const QString &focusSpanId);
    void unsavedChangesChanged(bool unsaved);
    // An edit was refused because another program holds the annotation file or changed it.
    void fileConflict(const QString &message, EditError::Conflict conflict);

private:
    void releaseDocument();
    QString push(QList<AnnotationEdit> edits, const QString &focusSpanId, const QString &text);
    // The entity's name for undo texts: its cluster's canonical name, or the first span's text.
    QString entityName(const QString &clusterId, const Span &first) const;
    // The undo stack's name for setting or clearing an attribute.
    QString attributeEditText(const Span &span, const QString &name, const QString &value) const;

    ReviewAnnotations *m_annotations;
    LabelSchema m_schema;
    std::unique_ptr<AnnotationDocument> m_document;
    QUndoStack *m_undoStack;
    DomLocator m_locate;
    QString m_refusal;   // why the last edit was refused
    bool m_marksProgress = false;
    bool m_cleanIsSaved = false;   // the undo stack's clean state is the file on disk
    QStringList m_lastChangedSpans;
};

// “Elena Varga”: a span's text as undo entries and messages quote it, shortened when long.
QString quotedSpanText(const QString &text);

} // namespace galley
