#include "annotation_edit_command.h"

#include "review_editor.h"

namespace galley {

AnnotationEditCommand::AnnotationEditCommand(ReviewEditor *editor, QList<AnnotationEdit> edits,
                                             QString focusSpanId, const QString &text)
    : QUndoCommand(text)
    , m_editor(editor)
    , m_edits(std::move(edits))
    , m_focusSpanId(std::move(focusSpanId))
{
}

void AnnotationEditCommand::redo()
{
    auto inverses = m_editor->applyEdits(m_edits, m_focusSpanId);
    if (!inverses) {
        // Refused by the set (it changed under us): the stack drops an obsolete command.
        setObsolete(true);
        return;
    }
    m_inverses = std::move(inverses).value();
}

void AnnotationEditCommand::undo()
{
    if (!m_editor->applyEdits(m_inverses, m_focusSpanId))
        setObsolete(true);
}

} // namespace galley
