#pragma once

#include "annotation/annotation_edit.h"

#include <QList>
#include <QUndoCommand>

namespace galley {

class ReviewEditor;

// One reviewer action on the undo stack: one or more AnnotationEdits applied together through
// the editor (and so journalled). Undo applies the inverses applyEdit returned, last first.
class AnnotationEditCommand final : public QUndoCommand
{
public:
    AnnotationEditCommand(ReviewEditor *editor, QList<AnnotationEdit> edits, QString focusSpanId,
                          const QString &text);

    void redo() override;
    void undo() override;

private:
    ReviewEditor *m_editor;
    QList<AnnotationEdit> m_edits;
    QList<AnnotationEdit> m_inverses;
    QString m_focusSpanId;
};

} // namespace galley
