#include "article_text_view.h"

#include "doubtful_spans.h"

#include "highlight_opacity.h"
#include "review_annotations.h"
#include "span_labels.h"

#include <QApplication>
#include <QMouseEvent>
#include <QTextBlock>

#include <algorithm>
#include <numeric>

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
    connect(document, &ReviewAnnotations::spanChanged, this, [this] {
        m_highlightsStale = true;
        catchUp();
    });
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
    m_textStale = true;
    catchUp();
}

void ArticleTextView::refreshHighlights()
{
    m_highlightsStale = true;
    catchUp();
}

// Brings the text and the highlights up to date, unless the view is hidden.
void ArticleTextView::catchUp()
{
    if (!isVisible())
        return;
    if (m_textStale) {
        m_textStale = false;
        setPlainText(m_document->annotationSet().text);
        m_highlightsStale = true;
    }
    if (m_highlightsStale)
        updateHighlights();
    const Span *span = m_revealPending ? m_document->span(m_selected) : nullptr;
    m_revealPending = false;
    if (span) {
        QTextCursor cursor(document());
        cursor.setPosition(qBound(0, span->start, document()->characterCount() - 1));
        setTextCursor(cursor);
        centerCursor();
    }
}

void ArticleTextView::showEvent(QShowEvent *event)
{
    QPlainTextEdit::showEvent(event);
    catchUp();
}

// Whether each span (by index) lies inside a longer one: spans in order of start, longest first
// at equal starts; a span is nested when an earlier one reaches at least as far and is longer.
static QList<bool> nestedSpans(const QList<Span> &spans)
{
    QList<qsizetype> order(spans.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&spans](qsizetype a, qsizetype b) {
        const Span &x = spans.at(a);
        const Span &y = spans.at(b);
        return x.start != y.start ? x.start < y.start : x.end > y.end;
    });
    QList<bool> nested(spans.size(), false);
    int reach = -1;            // the furthest end of the spans so far
    int reachLength = 0;       // the length of the span that reaches it
    for (const qsizetype index : order) {
        const Span &span = spans.at(index);
        const int length = span.end - span.start;
        nested[index] = reach >= span.end && reachLength > length;
        if (span.end > reach || (span.end == reach && length > reachLength)) {
            reach = span.end;
            reachLength = length;
        }
    }
    return nested;
}

void ArticleTextView::updateHighlights()
{
    m_highlightsStale = false;
    const QList<Span> &spans = m_document->annotationSet().spans;
    const int length = int(m_document->annotationSet().text.size());
    const QList<bool> nestedFlags = nestedSpans(spans);
    QList<QTextEdit::ExtraSelection> selections;
    selections.reserve(spans.size() + 1);
    for (qsizetype index = 0; index < spans.size(); ++index) {
        const Span &span = spans.at(index);
        if (span.start < 0 || span.end > length || span.end <= span.start)
            continue;
        // Nested in a longer span: an underline of its own instead of a second tint.
        const bool nested = nestedFlags.at(index);
        const QColor color = labelColor(span.label);
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(span.start);
        selection.cursor.setPosition(span.end, QTextCursor::KeepAnchor);
        QColor tint = color;
        tint.setAlphaF(nested ? 0.0 : float(highlightOpacity()));
        selection.format.setBackground(tint);
        // A span to review its finder is unsure of (dashed in the page): wavy, as a word to check.
        selection.format.setUnderlineStyle(isDoubtful(span) ? QTextCharFormat::WaveUnderline
                                           : nested         ? QTextCharFormat::DashUnderline
                                                            : QTextCharFormat::SingleUnderline);
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
    if (!m_document->span(spanId))
        return;
    m_selected = spanId;
    m_highlightsStale = true;
    m_revealPending = true;
    catchUp();
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
