#pragma once

#include <QPlainTextEdit>

namespace galley {

class ReviewAnnotations;

// The article as plain text with the same highlights as the page: each span tinted in its label
// colour, spans nested in others underlined, rejected spans struck out. Clicking a highlight
// reports its innermost span.
class ArticleTextView final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleTextView)

public:
    explicit ArticleTextView(ReviewAnnotations *document, QWidget *parent = nullptr);

    // Selects the span's text and scrolls to it, without emitting spanClicked.
    void showSpan(const QString &spanId);
    // The innermost span at a UTF-16 offset of the text; empty when none covers it.
    QString spanIdAt(int textOffset) const;
    // The span last shown or clicked (its boundaries get handles, text_span_handles.h).
    const QString &selectedSpanId() const { return m_selected; }
    // Draws the highlights again (now, or when next shown), after label colours or their opacity changed.
    void refreshHighlights();
    // The application font a little larger, for reading; Preferences may choose another.
    static QFont defaultFont();

signals:
    void spanClicked(const QString &spanId);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    void catchUp();
    void updateHighlights();

    ReviewAnnotations *m_document;
    QString m_selected;
    // While hidden (most of a review) the view does not follow edits: it catches up when shown.
    bool m_textStale = false;
    bool m_highlightsStale = false;
    bool m_revealPending = false;   // showSpan() was called while hidden
};

} // namespace galley
