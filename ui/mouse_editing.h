#pragma once

#include "annotation/annotation_set.h"

#include <QMenu>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QStatusBar;

namespace galley {

class ArticleTextView;
class LabelPopup;
class PageView;
class ReviewAnnotations;
class ReviewEditor;
class TextSpanHandles;

// The review window's mouse editing, in the page and in the article text view alike:
// - dragging a handle of the selected span resizes it (one undoable ReviewEditor::resize, the
//   boundary snapped to whole words);
// - "Pick Speaker in Page" (Shift+L): with a quote selected, the next click on a mention (or on
//   text inside one) makes it the quote's speaker; Esc cancels;
// - text just selected with the mouse gets a small box of labels beside it (LabelPopup);
// - a right click on selected text offers the labels to add a span with, a right click on a
//   highlight offers accept, reject, relabel, delete and "set as speaker of the selected quote".
class MouseEditing final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MouseEditing)

public:
    // What of the review window it works on.
    struct Parts
    {
        PageView *page = nullptr;
        ArticleTextView *text = nullptr;
        ReviewEditor *editor = nullptr;
        ReviewAnnotations *annotations = nullptr;
        QStatusBar *statusBar = nullptr;
        std::function<QString()> selectedSpan;
        // Adds a span with the label from the text selected in the visible view (the label keys' path).
        std::function<void(const QString &label)> addSpanFromSelection;
    };

    MouseEditing(Parts parts, QWidget *window);

    QAction *pickSpeakerAction() const { return m_pickSpeaker; }
    bool isPickingSpeaker() const { return !m_pickingFor.isEmpty(); }
    void startPickingSpeaker();
    void cancelPickingSpeaker();
    // The context menu on screen, if one is.
    QMenu *contextMenu() const { return m_menu; }
    TextSpanHandles *textHandles() const { return m_textHandles; }
    // The label box shown by text the mouse just selected.
    LabelPopup *labelPopup() const { return m_labelPopup; }

private:
    void resizeFromPage(const QString &spanId, bool startEdge, const TextQuote &extent);
    void pickFromPage(const QStringList &spanIds, const TextQuote &word);
    void pickAt(int textOffset);
    void pickSpeaker(const QString &mentionId);
    bool canSpeak(const Span &span) const;
    bool isQuote(const Span *span) const;
    void showMenu(const QString &spanId, bool hasSelection, QPoint globalPosition);
    void report(const QString &error);

    Parts m_parts;
    QAction *m_pickSpeaker = nullptr;
    QAction *m_cancelPick = nullptr;
    TextSpanHandles *m_textHandles = nullptr;
    LabelPopup *m_labelPopup = nullptr;
    QString m_pickingFor;   // the quote whose speaker the next click picks
    QPointer<QMenu> m_menu;
};

} // namespace galley
