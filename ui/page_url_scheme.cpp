#include "page_url_scheme.h"

#include <QWebEngineUrlScheme>

namespace galley {

QByteArray pageUrlSchemeName()
{
    return QByteArray(pageUrlScheme);
}

QByteArray contentIdSchemeName()
{
    return QByteArray(contentIdScheme);
}

void registerPageUrlScheme()
{
    QWebEngineUrlScheme contentId(contentIdSchemeName());
    contentId.setSyntax(QWebEngineUrlScheme::Syntax::Path);
    contentId.setFlags(QWebEngineUrlScheme::SecureScheme);
    QWebEngineUrlScheme::registerScheme(contentId);

    QWebEngineUrlScheme scheme(pageUrlSchemeName());
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    scheme.setDefaultPort(QWebEngineUrlScheme::PortUnspecified);
    // Secure: no mixed-content downgrades. Not Local: it may not read file: URLs.
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme);
    QWebEngineUrlScheme::registerScheme(scheme);
}

} // namespace galley
