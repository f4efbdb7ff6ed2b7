#include "page_view.h"

#include "highlight_request.h"
#include "page_bridge.h"
#include "page_editing_bridge.h"
#include "page_request_interceptor.h"
#include "page_scheme_handler.h"
#include "page_url_scheme.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QJsonArray>
#include <QPointer>
#include <QWebChannel>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>
#include <QWebEngineSettings>

static void initGalleyResources()
{
    Q_INIT_RESOURCE(galley_resources);
}

namespace galley {

namespace {

Q_LOGGING_CATEGORY(pageLog, "galley.page")

// Follows no links and opens no windows: the view shows the one page Galley loaded.
class ReadOnlyWebPage final : public QWebEnginePage
{
public:
    explicit ReadOnlyWebPage(QWebEngineProfile *profile, QObject *parent)
        : QWebEnginePage(profile, parent)
    {
    }

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override
    {
        if (url == QUrl(QStringLiteral("about:blank")))
            return true;
        // Links and redirects to the web, file: or cid: (parts are sub-resources only) stay put.
        if (url.scheme() != QLatin1String(pageUrlScheme))
            return false;
        if (!isMainFrame)
            return true;   // frames of the saved page, served by the scheme handler
        // In-page anchors only; the document itself is loaded with load() (a typed navigation).
        return type == NavigationTypeTyped
               || url.adjusted(QUrl::RemoveFragment) == this->url().adjusted(QUrl::RemoveFragment);
    }
    QWebEnginePage *createWindow(WebWindowType) override { return nullptr; }
    // Messages about what the engine refused are expected on saved pages: debug output only.
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel, const QString &message, int line,
                                  const QString &source) override
    {
        qCDebug(pageLog, "%s:%d: %s", qUtf8Printable(source), line, qUtf8Printable(message));
    }
};

void lockDown(QWebEngineSettings *settings)
{
    settings->setAttribute(QWebEngineSettings::JavascriptEnabled, false);   // main world only
    settings->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    settings->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    settings->setAttribute(QWebEngineSettings::JavascriptCanPaste, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(QWebEngineSettings::LocalStorageEnabled, false);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    settings->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    settings->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
    settings->setAttribute(QWebEngineSettings::HyperlinkAuditingEnabled, false);
    settings->setAttribute(QWebEngineSettings::DnsPrefetchEnabled, false);
    settings->setAttribute(QWebEngineSettings::WebRTCPublicInterfacesOnly, true);
    settings->setAttribute(QWebEngineSettings::AllowRunningInsecureContent, false);
    settings->setAttribute(QWebEngineSettings::AllowGeolocationOnInsecureOrigins, false);
    settings->setAttribute(QWebEngineSettings::FullScreenSupportEnabled, false);
    settings->setAttribute(QWebEngineSettings::ScreenCaptureEnabled, false);
    settings->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
    settings->setAttribute(QWebEngineSettings::ErrorPageEnabled, false);
}

// A script from the resources for the isolated world of the main frame. Scripts of one
// injection point run in the order they were inserted.
QWebEngineScript isolatedScript(const QString &resource, const QString &name,
                                QWebEngineScript::InjectionPoint injectionPoint)
{
    initGalleyResources();
    QFile file(resource);
    const bool opened = file.open(QIODevice::ReadOnly);
    Q_ASSERT_X(opened, "isolatedScript", "page script missing from the resources");
    QWebEngineScript script;
    script.setName(name);
    script.setSourceCode(QString::fromUtf8(file.readAll()));
    script.setInjectionPoint(injectionPoint);
    script.setWorldId(QWebEngineScript::ApplicationWorld);
    script.setRunsOnSubFrames(false);
    return script;
}

} // namespace

PageView::PageView(QWidget *parent)
    : QWebEngineView(parent)
{
    // No storage name: off the record, nothing of a saved page reaches the disk.
    auto *profile = new QWebEngineProfile;
    profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    profile->setSpellCheckEnabled(false);
    m_schemeHandler = new PageSchemeHandler(profile);
    m_interceptor = new PageRequestInterceptor(profile);
    profile->installUrlSchemeHandler(pageUrlSchemeName(), m_schemeHandler);
    profile->installUrlSchemeHandler(contentIdSchemeName(), m_schemeHandler);
    profile->setUrlRequestInterceptor(m_interceptor);
    profile->scripts()->insert(isolatedScript(QStringLiteral(":/qtwebchannel/qwebchannel.js"),
                                              QStringLiteral("qwebchannel"), QWebEngineScript::DocumentCreation));
    profile->scripts()->insert(isolatedScript(QStringLiteral(":/galley/scripts/galley-overlays.js"),
                                              QStringLiteral("galley-overlays"), QWebEngineScript::DocumentReady));
    profile->scripts()->insert(isolatedScript(QStringLiteral(":/galley/scripts/galley-page.js"),
                                              QStringLiteral("galley-page"), QWebEngineScript::DocumentReady));
    profile->scripts()->insert(isolatedScript(QStringLiteral(":/galley/scripts/galley-highlights.js"),
                                              QStringLiteral("galley-highlights"), QWebEngineScript::DocumentReady));
    profile->scripts()->insert(isolatedScript(QStringLiteral(":/galley/scripts/galley-mouse-editing.js"),
                                              QStringLiteral("galley-mouse-editing"), QWebEngineScript::DocumentReady));
    lockDown(profile->settings());

    auto *webPage = new ReadOnlyWebPage(profile, this);
    profile->setParent(webPage);   // the page goes first, then its profile
    lockDown(webPage->settings());
    setPage(webPage);
    m_bridge = new PageBridge(this);
    auto *channel = new QWebChannel(webPage);
    channel->registerObject(QStringLiteral("galleyBridge"), m_bridge);
    m_editingBridge = new PageEditingBridge(this);
    channel->registerObject(QStringLiteral("galleyEditing"), m_editingBridge);
    webPage->setWebChannel(channel, QWebEngineScript::ApplicationWorld);
    connect(m_bridge, &PageBridge::clicked, this, &PageView::spanClicked);
    connect(m_bridge, &PageBridge::hovered, this, &PageView::spanHovered);
    setAcceptDrops(false);         // dropped files go to the window, which opens them
    setContextMenuPolicy(Qt::NoContextMenu);

    connect(webPage, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        m_loaded = ok;
        emit pageLoaded(ok);
        if (ok && !m_highlights.isEmpty())
            applyHighlights();
    });
    m_flashEnd.setSingleShot(true);
    m_flashEnd.setInterval(2100);
    connect(&m_flashEnd, &QTimer::timeout, this, [this] {
        page()->runJavaScript(QStringLiteral("window.galley && window.galley.clear()"),
                              QWebEngineScript::ApplicationWorld);
    });
}

PageView::~PageView() = default;

void PageView::showPage(std::shared_ptr<const ServedPage> served)
{
    m_flashEnd.stop();
    m_loaded = false;
    m_highlights = {};
    const QUrl url = served->documentUrl;
    m_schemeHandler->setServedPage(served);
    m_interceptor->setServedPage(std::move(served));
    load(url);
}

void PageView::clearPage()
{
    m_flashEnd.stop();
    m_loaded = false;
    m_highlights = {};
    m_schemeHandler->setServedPage(nullptr);
    m_interceptor->setServedPage(nullptr);
    load(QUrl(QStringLiteral("about:blank")));
}

void PageView::flash(const DomRange &range)
{
    const auto position = [](const DomPosition &p) {
        return QJsonObject{{QStringLiteral("path"), p.nodePath}, {QStringLiteral("offset"), p.offset}};
    };
    const QJsonObject argument{{QStringLiteral("start"), position(range.start)},
                               {QStringLiteral("end"), position(range.end)}};
    const QString call = QStringLiteral("window.galley ? window.galley.flash(%1) : ''")
                             .arg(QString::fromUtf8(QJsonDocument(argument).toJson(QJsonDocument::Compact)));
    QPointer<PageView> self(this);
    page()->runJavaScript(call, QWebEngineScript::ApplicationWorld, [self](const QVariant &result) {
        if (!self)
            return;
        emit self->rangeFlashed(result.toString());
        emit self->flashed(result.toString());
    });
    m_flashEnd.start();
}

void PageView::setHighlights(const QJsonObject &request)
{
    m_highlights = request;
    if (m_loaded)
        applyHighlights();
}

void PageView::updateHighlights(const QJsonObject &update)
{
    if (m_highlights.isEmpty())
        return;
    mergeHighlightUpdate(m_highlights, update);
    if (m_loaded)
        runHighlightScript(QStringLiteral("window.galleyHighlights ? window.galleyHighlights.update(%1) : null")
                               .arg(QString::fromUtf8(QJsonDocument(update).toJson(QJsonDocument::Compact))));
}

void PageView::applyHighlights()
{
    runHighlightScript(QStringLiteral("window.galleyHighlights ? window.galleyHighlights.apply(%1) : null")
                           .arg(QString::fromUtf8(QJsonDocument(m_highlights).toJson(QJsonDocument::Compact))));
}

void PageView::runHighlightScript(const QString &call)
{
    QPointer<PageView> self(this);
    page()->runJavaScript(call, QWebEngineScript::ApplicationWorld, [self](const QVariant &result) {
        if (!self)
            return;
        const QVariantMap answer = result.toMap();
        HighlightOutcome outcome;
        outcome.placed = answer.value(QStringLiteral("placed")).toInt();
        outcome.unplaced = answer.value(QStringLiteral("unplaced")).toStringList();
        outcome.marks = answer.value(QStringLiteral("marks")).toInt();
        outcome.milliseconds = answer.value(QStringLiteral("milliseconds")).toDouble();
        outcome.phases = answer.value(QStringLiteral("phases")).toMap();
        emit self->highlighted(outcome);
    });
}

void PageView::revealSpan(const QString &spanId)
{
    const QString call = QStringLiteral("window.galleyHighlights ? window.galleyHighlights.select(%1, true) : ''")
                             .arg(QString::fromUtf8(QJsonDocument(QJsonArray{spanId}).toJson(QJsonDocument::Compact))
                                      .mid(1).chopped(1));
    QPointer<PageView> self(this);
    page()->runJavaScript(call, QWebEngineScript::ApplicationWorld, [self, spanId](const QVariant &result) {
        if (!self)
            return;
        emit self->spanRevealed(spanId, result.toString());
        emit self->flashed(result.toString());
    });
    m_flashEnd.start();
}

void PageView::requestSelection(std::function<void(const TextQuote &selection)> answer)
{
    static const QString call = QStringLiteral(
        "(function () {"
        " const selection = window.getSelection();"
        " if (!selection || selection.isCollapsed || !selection.rangeCount) return null;"
        " const range = selection.getRangeAt(0);"
        " const before = document.createRange(); before.setStart(document.body, 0);"
        " before.setEnd(range.startContainer, range.startOffset);"
        " const after = document.createRange(); after.setStart(range.endContainer, range.endOffset);"
        " after.setEnd(document.body, document.body.childNodes.length);"
        " return {exact: selection.toString(), prefix: before.toString().slice(-64),"
        " suffix: after.toString().slice(0, 64)}; })()");
    QPointer<PageView> self(this);
    page()->runJavaScript(call, QWebEngineScript::ApplicationWorld, [self, answer](const QVariant &result) {
        if (!self)
            return;
        const QVariantMap map = result.toMap();
        answer(TextQuote{map.value(QStringLiteral("exact")).toString(), map.value(QStringLiteral("prefix")).toString(),
                         map.value(QStringLiteral("suffix")).toString()});
    });
}

void PageView::clearSelection()
{
    page()->runJavaScript(QStringLiteral("window.getSelection().removeAllRanges()"), QWebEngineScript::ApplicationWorld);
}

} // namespace galley
