#include "text_span_handles.h"

#include "article_text_view.h"
#include "review_annotations.h"
#include "word_snap.h"

#include <QContextMenuEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

namespace galley {

namespace {
const QColor accent(0xe8, 0x59, 0x0c);
constexpr int gripHalfWidth = 7;
constexpr int knob = 10;
} // namespace

TextSpanHandles::TextSpanHandles(ArticleTextView *view, ReviewAnnotations *annotations)
    : QWidget(view->viewport())
    , m_view(view)
    , m_annotations(annotations)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setGeometry(view->viewport()->rect());
    view->viewport()->installEventFilter(this);
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, qOverload<>(&QWidget::update));
    connect(annotations, &ReviewAnnotations::spanChanged, this, qOverload<>(&QWidget::update));
    connect(annotations, &ReviewAnnotations::reset, this, qOverload<>(&QWidget::update));
    show();
}

void TextSpanHandles::setPicking(bool picking)
{
    m_picking = picking;
    m_view->viewport()->setCursor(picking ? Qt::CrossCursor : Qt::IBeamCursor);
}

std::optional<TextSpanHandles::Extent> TextSpanHandles::shownExtent() const
{
    if (m_dragEdge)
        return m_preview;
    const Span *span = m_annotations->span(m_view->selectedSpanId());
    const int length = int(m_annotations->annotationSet().text.size());
    if (!span || span->start < 0 || span->end > length || span->start >= span->end)
        return std::nullopt;
    return Extent{span->start, span->end};
}

QRect TextSpanHandles::caretRect(int position) const
{
    QTextCursor cursor(m_view->document());
    cursor.setPosition(qBound(0, position, m_view->document()->characterCount() - 1));
    return m_view->cursorRect(cursor);
}

QRect TextSpanHandles::gripRect(bool startEdge) const
{
    const auto extent = shownExtent();
    if (!extent)
        return {};
    const QRect caret = caretRect(startEdge ? extent->start : extent->end);
    return QRect(caret.center().x() - gripHalfWidth, caret.top() - knob, 2 * gripHalfWidth, caret.height() + 2 * knob);
}

void TextSpanHandles::paintEvent(QPaintEvent *)
{
    m_paintedStart = gripRect(true);
    m_paintedEnd = gripRect(false);
    if (m_paintedStart.isEmpty())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    for (bool start : {true, false}) {
        const QRect grip = start ? m_paintedStart : m_paintedEnd;
        const int x = grip.center().x();
        painter.fillRect(QRect(x - 1, grip.top() + knob - 2, 2, grip.height() - 2 * knob + 4), accent);
        const QRect ball(x - knob / 2, start ? grip.top() : grip.bottom() - knob + 1, knob, knob);
        painter.setPen(QPen(Qt::white, 1));
        painter.setBrush(accent);
        painter.drawEllipse(ball);
    }
}

// QPlainTextEdit scrolls a few lines by QWidget::scroll on its viewport, which moves the
// viewport's children with the text: the layer goes back over the whole viewport, where the
// handles' viewport coordinates hold.
void TextSpanHandles::moveEvent(QMoveEvent *event)
{
    QWidget::moveEvent(event);
    if (pos() != QPoint(0, 0)) {
        move(0, 0);
        update();
    }
}

// Handles follow the text when the view scrolls, wraps or re-lays it out: after each repaint
// of the viewport the layer repaints too, but only when a handle moved (else the two would keep
// asking each other to paint).
void TextSpanHandles::refreshIfMoved()
{
    if (gripRect(true) != m_paintedStart || gripRect(false) != m_paintedEnd)
        update();
}

bool TextSpanHandles::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view->viewport())
        return false;
    switch (event->type()) {
    case QEvent::Resize:
        setGeometry(m_view->viewport()->rect());
        return false;
    case QEvent::Paint:
        QMetaObject::invokeMethod(this, &TextSpanHandles::refreshIfMoved, Qt::QueuedConnection);
        return false;
    case QEvent::ContextMenu: {
        if (m_picking || m_dragEdge)
            return true;
        auto *menu = static_cast<QContextMenuEvent *>(event);
        const int offset = m_view->cursorForPosition(menu->pos()).position();
        emit menuRequested(m_view->spanIdAt(offset), m_view->textCursor().hasSelection(), menu->globalPos());
        return true;
    }
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
        return handleMouse(event);
    default:
        return false;
    }
}

bool TextSpanHandles::handleMouse(QEvent *event)
{
    auto *mouse = static_cast<QMouseEvent *>(event);
    const QPoint at = mouse->position().toPoint();
    const QString &text = m_annotations->annotationSet().text;
    if (m_picking) {
        if (mouse->button() != Qt::LeftButton)
            return mouse->type() != QEvent::MouseMove;
        if (mouse->type() == QEvent::MouseButtonRelease)
            emit picked(m_view->cursorForPosition(at).position());
        return true;
    }
    if (!m_dragEdge) {
        if (mouse->type() == QEvent::MouseButtonRelease && mouse->button() == Qt::LeftButton) {
            const QTextCursor selection = m_view->textCursor();
            QTextCursor end(m_view->document());
            end.setPosition(selection.selectionEnd());
            const QRect caret = m_view->cursorRect(end);
            emit selectionMade(selection.hasSelection(),
                               m_view->viewport()->mapToGlobal(QPoint(caret.center().x(), caret.bottom())));
        }
        if (mouse->type() != QEvent::MouseButtonPress || mouse->button() != Qt::LeftButton)
            return false;
        const auto extent = shownExtent();
        if (!extent)
            return false;
        const bool onStart = gripRect(true).contains(at);
        if (!onStart && !gripRect(false).contains(at))
            return false;
        m_dragEdge = onStart;
        m_dragSpan = m_view->selectedSpanId();
        m_preview = *extent;
        update();
        return true;
    }
    if (mouse->type() == QEvent::MouseMove) {
        const int position = m_view->cursorForPosition(at).position();
        Extent next = m_preview;
        if (*m_dragEdge)
            next.start = snapStartToWord(text, position);
        else
            next.end = snapEndToWord(text, position);
        if (next.start < next.end && (next.start != m_preview.start || next.end != m_preview.end)) {
            m_preview = next;
            QTextCursor selection(m_view->document());
            selection.setPosition(m_preview.start);
            selection.setPosition(m_preview.end, QTextCursor::KeepAnchor);
            m_view->setTextCursor(selection);
            emit dragMoved(text.mid(m_preview.start, m_preview.end - m_preview.start));
            update();
        }
        return true;
    }
    if (mouse->type() == QEvent::MouseButtonRelease && mouse->button() == Qt::LeftButton) {
        const Extent done = m_preview;
        const QString spanId = m_dragSpan;
        m_dragEdge.reset();
        m_dragSpan.clear();
        QTextCursor collapsed = m_view->textCursor();
        collapsed.clearSelection();
        m_view->setTextCursor(collapsed);
        update();
        emit resizeDragged(spanId, done.start, done.end);
    }
    return true;
}

} // namespace galley
