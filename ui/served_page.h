#pragma once

#include "load/page.h"

#include <QByteArray>
#include <QHash>
#include <QUrl>

#include <memory>
#include <optional>

namespace galley {

// What the web view may load for one page, and under which galley-page: URLs.
//   HTML on disk  galley-page://local/<path under Page::resourceRoot>
//   MHTML / WARC  galley-page://<original host>/<original path and query>, from Page::resources
//   text copy     galley-page://text/index.html, the HTML Galley generated
struct ServedPage
{
    std::shared_ptr<const Page> page;
    QByteArray documentHtml;   // UTF-8 markup of the document itself
    QUrl documentUrl;
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

// The file under `root` that a galley-page://local/ URL path names; nullopt when the path leaves
// the folder (.., symlinks pointing outside), does not exist or is not a regular file.
std::optional<QString> localResourcePath(const QString &root, const QString &urlPath);

} // namespace galley
