#pragma once

#include <QPointer>
#include <QWidget>

namespace galley {

class ArticleTextView;
class ReviewAnnotations;

// Mouse editing in the article text view, drawn on a transparent layer over its viewport: a
// handle at the start and the end of the selected span, which a drag moves word by word (the
// view selects the new extent while the button is down); a pick mode in which the next click
// reports the text offset clicked instead of selecting; and right clicks. Owns no annotations:
// it reports what the mouse did.
class TextSpanHandles final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextSpanHandles)

public:
    TextSpanHandles(ArticleTextView *view, ReviewAnnotations *annotations);

    void setPicking(bool picking);
    // A handle's grip in viewport coordinates; empty when no span is selected or it is not drawn.
    QRect gripRect(bool startEdge) const;

signals:
    void resizeDragged(const QString &spanId, int start, int end);
    void dragMoved(const QString &previewText);
    void picked(int textOffset);
    void menuRequested(const QString &spanId, bool hasSelection, QPoint globalPosition);
    // After the left button was let go (no handle dragged): whether text is selected now, and
    // the bottom of the selection's end.
    void selectionMade(bool hasSelection, QPoint globalPosition);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void moveEvent(QMoveEvent *event) override;

private:
    struct Extent
    {
        int start = 0;
        int end = 0;
    };
    std::optional<Extent> shownExtent() const;
    QRect caretRect(int position) const;
    bool handleMouse(QEvent *event);
    void refreshIfMoved();

    ArticleTextView *m_view;
    ReviewAnnotations *m_annotations;
    bool m_picking = false;
    std::optional<bool> m_dragEdge;   // set while a handle is dragged: true for the start
    QString m_dragSpan;
    Extent m_preview;
    QRect m_paintedStart, m_paintedEnd;
};

} // namespace galley
