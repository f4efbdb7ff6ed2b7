#pragma once

#include "served_page.h"

#include <QWebEngineUrlSchemeHandler>

#include <memory>

namespace galley {

// Answers galley-page: (and MHTML cid:) requests for the page currently shown: the document itself, files under
// its resource folder (HTML on disk) or resources carried by the archive (MHTML, WARC).
// Anything else fails with "not found" or "denied".
class PageSchemeHandler final : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageSchemeHandler)

public:
    explicit PageSchemeHandler(QObject *parent = nullptr);

    void setServedPage(std::shared_ptr<const ServedPage> served);
    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    std::shared_ptr<const ServedPage> m_served;
};

} // namespace galley
