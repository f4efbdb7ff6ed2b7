#pragma once

#include "served_page.h"

#include <QWebEngineUrlRequestInterceptor>

#include <memory>

namespace galley {

// The page's only way out: galley-page:, cid: and data: requests pass, archived http(s) URLs are
// redirected to their galley-page: copy, every other request (http, https, ws, file, ftp, ...)
// is blocked. Counts what it blocked, for the status bar and the tests.
class PageRequestInterceptor final : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageRequestInterceptor)

public:
    explicit PageRequestInterceptor(QObject *parent = nullptr);

    void setServedPage(std::shared_ptr<const ServedPage> served);
    void interceptRequest(QWebEngineUrlRequestInfo &info) override;
    int blockedCount() const { return m_blocked; }

private:
    std::shared_ptr<const ServedPage> m_served;
    int m_blocked = 0;
};

} // namespace galley
