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

    // The application font a little larger, for reading; Preferences may choose another.
    static QFont defaultFont();

    // Selects the span's text and scrolls to it, without emitting spanClicked.
    void showSpan(const QString &spanId);
    // The innermost span at a UTF-16 offset of the text; empty when none covers it.
    QString spanIdAt(int textOffset) const;
    // Draws the highlights again, after label colours or their opacity changed.
    void updateHighlights();

signals:
    void spanClicked(const QString &spanId);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void rebuild();

    ReviewAnnotations *m_document;
    QString m_selected;
};

} // namespace galley
