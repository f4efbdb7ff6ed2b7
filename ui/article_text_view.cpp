#include "article_text_view.h"

#include "highlight_opacity.h"
#include "review_annotations.h"
#include "span_labels.h"

#include <QApplication>
#include <QMouseEvent>
#include <QTextBlock>

#include <algorithm>

namespace galley {

ArticleTextView::ArticleTextView(ReviewAnnotations *document, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_document(document)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setAccessibleName(tr("Article text"));
    setFrameShape(QFrame::NoFrame);
    setViewportMargins(24, 16, 24, 16);
    setFont(defaultFont());
    connect(document, &ReviewAnnotations::reset, this, &ArticleTextView::rebuild);
    connect(document, &ReviewAnnotations::spanChanged, this, &ArticleTextView::updateHighlights);
    rebuild();
}

QFont ArticleTextView::defaultFont()
{
    QFont font = QApplication::font("QPlainTextEdit");
    font.setPointSizeF(font.pointSizeF() * 1.15);
    return font;
}

void ArticleTextView::rebuild()
{
    m_selected.clear();
    setPlainText(m_document->annotationSet().text);
    updateHighlights();
}

void ArticleTextView::updateHighlights()
{
    const QList<Span> &spans = m_document->annotationSet().spans;
    const int length = int(m_document->annotationSet().text.size());
    QList<QTextEdit::ExtraSelection> selections;
    selections.reserve(spans.size() + 1);
    for (const Span &span : spans) {
        if (span.start < 0 || span.end > length || span.end <= span.start)
            continue;
        // Nested in a longer span: an underline of its own instead of a second tint.
        const bool nested = std::any_of(spans.cbegin(), spans.cend(), [&span](const Span &other) {
            return other.id != span.id && other.start <= span.start && other.end >= span.end
                   && other.end - other.start > span.end - span.start;
        });
        const QColor color = labelColor(span.label);
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(span.start);
        selection.cursor.setPosition(span.end, QTextCursor::KeepAnchor);
        QColor tint = color;
        tint.setAlphaF(nested ? 0.0 : float(highlightOpacity()));
        selection.format.setBackground(tint);
        selection.format.setUnderlineStyle(nested ? QTextCharFormat::DashUnderline : QTextCharFormat::SingleUnderline);
        selection.format.setUnderlineColor(color);
        selection.format.setFontStrikeOut(span.status == ReviewStatus::Rejected);
        selection.format.setToolTip(labelDisplayName(span.label));
        selections.append(selection);
    }
    if (const Span *selected = m_document->span(m_selected)) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(qBound(0, selected->start, length));
        selection.cursor.setPosition(qBound(0, selected->end, length), QTextCursor::KeepAnchor);
        selection.format.setBackground(QColor(255, 196, 0, 110));
        selections.append(selection);
    }
    setExtraSelections(selections);
}

void ArticleTextView::showSpan(const QString &spanId)
{
    const Span *span = m_document->span(spanId);
    if (!span)
        return;
    m_selected = spanId;
    updateHighlights();
    QTextCursor cursor(document());
    cursor.setPosition(qBound(0, span->start, document()->characterCount() - 1));
    setTextCursor(cursor);
    centerCursor();
}

QString ArticleTextView::spanIdAt(int textOffset) const
{
    const Span *innermost = nullptr;
    for (const Span &span : m_document->annotationSet().spans) {
        if (span.start <= textOffset && textOffset < span.end
            && (!innermost || span.end - span.start < innermost->end - innermost->start))
            innermost = &span;
    }
    return innermost ? innermost->id : QString();
}

void ArticleTextView::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || textCursor().hasSelection())
        return;
    const QString id = spanIdAt(cursorForPosition(event->position().toPoint()).position());
    if (id.isEmpty())
        return;
    m_selected = id;
    updateHighlights();
    emit spanClicked(id);
}

} // namespace galley
