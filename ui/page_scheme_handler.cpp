#include "page_scheme_handler.h"

#include "page_url_scheme.h"

#include <QBuffer>
#include <QFile>
#include <QMimeDatabase>
#include <QWebEngineUrlRequestJob>

namespace galley {

namespace {

void replyWith(QWebEngineUrlRequestJob *job, const QByteArray &contentType, const QByteArray &body)
{
    auto *buffer = new QBuffer(job);
    buffer->setData(body);
    buffer->open(QIODevice::ReadOnly);
    job->reply(contentType, buffer);
}

QByteArray mimeTypeFor(const QString &name, const QByteArray &body)
{
    static const QMimeDatabase database;
    return database.mimeTypeForFileNameAndData(name, body).name().toLatin1();
}

} // namespace

PageSchemeHandler::PageSchemeHandler(QObject *parent)
    : QWebEngineUrlSchemeHandler(parent)
{
}

void PageSchemeHandler::setServedPage(std::shared_ptr<const ServedPage> served)
{
    m_served = std::move(served);
}

void PageSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QUrl url = job->requestUrl();
    if (!m_served || job->requestMethod() != "GET") {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    const ServedPage &served = *m_served;
    if (url.scheme() == QLatin1String(contentIdScheme)) {
        if (!contentIdRequestAllowed(served, job->initiator())) {
            job->fail(QWebEngineUrlRequestJob::RequestDenied);
            return;
        }
        const auto part = served.page->resources.constFind(url.toString(QUrl::FullyEncoded));
        if (part == served.page->resources.constEnd()) {
            job->fail(QWebEngineUrlRequestJob::UrlNotFound);
            return;
        }
        replyWith(job, part->contentType.isEmpty() ? mimeTypeFor(QString(), part->body) : part->contentType.toLatin1(),
                  part->body);
        return;
    }
    if (url.adjusted(QUrl::RemoveFragment) == served.documentUrl) {
        replyWith(job, QByteArrayLiteral("text/html;charset=utf-8"), served.documentHtml);
        return;
    }
    switch (served.page->format) {
    case PageFormat::Text:
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    case PageFormat::Html: {
        if (requestedHost(served, url) != QStringLiteral("local")) {
            job->fail(QWebEngineUrlRequestJob::RequestDenied);
            return;
        }
        // Streamed by the engine from the open file; too large, special or outside files are refused.
        std::unique_ptr<QFile> file = openLocalResource(served.page->resourceRoot, url.path(QUrl::FullyDecoded));
        if (!file) {
            job->fail(QWebEngineUrlRequestJob::UrlNotFound);
            return;
        }
        // By the requested name (a file opened from a descriptor has none) and the first bytes:
        // in standards mode Chromium applies style sheets only when served as text/css.
        static const QMimeDatabase database;
        const QByteArray contentType = database.mimeTypeForFileNameAndData(url.fileName(), file.get()).name().toLatin1();
        QFile *device = file.release();
        device->setParent(job);
        job->reply(contentType, device);
        return;
    }
    case PageFormat::Mhtml:
    case PageFormat::Warc: {
        const auto key = requestedResource(served, url);
        if (!key) {
            job->fail(QWebEngineUrlRequestJob::UrlNotFound);
            return;
        }
        const Resource &resource = served.page->resources.value(*key);
        const QByteArray contentType = resource.contentType.isEmpty()
                                           ? mimeTypeFor(url.fileName(), resource.body)
                                           : resource.contentType.toLatin1();
        replyWith(job, contentType, resource.body);
        return;
    }
    }
}

} // namespace galley
