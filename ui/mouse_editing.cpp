#include "mouse_editing.h"

#include "article_text_view.h"
#include "label_menu.h"
#include "label_popup.h"
#include "page_editing_bridge.h"
#include "page_view.h"
#include "review_annotations.h"
#include "review_editor.h"
#include "selection_in_text.h"
#include "span_labels.h"
#include "text_span_handles.h"
#include "word_snap.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QStatusBar>
#include <QWebEnginePage>
#include <QWebEngineScript>

namespace galley {

namespace {
constexpr int messageTimeout = 6000;
const QString speakerRelation = QStringLiteral("speaker");
} // namespace

MouseEditing::MouseEditing(Parts parts, QWidget *window)
    : QObject(window)
    , m_parts(std::move(parts))
{
    m_pickSpeaker = new QAction(tr("&Pick Speaker in Page"), this);
    m_pickSpeaker->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_L));
    m_pickSpeaker->setShortcutContext(Qt::WindowShortcut);
    m_pickSpeaker->setToolTip(tr("Click the mention who said the selected quote, in the page or the text"));
    connect(m_pickSpeaker, &QAction::triggered, this, &MouseEditing::startPickingSpeaker);
    m_cancelPick = new QAction(tr("Cancel Picking"), this);
    m_cancelPick->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelPick->setShortcutContext(Qt::WindowShortcut);
    m_cancelPick->setEnabled(false);
    // Esc ends picking, or takes the label box away (it floats over the window until then).
    connect(m_cancelPick, &QAction::triggered, this, [this] {
        if (isPickingSpeaker())
            cancelPickingSpeaker();
        else
            m_labelPopup->hide();
    });
    window->addAction(m_cancelPick);

    m_textHandles = new TextSpanHandles(m_parts.text, m_parts.annotations);
    connect(m_textHandles, &TextSpanHandles::resizeDragged, this, [this](const QString &spanId, int start, int end) {
        report(m_parts.editor->resize(spanId, start, end));
    });
    connect(m_textHandles, &TextSpanHandles::dragMoved, this, [this](const QString &preview) {
        m_parts.statusBar->showMessage(tr("Resize to %1").arg(quotedSpanText(preview)));
    });
    connect(m_textHandles, &TextSpanHandles::picked, this, &MouseEditing::pickAt);
    connect(m_textHandles, &TextSpanHandles::menuRequested, this, &MouseEditing::showMenu);

    m_labelPopup = new LabelPopup(m_parts.editor->schema(), window);
    connect(m_labelPopup, &LabelPopup::chosen, this, [this](const QString &label) { m_parts.addSpanFromSelection(label); });
    connect(m_parts.editor, &ReviewEditor::edited, m_labelPopup, &QWidget::hide);
    connect(m_parts.annotations, &ReviewAnnotations::reset, m_labelPopup, &QWidget::hide);
    connect(m_labelPopup, &LabelPopup::visibilityChanged, this, [this](bool visible) {
        m_cancelPick->setEnabled(visible || isPickingSpeaker());
    });
    // The box belongs to the selection it appeared by: the keyboard or a click elsewhere (the panel,
    // Ctrl+3) leaves it behind.
    connect(qApp, &QApplication::focusChanged, m_labelPopup, [this](QWidget *, QWidget *now) {
        const auto within = [now](QWidget *area) { return area && (now == area || area->isAncestorOf(now)); };
        if (now && !within(m_parts.page) && !within(m_parts.text) && !within(m_labelPopup))
            m_labelPopup->hide();
    });
    connect(qApp, &QGuiApplication::applicationStateChanged, m_labelPopup, [this](Qt::ApplicationState state) {
        if (state != Qt::ApplicationActive)
            m_labelPopup->hide();   // it floats above every window
    });
    const auto showPopup = [this](bool hasSelection, QPoint globalPosition) {
        if (hasSelection && !isPickingSpeaker())
            m_labelPopup->showBelow(globalPosition);
        else
            m_labelPopup->hide();
    };
    connect(m_textHandles, &TextSpanHandles::selectionMade, this, showPopup);
    connect(m_parts.page->editingBridge(), &PageEditingBridge::selectionReported, this,
            [this, showPopup](bool hasSelection, QPointF client) {
                showPopup(hasSelection, m_parts.page->mapToGlobal((client * m_parts.page->zoomFactor()).toPoint()));
            });

    // Another document (or a set rebuilt under the mode) ends picking.
    connect(m_parts.annotations, &ReviewAnnotations::reset, this, &MouseEditing::cancelPickingSpeaker);

    PageEditingBridge *bridge = m_parts.page->editingBridge();
    connect(bridge, &PageEditingBridge::resizeDragged, this, &MouseEditing::resizeFromPage);
    connect(bridge, &PageEditingBridge::picked, this, &MouseEditing::pickFromPage);
    connect(bridge, &PageEditingBridge::menuRequested, this,
            [this](const QString &spanId, bool hasSelection, QPointF client) {
                const QPointF device = client * m_parts.page->zoomFactor();
                showMenu(spanId, hasSelection, m_parts.page->mapToGlobal(device.toPoint()));
            });
}

void MouseEditing::report(const QString &error)
{
    if (!error.isEmpty())
        m_parts.statusBar->showMessage(error, messageTimeout);
    else
        m_parts.statusBar->clearMessage();
}

void MouseEditing::resizeFromPage(const QString &spanId, bool startEdge, const TextQuote &extent)
{
    const Span *span = m_parts.annotations->span(spanId);
    if (!span)
        return;
    const QString &text = m_parts.annotations->annotationSet().text;
    const auto found = locateSelection(text, extent);
    if (!found) {
        report(tr("The new extent is not part of the article."));
        return;
    }
    // Only the dragged boundary moves; the other stays exactly where the span had it.
    const int start = startEdge ? snapStartToWord(text, found->first) : span->start;
    const int end = startEdge ? span->end : snapEndToWord(text, found->second);
    if (start >= end) {
        report(tr("A span keeps at least one word."));
        return;
    }
    report(m_parts.editor->resize(spanId, start, end));
}

bool MouseEditing::isQuote(const Span *span) const
{
    const RelationDefinition *speaker = m_parts.editor->schema().relation(speakerRelation);
    return span && speaker && speaker->from.contains(span->label);
}

bool MouseEditing::canSpeak(const Span &span) const
{
    const RelationDefinition *speaker = m_parts.editor->schema().relation(speakerRelation);
    return speaker && speaker->to.contains(span.label) && span.status != ReviewStatus::Rejected;
}

void MouseEditing::startPickingSpeaker()
{
    const Span *quote = m_parts.annotations->span(m_parts.selectedSpan());
    if (!isQuote(quote)) {
        report(tr("Select a quote first."));
        return;
    }
    m_pickingFor = quote->id;
    m_labelPopup->hide();
    m_cancelPick->setEnabled(true);
    m_textHandles->setPicking(true);
    m_parts.page->page()->runJavaScript(QStringLiteral("window.galleyMouseEditing && window.galleyMouseEditing.setPicking(true)"),
                                        QWebEngineScript::ApplicationWorld);
    m_parts.statusBar->showMessage(
        tr("Click the mention who said %1, in the page or the text (Esc cancels).").arg(quotedSpanText(quote->text)));
}

void MouseEditing::cancelPickingSpeaker()
{
    if (m_pickingFor.isEmpty())
        return;
    m_pickingFor.clear();
    m_cancelPick->setEnabled(false);
    m_textHandles->setPicking(false);
    m_parts.page->page()->runJavaScript(QStringLiteral("window.galleyMouseEditing && window.galleyMouseEditing.setPicking(false)"),
                                        QWebEngineScript::ApplicationWorld);
    m_parts.statusBar->clearMessage();
}

void MouseEditing::pickSpeaker(const QString &mentionId)
{
    const QString quote = m_pickingFor;
    cancelPickingSpeaker();
    report(m_parts.editor->setSpeaker(quote, mentionId));
}

void MouseEditing::pickFromPage(const QStringList &spanIds, const TextQuote &word)
{
    if (!isPickingSpeaker())
        return;
    for (const QString &id : spanIds) {
        if (const Span *span = m_parts.annotations->span(id); span && canSpeak(*span)) {
            pickSpeaker(id);
            return;
        }
    }
    const auto found = word.exact.isEmpty() ? std::nullopt
                                            : locateSelection(m_parts.annotations->annotationSet().text, word);
    pickAt(found ? found->first : -1);
}

// The innermost mention that can speak covering the offset.
void MouseEditing::pickAt(int textOffset)
{
    if (!isPickingSpeaker())
        return;
    const Span *best = nullptr;
    for (const Span &span : m_parts.annotations->annotationSet().spans) {
        if (span.start <= textOffset && textOffset < span.end && canSpeak(span)
            && (!best || span.end - span.start < best->end - best->start))
            best = &span;
    }
    if (!best) {
        m_parts.statusBar->showMessage(
            tr("No mention that can speak is there: click a highlighted name (Esc cancels)."));
        return;
    }
    pickSpeaker(best->id);
}

void MouseEditing::showMenu(const QString &spanId, bool hasSelection, QPoint globalPosition)
{
    if (isPickingSpeaker())
        return;
    if (m_menu)
        m_menu->close();
    m_labelPopup->hide();
    const Span *span = m_parts.annotations->span(spanId);
    if (!span && !hasSelection)
        return;
    auto *menu = new QMenu(m_parts.text->window());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    ReviewEditor *editor = m_parts.editor;
    if (hasSelection) {
        menu->addSection(tr("Add Span"));
        addLabelActions(menu, editor->schema(), m_parts.addSpanFromSelection);
    }
    if (span) {
        const QString id = span->id;
        // Which of the spans on these words it acts on: "Aleppo" is a place and a speaker.
        // The label first: a long span's words are cut at the menu's width.
        menu->addSection(tr("%1: %2").arg(labelDisplayName(span->label), quotedSpanText(span->text)));
        // The keys that do the same, after a tab: menus show them in their shortcut column.
        menu->addAction(tr("&Accept") + QStringLiteral("\tA"), this,
                        [this, id] { report(m_parts.editor->setStatus(id, ReviewStatus::Accepted)); });
        menu->addAction(tr("&Reject") + QStringLiteral("\tX"), this,
                        [this, id] { report(m_parts.editor->setStatus(id, ReviewStatus::Rejected)); });
        QMenu *relabel = menu->addMenu(tr("Re&label"));
        addLabelActions(relabel, editor->schema(), [this, id](const QString &label) {
            report(m_parts.editor->relabel(id, label));
        }, span->label);
        menu->addAction(tr("&Delete"), this, [this, id] { report(m_parts.editor->deleteSpan(id)); });
        const Span *quote = m_parts.annotations->span(m_parts.selectedSpan());
        QAction *speaker = menu->addAction(tr("Set as &Speaker of the Selected Quote"), this, [this, id] {
            const QString quoteId = m_parts.selectedSpan();
            report(m_parts.editor->setSpeaker(quoteId, id));
        });
        speaker->setEnabled(isQuote(quote) && quote->id != id && canSpeak(*span));
    }
    m_menu = menu;
    menu->popup(globalPosition);
}

} // namespace galley
