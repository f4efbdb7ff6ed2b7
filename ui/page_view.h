#pragma once

#include "dom_range.h"
#include "served_page.h"

#include "annotation/annotation_set.h"

#include <QJsonObject>
#include <QStringList>
#include <QVariantMap>
#include <QTimer>
#include <QWebEngineView>

#include <functional>
#include <memory>

class QWebEngineProfile;

namespace galley {

class PageBridge;
class PageEditingBridge;
class PageRequestInterceptor;
class PageSchemeHandler;

// What highlighting a page achieved.
struct HighlightOutcome
{
    int placed = 0;              // spans drawn in the page
    QStringList unplaced;        // ids of spans found neither by DOM range nor by quote
    int marks = 0;               // elements drawn (a span across several text nodes needs several)
    double milliseconds = 0;     // time the page script took, layout included
    QVariantMap phases;          // milliseconds per step: "clear", "locate", "wrap", "layout"
};

// Shows a saved page as it was, safely: its own off-the-record profile, page JavaScript off,
// every request through PageRequestInterceptor and PageSchemeHandler, links not followed.
// Galley's own scripts (resources/scripts/galley-page.js, galley-highlights.js) run in the
// isolated application world: they flash ranges and draw annotation highlights, and report
// clicks and hovers through a QWebChannel that only that world sees.
class PageView final : public QWebEngineView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageView)

public:
    explicit PageView(QWidget *parent = nullptr);
    ~PageView() override;

    void showPage(std::shared_ptr<const ServedPage> served);
    void clearPage();
    // Scrolls `range` into view and highlights it for a moment; emits flashed() with its text.
    void flash(const DomRange &range);
    PageRequestInterceptor *requestInterceptor() const { return m_interceptor; }
    // Boundary drags, speaker picks and right clicks in the page (galley-mouse-editing.js).
    PageEditingBridge *editingBridge() const { return m_editingBridge; }

    // Highlights the spans of `request` (see galley-highlights.js) now, or once the page has
    // loaded; again after every reload. Emits highlighted().
    void setHighlights(const QJsonObject &request);
    // After an edit: redraws only the spans in `update` (see highlightUpdate()) and answers with
    // highlighted() for the whole page, as setHighlights does.
    void updateHighlights(const QJsonObject &update);
    // Marks a highlighted span as selected, scrolls to it and flashes it; emits flashed().
    void revealSpan(const QString &spanId);
    // The text the reader selected in the page with up to 64 characters either side (empty
    // `exact` when nothing is selected); answers asynchronously.
    void requestSelection(std::function<void(const TextQuote &selection)> answer);
    void clearSelection();

signals:
    void pageLoaded(bool ok);
    void flashed(const QString &text);   // empty when the range was not found in the page
    // The same answer, told apart: flash() alone, revealSpan() alone.
    void rangeFlashed(const QString &text);
    void spanRevealed(const QString &spanId, const QString &text);
    void highlighted(const galley::HighlightOutcome &outcome);
    void spanClicked(const QString &spanId);
    void spanHovered(const QString &spanId);   // empty when the pointer left every highlight

private:
    void applyHighlights();
    void runHighlightScript(const QString &call);

    PageSchemeHandler *m_schemeHandler = nullptr;
    PageRequestInterceptor *m_interceptor = nullptr;
    PageBridge *m_bridge = nullptr;
    PageEditingBridge *m_editingBridge = nullptr;
    QJsonObject m_highlights;
    bool m_loaded = false;
    QTimer m_flashEnd;   // page timers do not run with page scripts off; C++ ends the flash
};

} // namespace galley
