#include "page_request_interceptor.h"

#include "page_url_scheme.h"

#include <QLoggingCategory>

namespace galley {

namespace {
Q_LOGGING_CATEGORY(requestLog, "galley.page.requests")
} // namespace

PageRequestInterceptor::PageRequestInterceptor(QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
{
}

void PageRequestInterceptor::setServedPage(std::shared_ptr<const ServedPage> served)
{
    m_served = std::move(served);
    m_blocked = 0;
}

// Qt 6 calls this on the UI thread, so the members need no lock.
void PageRequestInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QUrl url = info.requestUrl();
    const QString scheme = url.scheme();
    if (scheme == QLatin1String(pageUrlScheme) || scheme == QLatin1String(contentIdScheme)
        || scheme == QLatin1String("data"))
        return;
    if (m_served) {
        if (const auto redirected = servedArchiveUrl(*m_served, url)) {
            info.redirect(*redirected);
            return;
        }
    }
    ++m_blocked;
    qCDebug(requestLog, "blocked %s", qUtf8Printable(url.toDisplayString()));
    info.block(true);
}

} // namespace galley
