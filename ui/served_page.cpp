#include "served_page.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "page_url_scheme.h"

#include <QDir>
#include <QFileInfo>

#include <atomic>

namespace galley {

namespace {

QUrl schemeUrl(const QString &host, const QString &encodedPathAndQuery)
{
    return QUrl(QString::fromLatin1(pageUrlScheme) + QStringLiteral("://") + host
                + encodedPathAndQuery, QUrl::StrictMode);
}

bool isHttp(const QUrl &url)
{
    return url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
}

QString pathAndQuery(const QUrl &url)
{
    QString result = url.path(QUrl::FullyEncoded);
    if (result.isEmpty())
        result = QStringLiteral("/");
    if (url.hasQuery())
        result += QLatin1Char('?') + url.query(QUrl::FullyEncoded);
    return result;
}

// Lower-case, without the trailing dot of a fully qualified name.
QString servedHost(const QUrl &url)
{
    QString host = url.host(QUrl::FullyEncoded).toLower();
    while (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    return host;
}

} // namespace

QString archiveKey(const QUrl &url)
{
    return servedHost(url) + pathAndQuery(url);
}

std::shared_ptr<const ServedPage> makeServedPage(std::shared_ptr<const Page> page,
                                                 const QString &generatedHtml)
{
    static std::atomic<int> servedCount = 0;
    auto served = std::make_shared<ServedPage>();
    served->hostSuffix = QStringLiteral(".p%1").arg(++servedCount);
    const QString &suffix = served->hostSuffix;
    served->documentHtml = (page->format == PageFormat::Text ? generatedHtml : page->content).toUtf8();
    switch (page->format) {
    case PageFormat::Text:
        served->documentUrl = schemeUrl(QStringLiteral("text") + suffix, QStringLiteral("/index.html"));
        break;
    case PageFormat::Html: {
        const QString name = QFileInfo(page->sourcePath).fileName();
        served->documentUrl = schemeUrl(QStringLiteral("local") + suffix, QStringLiteral("/")
                                        + QString::fromLatin1(QUrl::toPercentEncoding(name)));
        break;
    }
    case PageFormat::Mhtml:
    case PageFormat::Warc: {
        for (auto it = page->resources.cbegin(); it != page->resources.cend(); ++it) {
            const QUrl url(it.key());
            if (isHttp(url))
                served->archivedKeys.insert(archiveKey(url), it.key());
        }
        const QUrl original(page->url);
        served->documentUrl = isHttp(original) && !original.host().isEmpty()
                                  ? schemeUrl(servedHost(original) + suffix, pathAndQuery(original))
                                  : schemeUrl(QStringLiteral("archive") + suffix, QStringLiteral("/index.html"));
        break;
    }
    }
    served->page = std::move(page);
    return served;
}

std::optional<QUrl> servedArchiveUrl(const ServedPage &served, const QUrl &original)
{
    if (!isHttp(original) || original.host().isEmpty() || !served.archivedKeys.contains(archiveKey(original)))
        return std::nullopt;
    return schemeUrl(servedHost(original) + served.hostSuffix, pathAndQuery(original));
}

std::optional<QString> requestedHost(const ServedPage &served, const QUrl &request)
{
    const QString host = request.host(QUrl::FullyEncoded).toLower();
    if (request.scheme() != QLatin1String(pageUrlScheme) || !host.endsWith(served.hostSuffix))
        return std::nullopt;
    return host.chopped(served.hostSuffix.size());
}

std::optional<QString> requestedResource(const ServedPage &served, const QUrl &request)
{
    const auto host = requestedHost(served, request);
    if (!host)
        return std::nullopt;
    const auto key = served.archivedKeys.constFind(*host + pathAndQuery(request));
    if (key == served.archivedKeys.constEnd())
        return std::nullopt;
    return key.value();
}

namespace {

QString rootPrefix(const QString &root)
{
    const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
    if (canonicalRoot.isEmpty())
        return {};
    return canonicalRoot.endsWith(QLatin1Char('/')) ? canonicalRoot : canonicalRoot + QLatin1Char('/');
}

} // namespace

std::unique_ptr<QFile> openLocalResource(const QString &root, const QString &urlPath, qint64 maxSize)
{
    if (root.isEmpty())
        return nullptr;
    const QStringList segments = urlPath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (segments.isEmpty())
        return nullptr;
    for (const QString &segment : segments) {
        if (segment == QLatin1String("..") || segment == QLatin1String(".") || segment.contains(QLatin1Char('\\')))
            return nullptr;
    }
    const QString prefix = rootPrefix(root);
    if (prefix.isEmpty())
        return nullptr;
    const QByteArray path = QFile::encodeName(prefix + segments.join(QLatin1Char('/')));
    // O_NONBLOCK: opening a FIFO must not wait for a writer; no effect on regular files.
    const int fd = ::open(path.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return nullptr;
    struct stat info {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode) || info.st_size > maxSize) {
        ::close(fd);
        return nullptr;
    }
    // Where the opened file really is, whatever the path's symlinks point to by now.
    const QString opened = QFileInfo(QStringLiteral("/proc/self/fd/%1").arg(fd)).symLinkTarget();
    if (opened.isEmpty() || !opened.startsWith(prefix)) {
        ::close(fd);
        return nullptr;
    }
    auto file = std::make_unique<QFile>(opened);
    if (!file->open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return nullptr;
    }
    return file;
}

bool contentIdRequestAllowed(const ServedPage &served, const QUrl &initiator)
{
    return served.page && served.page->format == PageFormat::Mhtml && requestedHost(served, initiator).has_value();
}

} // namespace galley
