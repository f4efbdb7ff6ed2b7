#pragma once

#include "dom_range.h"
#include "served_page.h"

#include <QTimer>
#include <QWebEngineView>

#include <memory>

class QWebEngineProfile;

namespace galley {

class PageRequestInterceptor;
class PageSchemeHandler;

// Shows a saved page as it was, safely: its own off-the-record profile, page JavaScript off,
// every request through PageRequestInterceptor and PageSchemeHandler, links not followed.
// Galley's own script (resources/scripts/galley-page.js) runs in the isolated application world
// and flashes ranges on request.
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

signals:
    void pageLoaded(bool ok);
    void flashed(const QString &text);   // empty when the range was not found in the page

private:
    PageSchemeHandler *m_schemeHandler = nullptr;
    PageRequestInterceptor *m_interceptor = nullptr;
    QTimer m_flashEnd;   // page timers do not run with page scripts off; C++ ends the flash
};

} // namespace galley
