#pragma once

#include "load/page.h"

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QUrl>

#include <memory>
#include <optional>

namespace galley {

// What the web view may load for one page, and under which galley-page: URLs.
//   HTML on disk  galley-page://local.pN/<path under Page::resourceRoot>
//   MHTML / WARC  galley-page://<original host>.pN/<original path and query>, from Page::resources
//   text copy     galley-page://text.pN/index.html, the HTML Galley generated
// ".pN" is new for every ServedPage: nothing the engine cached for an earlier page matches, and
// requests left over from an earlier page are refused. (A suffix, not a prefix: a host whose last
// label is a number must be an IPv4 address, so "p1.127.0.0.1" would not be a valid URL.)
struct ServedPage
{
    std::shared_ptr<const Page> page;
    QByteArray documentHtml;   // UTF-8 markup of the document itself
    QUrl documentUrl;
    QString hostSuffix;        // ".p7"
    QHash<QString, QString> archivedKeys;   // archiveKey(url) -> key in Page::resources
};

// `generatedHtml` replaces the content for text copies (see TextPageLayout).
std::shared_ptr<const ServedPage> makeServedPage(std::shared_ptr<const Page> page,
                                                 const QString &generatedHtml = {});

// host + path + query of a URL, the scheme ignored: how archived resources are matched.
QString archiveKey(const QUrl &url);

// The galley-page: URL an archived absolute http(s) URL is served under, or nullopt when the
// archive does not hold it.
std::optional<QUrl> servedArchiveUrl(const ServedPage &served, const QUrl &original);

// The host a galley-page: request names without this page's suffix ("local", "text", the
// original host); nullopt when the request belongs to another page.
std::optional<QString> requestedHost(const ServedPage &served, const QUrl &request);

// The Page::resources key a galley-page: request for an archived resource names, or nullopt.
std::optional<QString> requestedResource(const ServedPage &served, const QUrl &request);


// Files larger than this are not served from a page folder (an <img src="big.iso"> must not
// stall the view or exhaust memory).
inline constexpr qint64 maxLocalResourceSize = qint64(256) * 1024 * 1024;

// Opens the file under `root` that a galley-page://local/ URL path names, read-only, and checks
// the opened file itself (not the path again): it must be a regular file inside the canonical
// root, at most `maxSize` bytes. nullptr otherwise. Opening never blocks (FIFOs are refused).
std::unique_ptr<QFile> openLocalResource(const QString &root, const QString &urlPath,
                                         qint64 maxSize = maxLocalResourceSize);

// Whether a cid: request made by `initiator` belongs to this page: only MHTML pages have parts
// named by Content-ID, and the request must come from one of this page's galley-page: hosts.
bool contentIdRequestAllowed(const ServedPage &served, const QUrl &initiator);

} // namespace galley
